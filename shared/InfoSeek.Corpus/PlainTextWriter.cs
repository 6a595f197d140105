using System.Text;

namespace InfoSeek.Corpus;

/// <summary>How every reader writes a page's plain text: whitespace runs become one space, lines end cleanly.</summary>
internal static class PlainTextWriter
{
    /// <summary>Appends text, collapsing whitespace runs to one space and dropping it at line starts.</summary>
    public static void AppendCollapsed(StringBuilder text, string s)
    {
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && text[^1] is not (' ' or '\n'))
                {
                    text.Append(' ');
                }
            }
            else
            {
                text.Append(c);
            }
        }
    }

    /// <summary>Closes the current line, if it holds anything, without trailing spaces.</summary>
    public static void EndLine(StringBuilder text)
    {
        while (text.Length > 0 && text[^1] == ' ')
        {
            text.Length--;
        }

        if (text.Length > 0 && text[^1] != '\n')
        {
            text.Append('\n');
        }
    }
}
