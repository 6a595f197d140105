using System.Xml;

namespace InfoSeek.Corpus;

/// <summary>
/// Reads a MediaWiki XML export (plain or bzip2/gzip), streamed with <see cref="XmlReader"/>: article
/// (namespace 0) pages become pages with plain text, links and infobox facts; <c>&lt;redirect title&gt;</c>
/// pages become redirect records. A page without a title or text is reported and skipped; a file that
/// is not well-formed XML or whose compression is broken stops the read with an exception naming the
/// file and the position. A multistream dump (<c>…-multistream.xml.bz2</c>) with its index beside it
/// (<c>…-multistream-index.txt.bz2</c>) is decompressed and parsed in parallel by <see cref="MultistreamReader"/>,
/// with the same pages in the same order; without the index it is read sequentially like any bzip2 file.
/// </summary>
public sealed class MediaWikiPageSource : IPageSource
{
    private readonly string _path;
    private readonly Action<IngestIssue>? _onIssue;
    private readonly int _parallelism;
    private long _bytesRead;

    /// <param name="parallelism">Streams of a multistream dump decompressed and parsed at once (0: one per processor).</param>
    public MediaWikiPageSource(string path, Action<IngestIssue>? onIssue = null, int parallelism = 0)
    {
        PageSources.EnsureExists(path);
        ArgumentOutOfRangeException.ThrowIfNegative(parallelism);
        _path = path;
        _onIssue = onIssue;
        _parallelism = parallelism == 0 ? Environment.ProcessorCount : parallelism;
    }

    public long TotalBytes => new FileInfo(_path).Length;

    public long BytesRead => Interlocked.Read(ref _bytesRead);

    /// <summary>The multistream index this source reads through, or null when it reads the file sequentially.</summary>
    public string? MultistreamIndex => MultistreamIndexFile.FindBeside(_path);

    public IEnumerable<RawPage> Read(CancellationToken ct)
    {
        Interlocked.Exchange(ref _bytesRead, 0);
        return MultistreamIndex is { } index
            ? new MultistreamReader(_path, index, _parallelism, _onIssue).Read(bytes => Interlocked.Exchange(ref _bytesRead, bytes), ct)
            : ReadSequentially(ct);
    }

    private IEnumerable<RawPage> ReadSequentially(CancellationToken ct)
    {
        using var file = SourceFile.Open(_path);
        using var content = new CountingStream(file.Content);
        using var xml = XmlReader.Create(content, MediaWikiXml.Settings(ConformanceLevel.Document));
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var page = ReadNextPage(xml, file, content);
            if (page is null)
            {
                break;
            }

            Interlocked.Exchange(ref _bytesRead, file.Position);
            var (record, problem) = MediaWikiXml.ToRecord(page);
            if (problem is not null)
            {
                _onIssue?.Invoke(new IngestIssue(_path, page.Line, page.ByteOffset, problem));
            }

            if (record is not null)
            {
                yield return record;
            }
        }

        Interlocked.Exchange(ref _bytesRead, file.Length);
    }

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
                    MediaWikiXml.ReadPage(xml, page);
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
}
