using System.Net;
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
/// offsets together, so the offsets never have to be adjusted afterwards.
/// </summary>
internal static partial class WikitextConverter
{
    // Namespaces and interwiki prefixes whose links render as text but do not point to an article.
    private static readonly HashSet<string> TextOnlyPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Wikipedia", "WP", "Project", "Help", "Portal", "Template", "User", "Talk", "Special", "Draft", "Module",
        "MediaWiki", "Book", "TimedText", "Wiktionary", "wikt", "Wikisource", "s", "Wikiquote", "q", "Wikibooks", "b",
        "Wikinews", "n", "Wikiversity", "v", "Wikivoyage", "voy", "Wikispecies", "species", "Commons", "c", "Meta", "m",
        "mw", "w", "wikidata", "d", "Wikimedia", "foundation", "WMF", "iarchive", "doi", "Google",
    };

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

    private static string RemoveTemplates(string s, Dictionary<string, string>? facts)
    {
        var open = s.IndexOf("{{", StringComparison.Ordinal);
        if (open < 0)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        var pos = 0;
        while (open >= 0)
        {
            sb.Append(s, pos, open - pos);
            var end = FindClose(s, open, '{', '}');
            if (end < 0)
            {
                // Unbalanced braces render literally in MediaWiki; here they are just dropped.
                pos = open + 2;
            }
            else
            {
                sb.Append(RenderTemplate(s[(open + 2)..(end - 2)], facts));
                pos = end;
            }

            open = s.IndexOf("{{", pos, StringComparison.Ordinal);
        }

        sb.Append(s, pos, s.Length - pos);
        return sb.ToString();
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
    /// Replaces a template by the text it would show, for the few inline templates that carry prose
    /// (units, foreign words, dashes); all others (citations, navigation boxes, pronunciations) show nothing.
    /// Infobox parameters are collected as facts.
    /// </summary>
    private static string RenderTemplate(string body, Dictionary<string, string>? facts)
    {
        var parts = SplitTopLevel(body, '|');
        var name = WhitespaceRun().Replace(parts[0].Replace('_', ' '), " ").Trim().ToLowerInvariant();
        if (name.StartsWith("template:", StringComparison.Ordinal))
        {
            name = name["template:".Length..].TrimStart();
        }

        if (name.StartsWith("infobox", StringComparison.Ordinal))
        {
            if (facts is not null)
            {
                CollectFacts(parts, facts);
            }

            return string.Empty;
        }

        var args = parts.Skip(1).Where(p => !IsNamedArgument(p)).Select(p => RemoveTemplates(p, null).Trim()).ToList();
        string Arg(int i) => i < args.Count ? args[i] : string.Empty;

        return name switch
        {
            "convert" or "cvt" when args.Count >= 4 && Arg(1) is "-" or "–" or "to" or "and" or "or" => $"{Arg(0)} {Arg(1)} {Arg(2)} {Arg(3)}",
            "convert" or "cvt" => $"{Arg(0)} {Arg(1)}".Trim(),
            "lang" or "transl" => Arg(1),
            _ when name.StartsWith("lang-", StringComparison.Ordinal) => Arg(0),
            "nowrap" or "nobr" or "small" or "smaller" or "big" or "smallcaps" or "sc" or "nobold" or "noitalic" or "abbr" or "em" => Arg(0),
            "as of" => $"As of {string.Join(' ', args)}",
            "frac" when args.Count == 2 => $"{Arg(0)}/{Arg(1)}",
            "frac" when args.Count == 3 => $"{Arg(0)} {Arg(1)}/{Arg(2)}",
            "ndash" or "snd" or "spaced ndash" => " – ",
            "mdash" or "spaced mdash" => " — ",
            _ => string.Empty,
        };
    }

    private static void CollectFacts(List<string> parts, Dictionary<string, string> facts)
    {
        foreach (var part in parts.Skip(1))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                continue;
            }

            var key = WhitespaceRun().Replace(part[..eq], " ").Trim();
            var value = ToPlainText(part[(eq + 1)..]);
            if (key.Length > 0 && value.Length > 0)
            {
                // A page may carry several infoboxes; the first value of a key wins.
                facts.TryAdd(key, value);
            }
        }
    }

    private static bool IsNamedArgument(string part)
    {
        var eq = part.IndexOf('=', StringComparison.Ordinal);
        return eq > 0 && part.AsSpan(0, eq).IndexOfAny("[{<") < 0;
    }

    /// <summary>Splits on <paramref name="separator"/> outside nested templates and links.</summary>
    private static List<string> SplitTopLevel(string s, char separator)
    {
        var parts = new List<string>();
        int braces = 0, brackets = 0, start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var pair = i + 1 < s.Length && s[i + 1] == s[i];
            switch (s[i])
            {
                case '{' when pair: braces++; i++; break;
                case '}' when pair: braces = Math.Max(0, braces - 1); i++; break;
                case '[' when pair: brackets++; i++; break;
                case ']' when pair: brackets = Math.Max(0, brackets - 1); i++; break;
                default:
                    if (s[i] == separator && braces == 0 && brackets == 0)
                    {
                        parts.Add(s[start..i]);
                        start = i + 1;
                    }

                    break;
            }
        }

        parts.Add(s[start..]);
        return parts;
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

    private static bool IsLanguagePrefix(string prefix) => LanguageCode().IsMatch(prefix) && !TextOnlyPrefixes.Contains(prefix);

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

    /// <summary>Second pass: builds the text line by line, with whitespace collapsed and link offsets recorded.</summary>
    private sealed class Emitter
    {
        public StringBuilder Text { get; } = new();
        public List<PageLink> Links { get; } = [];
        public int EmptyTargets { get; private set; }

        public void EmitBlocks(string flat)
        {
            var inParagraph = false;
            foreach (var rawLine in flat.Split('\n'))
            {
                var line = rawLine.Trim();
                if (line.Length == 0)
                {
                    EndLine();
                    inParagraph = false;
                    continue;
                }

                if (Heading().Match(line) is { Success: true } heading)
                {
                    EndLine();
                    var start = Text.Length;
                    EmitInline(heading.Groups[2].Value);
                    if (Text.Length > start && Text[^1] is not ('.' or '!' or '?' or ':'))
                    {
                        Text.Append('.');
                    }

                    EndLine();
                    inParagraph = false;
                }
                else if (line[0] is '*' or '#' or ':' or ';')
                {
                    EndLine();
                    EmitInline(line.TrimStart('*', '#', ':', ';'));
                    EndLine();
                    inParagraph = false;
                }
                else if (line.StartsWith("----", StringComparison.Ordinal))
                {
                    EndLine();
                    inParagraph = false;
                }
                else
                {
                    // Consecutive lines of one paragraph render as one line (a single newline is a space).
                    if (!inParagraph)
                    {
                        EndLine();
                    }

                    AppendText(" ");
                    EmitInline(line);
                    inParagraph = true;
                }
            }

            EndLine();
        }

        private void EndLine() => PlainTextWriter.EndLine(Text);

        private void AppendText(string s) => PlainTextWriter.AppendCollapsed(Text, s);

        private void EmitInline(string s)
        {
            var i = 0;
            while (i < s.Length)
            {
                var c = s[i];
                if (c == '[' && i + 1 < s.Length && s[i + 1] == '[')
                {
                    var end = FindClose(s, i, '[', ']');
                    if (end < 0)
                    {
                        i += 2;
                        continue;
                    }

                    // MediaWiki's link trail: letters right after "]]" join the anchor ("[[cat]]s").
                    var trailEnd = end;
                    while (trailEnd < s.Length && char.IsLetter(s[trailEnd]))
                    {
                        trailEnd++;
                    }

                    i = EmitLink(s[(i + 2)..(end - 2)], s[end..trailEnd]) ? trailEnd : end;
                }
                else if (c == '[' && ExternalUrl().IsMatch(s.AsSpan(i + 1)) && s.IndexOf(']', i) is var close and > 0)
                {
                    // [http://example.org label] shows the label; a bare [http://example.org] shows a number: drop it.
                    var content = s[(i + 1)..close];
                    var space = content.IndexOf(' ', StringComparison.Ordinal);
                    if (space > 0)
                    {
                        AppendText(CleanAnchor(content[(space + 1)..]));
                    }

                    i = close + 1;
                }
                else if (c == '\'' && i + 1 < s.Length && s[i + 1] == '\'')
                {
                    while (i < s.Length && s[i] == '\'')
                    {
                        i++;
                    }
                }
                else if (c == '&' && Entity().Match(s, i) is { Success: true } entity && entity.Index == i)
                {
                    AppendText(WebUtility.HtmlDecode(entity.Value));
                    i += entity.Length;
                }
                else
                {
                    AppendText(s.Substring(i, 1));
                    i++;
                }
            }
        }

        /// <summary>Emits one <c>[[…]]</c> link; returns whether the link trail was used.</summary>
        private bool EmitLink(string inner, string trail)
        {
            var pipe = inner.IndexOf('|', StringComparison.Ordinal);
            var target = (pipe < 0 ? inner : inner[..pipe]).Trim();
            var anchor = pipe < 0 ? target : inner[(pipe + 1)..];

            // A leading colon makes a file or category link an ordinary, visible link.
            var colon = target.StartsWith(':');
            target = target.TrimStart(':').Trim();
            if (pipe < 0)
            {
                anchor = target;
            }

            var prefixEnd = target.IndexOf(':', StringComparison.Ordinal);
            var prefix = prefixEnd > 0 ? target[..prefixEnd].Trim() : string.Empty;
            var isFileOrCategory = prefix.Equals("File", StringComparison.OrdinalIgnoreCase)
                || prefix.Equals("Image", StringComparison.OrdinalIgnoreCase)
                || prefix.Equals("Media", StringComparison.OrdinalIgnoreCase)
                || prefix.Equals("Category", StringComparison.OrdinalIgnoreCase);
            if (!colon && (isFileOrCategory || IsLanguagePrefix(prefix)))
            {
                // Images, categories and interlanguage links are not part of the prose.
                return false;
            }

            if (pipe >= 0 && anchor.Trim().Length == 0)
            {
                // The pipe trick: [[Paris, Texas|]] shows "Paris", [[Pan (god)|]] shows "Pan".
                anchor = TrailingParenthetical().Replace(prefixEnd > 0 ? target[(prefixEnd + 1)..] : target, string.Empty).Split(',')[0];
            }

            var text = CleanAnchor(anchor + trail);
            if (text.Length == 0)
            {
                return true;
            }

            var start = Text.Length;
            AppendText(text);
            var length = Text.Length - start;
            if (isFileOrCategory || prefix.Length > 0 && (TextOnlyPrefixes.Contains(prefix) || IsLanguagePrefix(prefix)))
            {
                return true;
            }

            if (TitleNormalizer.Normalize(target) is { } normalized)
            {
                Links.Add(new PageLink(normalized, Text.ToString(start, length), start, length));
            }
            else
            {
                EmptyTargets++;
            }

            return true;
        }

        private static string CleanAnchor(string anchor)
        {
            var s = ApostropheRun().Replace(anchor, string.Empty);
            s = Entity().Replace(s, m => WebUtility.HtmlDecode(m.Value));
            return WhitespaceRun().Replace(s, " ").Trim();
        }
    }

    [GeneratedRegex("''+")]
    private static partial Regex ApostropheRun();
}
