using System.Xml;

namespace InfoSeek.Corpus;

/// <summary>
/// The parts of reading a MediaWiki export shared by the sequential and the multistream reader: the
/// &lt;page&gt; element's fields, and what a page becomes (a page, a redirect record, a problem, or nothing).
/// </summary>
internal static class MediaWikiXml
{
    public static XmlReaderSettings Settings(ConformanceLevel conformance) => new()
    {
        ConformanceLevel = conformance,
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
    };

    /// <summary>
    /// Reads the children of the &lt;page&gt; element the reader is on, leaving it on the page's end. Only the
    /// page's own &lt;id&gt; is kept, and the last revision's text (full-history dumps carry several).
    /// (Not <see cref="XmlReader.ReadSubtree"/>: disposing a subtree reader after the input failed skips ahead
    /// on the broken reader and never returns.)
    /// </summary>
    public static void ReadPage(XmlReader reader, XmlPage page)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var pageDepth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == pageDepth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            // ReadElementContentAsString leaves the reader on the node after the element, so those
            // branches must not call Read again.
            var direct = reader.Depth == pageDepth + 1;
            switch (reader.LocalName)
            {
                case "title" when direct:
                    page.Title = reader.ReadElementContentAsString();
                    break;
                case "ns" when direct:
                    page.Namespace = int.TryParse(reader.ReadElementContentAsString(), out var ns) ? ns : -1;
                    break;
                case "id" when direct:
                    page.Id = reader.ReadElementContentAsString().Trim();
                    break;
                case "text":
                    page.Text = reader.ReadElementContentAsString();
                    break;
                case "redirect" when direct:
                    page.Redirect = reader.GetAttribute("title");
                    reader.Read();
                    break;
                default:
                    reader.Read();
                    break;
            }
        }
    }

    /// <summary>
    /// What a page element becomes: an article (wikitext converted), a redirect record, or a problem to report.
    /// Pages outside namespace 0 give neither.
    /// </summary>
    public static (RawPage? Page, string? Problem) ToRecord(XmlPage page)
    {
        if (page.Namespace != 0)
        {
            return (null, null);
        }

        if (string.IsNullOrWhiteSpace(page.Title))
        {
            return (null, "page without a title");
        }

        if (page.Redirect is not null)
        {
            return TitleNormalizer.Normalize(page.Redirect) is { } target
                ? (new RawPage(page.Id ?? page.Title, page.Title.Trim(), string.Empty, [], new Dictionary<string, string>(), target) { Line = page.Line, ByteOffset = page.ByteOffset }, null)
                : (null, $"redirect \"{page.Title}\" has an empty target");
        }

        if (page.Text is null)
        {
            return (null, $"page \"{page.Title}\" has no text");
        }

        var converted = WikitextConverter.Convert(page.Text);
        var article = new RawPage(page.Id ?? page.Title, page.Title.Trim(), converted.Text, converted.Links, converted.Facts, RedirectTo: null)
        {
            EmptyLinkTargets = converted.EmptyLinkTargets,
            Line = page.Line,
            ByteOffset = page.ByteOffset,
        };
        return (article, null);
    }
}

internal sealed class XmlPage
{
    public string? Title { get; set; }
    public int Namespace { get; set; }
    public string? Id { get; set; }
    public string? Redirect { get; set; }
    public string? Text { get; set; }
    public long Line { get; init; }

    /// <summary>Decompressed bytes before the page start (approximate in the sequential reader, which buffers ahead).</summary>
    public long ByteOffset { get; init; }
}
