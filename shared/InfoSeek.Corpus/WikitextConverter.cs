using System.Text;
using System.Text.RegularExpressions;

namespace InfoSeek.Corpus;

/// <summary>Readable text of one wikitext page.</summary>
internal sealed record WikitextContent(string Text, List<PageLink> Links, Dictionary<string, string> Facts, int EmptyLinkTargets);

/// <summary>
/// Converts MediaWiki wikitext to plain text in WikiExtractor's style: one line per paragraph, list item or
/// heading (headings as "Title." lines); templates, references, tables, comments, files, categories and
/// interlanguage links removed; bold/italic quotes dropped; <c>[[Target|anchor]]</c> links kept as anchors
/// with <see cref="PageLink"/>s; <c>{{Infobox …}}</c> parameters kept as facts.
/// It works in two passes: the first removes the block constructs whose extent is not tied to lines
/// (comments, refs, templates, tables); the second walks the remaining lines and builds the text and the link
/// offsets together, so the offsets never have to be adjusted afterwards. Templates and infoboxes are in
/// WikitextConverter.Templates.cs, links and inline markup (the second pass) in WikitextConverter.Links.cs.
/// </summary>
internal static partial class WikitextConverter
{
    public static WikitextContent Convert(string wikitext)
    {
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        var flat = Flatten(wikitext, facts);
        var emitter = new Emitter();
        emitter.EmitBlocks(flat);
        return new WikitextContent(emitter.Text.ToString().TrimEnd('\n'), emitter.Links, facts, emitter.EmptyTargets);
    }

    /// <summary>Plain text of a fragment (an infobox value): lines joined, whitespace collapsed, no links.</summary>
    private static string ToPlainText(string wikitext)
    {
        var emitter = new Emitter();
        emitter.EmitBlocks(Flatten(wikitext, facts: null));
        return WhitespaceRun().Replace(emitter.Text.ToString(), " ").Trim();
    }

    /// <summary>First pass: drops comments, references, non-prose elements, templates (collecting infobox facts) and tables.</summary>
    private static string Flatten(string s, Dictionary<string, string>? facts)
    {
        s = RemoveComments(s);
        s = SelfClosingRef().Replace(s, string.Empty);
        s = PairedRef().Replace(s, string.Empty);
        s = NonProseElement().Replace(s, string.Empty);
        s = RemoveTemplates(s, facts);
        s = RemoveTables(s);
        s = RemoveFileLinks(s);
        s = LineBreakTag().Replace(s, "\n");
        s = FormattingTag().Replace(s, string.Empty);
        return MagicWord().Replace(s, string.Empty);
    }

    private static string RemoveComments(string s)
    {
        var sb = new StringBuilder(s.Length);
        var pos = 0;
        while (true)
        {
            var open = s.IndexOf("<!--", pos, StringComparison.Ordinal);
            if (open < 0)
            {
                sb.Append(s, pos, s.Length - pos);
                return sb.ToString();
            }

            sb.Append(s, pos, open - pos);
            var close = s.IndexOf("-->", open + 4, StringComparison.Ordinal);
            if (close < 0)
            {
                // MediaWiki hides an unterminated comment up to the end of the page.
                return sb.ToString();
            }

            pos = close + 3;
        }
    }

    /// <summary>Index just past the pair of closing characters that balances the pair opening at <paramref name="open"/>, or -1.</summary>
    private static int FindClose(string s, int open, char opening, char closing)
    {
        var depth = 0;
        var i = open;
        while (i < s.Length - 1)
        {
            if (s[i] == opening && s[i + 1] == opening)
            {
                depth++;
                i += 2;
            }
            else if (s[i] == closing && s[i + 1] == closing)
            {
                depth--;
                i += 2;
                if (depth == 0)
                {
                    return i;
                }
            }
            else
            {
                i++;
            }
        }

        return -1;
    }

    /// <summary>
    /// Drops <c>[[File:…]]</c>, <c>[[Image:…]]</c> and <c>[[Media:…]]</c>: their captions may hold links and
    /// run over several lines, so they are removed here rather than in the line-based second pass.
    /// </summary>
    private static string RemoveFileLinks(string s)
    {
        var match = FileLinkStart().Match(s);
        if (!match.Success)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        var pos = 0;
        while (match.Success)
        {
            if (match.Index >= pos)
            {
                var end = FindClose(s, match.Index, '[', ']');
                sb.Append(s, pos, match.Index - pos);
                pos = end < 0 ? match.Index + 2 : end;
            }

            match = match.NextMatch();
        }

        sb.Append(s, pos, s.Length - pos);
        return sb.ToString();
    }

    /// <summary>Drops <c>{| … |}</c> tables (nested ones included) line by line, as tables start and end on their own lines.</summary>
    private static string RemoveTables(string s)
    {
        if (!s.Contains("{|", StringComparison.Ordinal))
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        var depth = 0;
        foreach (var line in s.Split('\n'))
        {
            var t = line.TrimStart();
            if (t.StartsWith("{|", StringComparison.Ordinal))
            {
                depth++;
            }
            else if (depth > 0 && t.StartsWith("|}", StringComparison.Ordinal))
            {
                depth--;
            }
            else if (depth == 0)
            {
                sb.Append(line).Append('\n');
            }
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"<ref\b(?:[^>/]|/(?!>))*/>", RegexOptions.IgnoreCase)]
    private static partial Regex SelfClosingRef();

    [GeneratedRegex(@"<ref\b[^>]*>.*?</ref\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex PairedRef();

    [GeneratedRegex(@"<(gallery|math|timeline|score|syntaxhighlight|source|imagemap|references|chem|ce|hiero|graph|mapframe)\b[^>]*?(/>|>.*?</\1\s*>)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex NonProseElement();

    [GeneratedRegex(@"\[\[\s*(?:File|Image|Media)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex FileLinkStart();

    [GeneratedRegex(@"<br\s*/?\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreakTag();

    [GeneratedRegex(@"</?(small|big|sup|sub|span|div|center|blockquote|poem|nowiki|u|s|i|b|em|strong|code|tt|abbr|cite|font|p|onlyinclude|includeonly|noinclude|del|ins|var|kbd|q|dfn|bdi|wbr|ol|ul|li|dl|dt|dd|table|tr|td|th|caption|tbody|hr)\b[^<>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex FormattingTag();

    [GeneratedRegex(@"__[A-Z]+__")]
    private static partial Regex MagicWord();

    [GeneratedRegex(@"^(={1,6})\s*(.+?)\s*\1\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^[a-z]{2,3}(-[a-z]+)*$")]
    private static partial Regex LanguageCode();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();

    [GeneratedRegex(@"&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);")]
    private static partial Regex Entity();

    [GeneratedRegex(@"^(?:https?:|ftp:|mailto:|//)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalUrl();

    [GeneratedRegex(@"\s*\([^()]*\)$")]
    private static partial Regex TrailingParenthetical();
}
