using System.Net;
using System.Text;

namespace InfoSeek.Corpus;

/// <summary>
/// Parses WikiExtractor's <c>--links</c> text: plain text with inline <c>&lt;a href="target"&gt;anchor&lt;/a&gt;</c>.
/// The result is the text with the link markup removed (anchors kept inline), HTML entities decoded,
/// and one <see cref="PageLink"/> per link with the anchor's offsets in that text.
/// </summary>
internal static class InlineLinkMarkup
{
    private const string OpenTag = "<a href=\"";
    private const string CloseTag = "</a>";

    // WikiExtractor leaves <nowiki> escape markers around literal brackets and apostrophes; they are
    // not content. Other stray tags are kept: they are rare and some pages discuss markup itself.
    private static readonly string[] NoiseMarkers = ["<nowiki>", "</nowiki>", "<nowiki/>"];

    public static (string Text, List<PageLink> Links, int EmptyTargets) Parse(string raw)
    {
        var text = new StringBuilder(raw.Length);
        var links = new List<PageLink>();
        var emptyTargets = 0;
        var pos = 0;
        while (pos < raw.Length)
        {
            var open = raw.IndexOf(OpenTag, pos, StringComparison.Ordinal);
            if (open < 0)
            {
                break;
            }

            var hrefStart = open + OpenTag.Length;
            var hrefEnd = raw.IndexOf("\">", hrefStart, StringComparison.Ordinal);
            var close = hrefEnd < 0 ? -1 : raw.IndexOf(CloseTag, hrefEnd + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                // Unterminated markup: keep the rest verbatim rather than guess.
                break;
            }

            AppendPlain(text, raw.AsSpan(pos, open - pos));

            var anchorStart = text.Length;
            AppendPlain(text, StripTags(raw.AsSpan(hrefEnd + 2, close - hrefEnd - 2)));
            var anchorLength = text.Length - anchorStart;

            var target = TitleNormalizer.Normalize(raw[hrefStart..hrefEnd]);
            if (target is null)
            {
                emptyTargets++;
            }
            else
            {
                links.Add(new PageLink(target, text.ToString(anchorStart, anchorLength), anchorStart, anchorLength));
            }

            pos = close + CloseTag.Length;
        }

        AppendPlain(text, raw.AsSpan(pos));
        return (text.ToString(), links, emptyTargets);
    }

    /// <summary>Appends a text fragment with entities decoded and <c>&lt;nowiki&gt;</c> markers removed.</summary>
    private static void AppendPlain(StringBuilder sb, ReadOnlySpan<char> fragment)
    {
        if (fragment.IsEmpty)
        {
            return;
        }

        if (fragment.IndexOfAny('&', '<') < 0)
        {
            sb.Append(fragment);
            return;
        }

        var s = fragment.ToString();
        foreach (var marker in NoiseMarkers)
        {
            s = s.Replace(marker, string.Empty, StringComparison.Ordinal);
        }

        sb.Append(s.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(s) : s);
    }

    /// <summary>Anchors are plain text; drop any tag nested inside one (seen: <c>&lt;nowiki&gt;</c>).</summary>
    private static ReadOnlySpan<char> StripTags(ReadOnlySpan<char> anchor)
    {
        if (anchor.IndexOf('<') < 0)
        {
            return anchor;
        }

        var sb = new StringBuilder(anchor.Length);
        var inTag = false;
        foreach (var c in anchor)
        {
            if (c == '<')
            {
                inTag = true;
            }
            else if (c == '>' && inTag)
            {
                inTag = false;
            }
            else if (!inTag)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
