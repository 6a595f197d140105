using System.Xml;

namespace InfoSeek.Corpus;

/// <summary>
/// Reads a MediaWiki XML export (plain or bzip2/gzip), streamed with <see cref="XmlReader"/>: article
/// (namespace 0) pages become pages with plain text, links and infobox facts; <c>&lt;redirect title&gt;</c>
/// pages become redirect records. A page without a title or text is reported and skipped; a file that
/// is not well-formed XML or whose compression is broken stops the read with an exception naming the
/// file and the position.
/// </summary>
public sealed class MediaWikiPageSource : IPageSource
{
    private readonly string _path;
    private readonly Action<IngestIssue>? _onIssue;
    private long _bytesRead;

    public MediaWikiPageSource(string path, Action<IngestIssue>? onIssue = null)
    {
        PageSources.EnsureExists(path);
        _path = path;
        _onIssue = onIssue;
    }

    public long TotalBytes => new FileInfo(_path).Length;

    public long BytesRead => Interlocked.Read(ref _bytesRead);

    public IEnumerable<RawPage> Read(CancellationToken ct)
    {
        using var file = SourceFile.Open(_path);
        using var content = new CountingStream(file.Content);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
        };
        using var xml = XmlReader.Create(content, settings);
        Interlocked.Exchange(ref _bytesRead, 0);
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var page = ReadNextPage(xml, file, content);
            if (page is null)
            {
                break;
            }

            Interlocked.Exchange(ref _bytesRead, file.Position);
            if (page.Namespace != 0)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(page.Title))
            {
                Report(page, "page without a title");
                continue;
            }

            if (page.Redirect is not null)
            {
                if (TitleNormalizer.Normalize(page.Redirect) is { } target)
                {
                    yield return new RawPage(page.Id ?? page.Title, page.Title.Trim(), string.Empty, [], new Dictionary<string, string>(), target);
                }
                else
                {
                    Report(page, $"redirect \"{page.Title}\" has an empty target");
                }

                continue;
            }

            if (page.Text is null)
            {
                Report(page, $"page \"{page.Title}\" has no text");
                continue;
            }

            var converted = WikitextConverter.Convert(page.Text);
            yield return new RawPage(page.Id ?? page.Title, page.Title.Trim(), converted.Text, converted.Links, converted.Facts, RedirectTo: null)
            {
                EmptyLinkTargets = converted.EmptyLinkTargets,
            };
        }

        Interlocked.Exchange(ref _bytesRead, file.Length);
    }

    private void Report(XmlPage page, string message) =>
        _onIssue?.Invoke(new IngestIssue(_path, page.Line, page.ByteOffset, message));

    /// <summary>The next &lt;page&gt; element, or null at the end; malformed XML or compression is fatal and names the position.</summary>
    private XmlPage? ReadNextPage(XmlReader xml, SourceFile file, CountingStream content)
    {
        try
        {
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "page")
                {
                    var page = new XmlPage { Line = ((IXmlLineInfo)xml).LineNumber, ByteOffset = content.Position };
                    ReadPage(xml, page);
                    return page;
                }
            }

            return null;
        }
        catch (Exception ex) when (ex is XmlException or IOException or InvalidDataException or ICSharpCode.SharpZipLib.SharpZipBaseException)
        {
            var line = ((IXmlLineInfo)xml).LineNumber;
            throw new InvalidDataException(
                $"{_path}: the {(file.Compression == "none" ? "XML" : file.Compression + "-compressed XML")} is malformed or truncated at line {line} " +
                $"(about byte {content.Position} of the XML, byte {file.Position} of the file): {ex.Message}",
                ex);
        }
    }

    /// <summary>
    /// Reads the children of the &lt;page&gt; element the reader is on, leaving it on the page's end. Only the
    /// page's own &lt;id&gt; is kept, and the last revision's text (full-history dumps carry several).
    /// (Not <see cref="XmlReader.ReadSubtree"/>: disposing a subtree reader after the input failed skips ahead
    /// on the broken reader and never returns.)
    /// </summary>
    private static void ReadPage(XmlReader reader, XmlPage page)
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

    private sealed class XmlPage
    {
        public string? Title { get; set; }
        public int Namespace { get; set; }
        public string? Id { get; set; }
        public string? Redirect { get; set; }
        public string? Text { get; set; }
        public long Line { get; init; }

        /// <summary>Decompressed bytes the XML reader had consumed at the page start; approximate, as the reader buffers ahead.</summary>
        public long ByteOffset { get; init; }
    }
}
