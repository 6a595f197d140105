using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace InfoSeek.Corpus;

/// <summary>Links and inline markup: the second pass that builds the text and records link offsets.</summary>
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

    private static bool IsLanguagePrefix(string prefix) => LanguageCode().IsMatch(prefix) && !TextOnlyPrefixes.Contains(prefix);

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
