using System.Net;
using System.Text;

namespace InfoSeek.Corpus;

/// <summary>
/// Turns a link target or title as written in a source into the canonical form used for lookups:
/// URL-unquoted, HTML entities decoded, <c>_</c> as space, no <c>#fragment</c>, trimmed,
/// whitespace collapsed and the first letter upper case (MediaWiki titles are case-sensitive
/// except for their first letter).
/// </summary>
public static class TitleNormalizer
{
    /// <returns>The normalised title, or null when nothing is left (e.g. a same-page <c>#Section</c> link).</returns>
    public static string? Normalize(string href)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        // Unquote first: "%23" is a '#' and "%26amp%3B" an entity, and both must be seen as such.
        var s = href.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(href) : href;
        if (s.Contains('&', StringComparison.Ordinal))
        {
            s = WebUtility.HtmlDecode(s);
        }

        var hash = s.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            s = s[..hash];
        }

        var sb = new StringBuilder(s.Length);
        var pendingSpace = false;
        foreach (var c in s)
        {
            if (c == '_' || char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        if (sb.Length == 0)
        {
            return null;
        }

        UpperFirst(sb);
        return sb.ToString();
    }

    private static void UpperFirst(StringBuilder sb)
    {
        if (char.IsHighSurrogate(sb[0]) && sb.Length > 1)
        {
            var rune = new Rune(sb[0], sb[1]);
            var upper = Rune.ToUpperInvariant(rune);
            if (upper != rune)
            {
                Span<char> buffer = stackalloc char[2];
                var written = upper.EncodeToUtf16(buffer);
                sb.Remove(0, 2).Insert(0, buffer[..written]);
            }

            return;
        }

        sb[0] = char.ToUpperInvariant(sb[0]);
    }
}
