using System.Buffers.Text;

namespace InfoSeek.Corpus;

/// <summary>A byte range of a multistream dump holding whole bzip2 streams: [Start, End) of the file.</summary>
/// <param name="IndexLine">Line of the index that gave <paramref name="Start"/> (0 for the header stream at byte 0).</param>
internal readonly record struct DumpSegment(long Start, long End, long IndexLine);

/// <summary>
/// The index of a multistream dump (<c>…-multistream-index.txt.bz2</c>, lines <c>byteOffset:pageId:title</c>,
/// one per page, about a hundred pages to an offset). It is read lazily, so the dump's first streams are
/// decoded while the rest of the index is still being read.
/// </summary>
internal static class MultistreamIndexFile
{
    private const string DumpSuffix = ".xml.bz2";
    private const string IndexSuffix = "-index.txt.bz2";

    /// <summary>The index file beside a <c>….xml.bz2</c> dump, or null when there is none.</summary>
    public static string? FindBeside(string dumpPath)
    {
        if (!dumpPath.EndsWith(DumpSuffix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var index = dumpPath[..^DumpSuffix.Length] + IndexSuffix;
        return File.Exists(index) ? index : null;
    }

    /// <summary>
    /// The dump cut at every distinct offset of the index: the header before the first offset, then one segment
    /// per offset, the last one running to the end of the file (it also holds the closing stream).
    /// </summary>
    /// <exception cref="InvalidDataException">A line is malformed, offsets go backwards, or one lies past the end of the dump.</exception>
    public static IEnumerable<DumpSegment> Segments(string indexPath, string dumpPath, long dumpLength)
    {
        long start = 0, startLine = 0;
        foreach (var (offset, line) in Offsets(indexPath))
        {
            if (offset < start)
            {
                throw new InvalidDataException($"{indexPath}:{line}: byte offset {offset} comes after offset {start}; the index is not in dump order.");
            }

            if (offset >= dumpLength)
            {
                throw new InvalidDataException(
                    $"{indexPath}:{line}: byte offset {offset} is past the end of {dumpPath} ({dumpLength} bytes): the dump is truncated or the index belongs to another dump.");
            }

            if (offset > start)
            {
                yield return new DumpSegment(start, offset, startLine);
                (start, startLine) = (offset, line);
            }
        }

        yield return new DumpSegment(start, dumpLength, startLine);
    }

    /// <summary>The offset of each line, and the line's number.</summary>
    private static IEnumerable<(long Offset, long Line)> Offsets(string indexPath)
    {
        using var file = SourceFile.Open(indexPath);
        var lines = new Utf8LineReader(file.Content);
        while (true)
        {
            ReadOnlyMemory<byte> line;
            bool more;
            try
            {
                more = lines.TryReadLine(out line);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or ICSharpCode.SharpZipLib.SharpZipBaseException)
            {
                throw new InvalidDataException($"{indexPath}: the index is malformed or truncated after line {lines.LineNumber}: {ex.Message}", ex);
            }

            if (!more)
            {
                yield break;
            }

            if (line.IsEmpty)
            {
                continue;
            }

            var colon = line.Span.IndexOf((byte)':');
            if (colon <= 0 || !Utf8Parser.TryParse(line.Span[..colon], out long offset, out var used) || used != colon || offset < 0)
            {
                throw new InvalidDataException($"{indexPath}:{lines.LineNumber}: expected byteOffset:pageId:title.");
            }

            yield return (offset, lines.LineNumber);
        }
    }
}
