using System.Xml;
using ICSharpCode.SharpZipLib;
using Microsoft.Win32.SafeHandles;

namespace InfoSeek.Corpus;

/// <summary>
/// Reads a multistream dump through its index: each segment of whole bzip2 streams (about a hundred pages)
/// is decompressed, parsed and converted on the thread pool, at most <c>parallelism</c> segments at a time,
/// and the pages are yielded in dump order, so the output is the same as a sequential read's. Memory holds at
/// most <c>parallelism</c> decoded segments. Issues are reported in dump order on the reading thread, with
/// the line and byte offset in the whole decompressed XML, as the sequential reader reports them.
/// </summary>
internal sealed class MultistreamReader(string dumpPath, string indexPath, int parallelism, Action<IngestIssue>? onIssue)
{
    private static readonly byte[] PageStart = "<page>"u8.ToArray();
    private static readonly byte[] PageEnd = "</page>"u8.ToArray();

    /// <param name="onBytesRead">Told the file bytes consumed after each segment.</param>
    public IEnumerable<RawPage> Read(Action<long> onBytesRead, CancellationToken ct)
    {
        using var handle = File.OpenHandle(dumpPath);
        var length = RandomAccess.GetLength(handle);
        using var segments = MultistreamIndexFile.Segments(indexPath, dumpPath, length).GetEnumerator();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var window = new Queue<Task<Segment>>();
        long linesBefore = 0, bytesBefore = 0;
        try
        {
            while (true)
            {
                while (window.Count < parallelism && segments.MoveNext())
                {
                    var next = segments.Current;
                    window.Enqueue(Task.Run(() => Decode(handle, next, length, stop.Token), stop.Token));
                }

                if (window.Count == 0)
                {
                    break;
                }

                var segment = window.Dequeue().GetAwaiter().GetResult();
                foreach (var entry in segment.Entries)
                {
                    ct.ThrowIfCancellationRequested();
                    if (entry.Problem is not null)
                    {
                        onIssue?.Invoke(new IngestIssue(dumpPath, linesBefore + entry.Line, bytesBefore + entry.ByteOffset, entry.Problem));
                    }

                    if (entry.Page is not null)
                    {
                        yield return entry.Page with { Line = linesBefore + entry.Line, ByteOffset = bytesBefore + entry.ByteOffset };
                    }
                }

                linesBefore += segment.Newlines;
                bytesBefore += segment.DecompressedBytes;
                onBytesRead(segment.Range.End);
            }
        }
        finally
        {
            // Stopped early (error, cancellation or the caller's break): let the decoders still running end.
            stop.Cancel();
            foreach (var pending in window)
            {
                try
                {
                    pending.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                    // Its error is not the one being reported.
                }
            }
        }
    }

    /// <summary>Decompresses one segment and turns its &lt;page&gt; elements into records; lines and offsets are relative to the segment.</summary>
    private Segment Decode(SafeFileHandle handle, DumpSegment range, long fileLength, CancellationToken ct)
    {
        var xml = Decompress(handle, range);
        var content = xml.AsSpan();
        var starts = FindAll(content, PageStart);
        var lastPageEnd = content.LastIndexOf(PageEnd);
        var footer = content.LastIndexOf("</mediawiki>"u8);
        if (range.Start == 0 && content[..(starts.Count > 0 ? starts[0] : content.Length)].IndexOf("<mediawiki"u8) < 0)
        {
            throw new InvalidDataException($"{dumpPath}: does not start with <mediawiki>; it is not a MediaWiki export.");
        }

        if (range.End == fileLength && (footer < 0 || footer < lastPageEnd))
        {
            throw new InvalidDataException($"{dumpPath}: ends at byte {fileLength} without </mediawiki>; the dump is truncated.");
        }

        var entries = new List<Entry>();
        if (starts.Count > 0)
        {
            var fragmentEnd = lastPageEnd + PageEnd.Length;
            var linesBeforeFragment = content[..starts[0]].Count((byte)'\n');
            using var reader = XmlReader.Create(
                new MemoryStream(xml, starts[0], Math.Max(0, fragmentEnd - starts[0]), writable: false),
                MediaWikiXml.Settings(ConformanceLevel.Fragment));
            try
            {
                while (reader.Read())
                {
                    if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "page")
                    {
                        ct.ThrowIfCancellationRequested();
                        var number = entries.Count;
                        var page = new XmlPage
                        {
                            Line = linesBeforeFragment + ((IXmlLineInfo)reader).LineNumber,
                            ByteOffset = starts[Math.Min(number, starts.Count - 1)],
                        };
                        MediaWikiXml.ReadPage(reader, page);
                        var (record, problem) = MediaWikiXml.ToRecord(page);
                        entries.Add(new Entry(record, problem, page.Line, page.ByteOffset));
                    }
                }
            }
            catch (XmlException ex)
            {
                throw Error(range, $"holds malformed XML at line {linesBeforeFragment + ex.LineNumber} of its decompressed text: {ex.Message}", ex);
            }

            if (entries.Count != starts.Count)
            {
                throw Error(range, $"holds {starts.Count} <page> starts but {entries.Count} whole pages; the index offsets do not fall between pages.");
            }
        }

        return new Segment(range, entries, content.Count((byte)'\n'), xml.Length);
    }

    private byte[] Decompress(SafeFileHandle handle, DumpSegment range)
    {
        var size = range.End - range.Start;
        if (size > Array.MaxLength)
        {
            throw Error(range, $"runs {size} bytes to the next offset of the index; a multistream index has an offset every hundred pages.");
        }

        var compressed = new byte[size];
        var filled = 0;
        while (filled < compressed.Length)
        {
            var read = RandomAccess.Read(handle, compressed.AsSpan(filled), range.Start + filled);
            if (read == 0)
            {
                throw Error(range, $"ends after {filled} of its {size} bytes; the dump is truncated.");
            }

            filled += read;
        }

        if (!compressed.AsSpan().StartsWith("BZh"u8))
        {
            throw Error(range, "is not a bzip2 stream; the index does not belong to this dump.");
        }

        try
        {
            using var input = new ConcatenatedBZip2Stream(new MemoryStream(compressed, writable: false));
            using var output = new MemoryStream(compressed.Length * 5);
            input.CopyTo(output);
            return output.ToArray();
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or SharpZipBaseException)
        {
            throw Error(range, $"is malformed or truncated: {ex.Message}", ex);
        }
    }

    private static List<int> FindAll(ReadOnlySpan<byte> content, ReadOnlySpan<byte> value)
    {
        var found = new List<int>();
        var from = 0;
        for (var at = content.IndexOf(value); at >= 0; at = content[from..].IndexOf(value))
        {
            found.Add(from + at);
            from += at + value.Length;
        }

        return found;
    }

    private InvalidDataException Error(DumpSegment range, string problem, Exception? inner = null) =>
        new($"{dumpPath}: the bzip2 data at byte {range.Start} of the file" +
            (range.IndexLine > 0 ? $" (line {range.IndexLine} of {indexPath})" : "") + $" {problem}", inner);

    private readonly record struct Entry(RawPage? Page, string? Problem, long Line, long ByteOffset);

    /// <param name="Newlines">Newlines in the decompressed text, to carry line numbers on to the next segment.</param>
    private sealed record Segment(DumpSegment Range, List<Entry> Entries, long Newlines, long DecompressedBytes);
}
