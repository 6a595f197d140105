using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using InfoSeek.Contracts;
using InfoSeek.Corpus;
using InfoSeek.Domain.Mining;
using Microsoft.Win32.SafeHandles;

namespace InfoSeek.Domain.Claims;

/// <summary>
/// Every page as <see cref="BrowsedPages"/> reads it, stored in the index folder: each page a JSON record, found by an
/// offset table, and the small <see cref="PageSummary"/> of each page, which root choice keeps in memory. The records
/// are a function of the corpus (the folder's) and of the code that mines and counts claims, so the file is named by
/// that code's build (<see cref="CodeKey"/>): a new miner ignores, and replaces, what an older one stored.
/// Layout: header (format, key, pages), records, summaries, offsets (pages + 1), footer (where the summaries and the
/// offsets start, and a closing mark); it is written aside and moved in, so it is whole or absent.
/// </summary>
public sealed class BrowsedPageFile : IDisposable
{
    private const string Prefix = "browsed-pages-";
    private const int FormatVersion = 2;
    private const int ClosingMark = 0x50425349; // "ISBP"
    private const int FooterBytes = sizeof(long) * 2 + sizeof(int);
    private const int PagesPerChunk = 256;

    private readonly SafeFileHandle handle;
    private readonly long[] offsets;

    private BrowsedPageFile(SafeFileHandle handle, long[] offsets, PageSummary[] summaries)
    {
        this.handle = handle;
        this.offsets = offsets;
        Summaries = summaries;
    }

    /// <summary>The builds of the assemblies the records depend on (the miner, the claim contracts, the corpus reader).</summary>
    public static string CodeKey { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(
        '|', new[] { typeof(ClaimMiner), typeof(ClaimCandidate), typeof(CorpusIndex) }.Select(t => t.Assembly.ManifestModule.ModuleVersionId)))))[..16];

    public PageSummary[] Summaries { get; }

    public static string PathIn(string indexDirectory) => Path.Combine(indexDirectory, $"{Prefix}{CodeKey}.bin");

    /// <summary>The stored pages of this build, or null when there are none or the file does not hold <paramref name="pageCount"/> whole pages.</summary>
    public static BrowsedPageFile? Open(string indexDirectory, int pageCount)
    {
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(PathIn(indexDirectory), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        try
        {
            if (ReadLayout(handle, pageCount) is { } layout)
            {
                return new BrowsedPageFile(handle, layout.Offsets, layout.Summaries);
            }
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or OverflowException or ArgumentException)
        {
            // A file cut short or written by something else is worked out again.
        }

        handle.Dispose();
        return null;
    }

    /// <summary>The page's stored record; null when it cannot be read back (the page is then worked out again).</summary>
    public BrowsedPage? Read(int ordinal)
    {
        var bytes = new byte[offsets[ordinal + 1] - offsets[ordinal]];
        try
        {
            return RandomAccess.Read(handle, bytes, offsets[ordinal]) == bytes.Length ? JsonSerializer.Deserialize<BrowsedPage>(bytes) : null;
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Works out every page (in parallel, a chunk of pages at a time, written in page order) and stores them with their
    /// summaries, removing what other builds stored. Where the folder cannot be written, the pages are worked out all
    /// the same and only their summaries are kept.
    /// </summary>
    /// <param name="read">A page as a tree reads it, with its summary.</param>
    public static PageSummary[] TryWrite(CorpusIndex index, Func<int, (BrowsedPage Page, PageSummary Summary)> read, IProgress<(int Done, int Total)>? progress, CancellationToken ct)
    {
        var path = PathIn(index.IndexDirectory);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        var pageCount = index.PageCount;
        var summaries = new PageSummary[pageCount];
        var done = 0;
        var options = new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount };
        BinaryWriter? writer = null;
        try
        {
            writer = TryCreate(temp);
            writer?.Write(FormatVersion);
            writer?.Write(CodeKey);
            writer?.Write(pageCount);
            var offsets = new long[pageCount + 1];
            var chunk = new byte[PagesPerChunk][];
            for (var start = 0; start < pageCount; start += PagesPerChunk)
            {
                var end = Math.Min(pageCount, start + PagesPerChunk);
                Parallel.For(start, end, options, ordinal =>
                {
                    var (page, summary) = read(ordinal);
                    summaries[ordinal] = summary;
                    chunk[ordinal - start] = writer is null ? [] : JsonSerializer.SerializeToUtf8Bytes(page);
                    var count = Interlocked.Increment(ref done);
                    if (count % 64 == 0 || count == pageCount)
                    {
                        progress?.Report((count, pageCount));
                    }
                });
                for (var ordinal = start; writer is not null && ordinal < end; ordinal++)
                {
                    offsets[ordinal] = writer.BaseStream.Position;
                    writer.Write(chunk[ordinal - start]);
                }
            }

            if (writer is not null)
            {
                offsets[pageCount] = writer.BaseStream.Position;
                var summariesAt = writer.BaseStream.Position;
                foreach (var summary in summaries)
                {
                    writer.Write(summary.Typed);
                    writer.Write(summary.Identifiable);
                    writer.Write(summary.Targets.Length);
                    foreach (var target in summary.Targets)
                    {
                        writer.Write(target);
                    }
                }

                var offsetsAt = writer.BaseStream.Position;
                foreach (var offset in offsets)
                {
                    writer.Write(offset);
                }

                writer.Write(summariesAt);
                writer.Write(offsetsAt);
                writer.Write(ClosingMark);
                writer.Dispose();
                writer = null;
                File.Move(temp, path, overwrite: true);
                RemoveOtherBuilds(index.IndexDirectory, path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Stored or not, the summaries are whole: a failed write only leaves the pages to be worked out when asked for.
        }
        finally
        {
            writer?.Dispose();
            TryDelete(temp);
        }

        return summaries;
    }

    public void Dispose() => handle.Dispose();

    private static (long[] Offsets, PageSummary[] Summaries)? ReadLayout(SafeFileHandle handle, int pageCount)
    {
        var length = RandomAccess.GetLength(handle);
        if (length < FooterBytes)
        {
            return null;
        }

        var footer = new byte[FooterBytes];
        RandomAccess.Read(handle, footer, length - FooterBytes);
        var summariesAt = BinaryPrimitives.ReadInt64LittleEndian(footer);
        var offsetsAt = BinaryPrimitives.ReadInt64LittleEndian(footer.AsSpan(sizeof(long)));
        if (BinaryPrimitives.ReadInt32LittleEndian(footer.AsSpan(sizeof(long) * 2)) != ClosingMark
            || offsetsAt + ((pageCount + 1L) * sizeof(long)) != length - FooterBytes || summariesAt < 0 || summariesAt > offsetsAt)
        {
            return null;
        }

        var header = new byte[Math.Min(summariesAt, 256)];
        RandomAccess.Read(handle, header, 0);
        using (var reader = new BinaryReader(new MemoryStream(header)))
        {
            if (reader.ReadInt32() != FormatVersion || reader.ReadString() != CodeKey || reader.ReadInt32() != pageCount)
            {
                return null;
            }
        }

        var offsetBytes = new byte[(pageCount + 1) * sizeof(long)];
        RandomAccess.Read(handle, offsetBytes, offsetsAt);
        var offsets = new long[pageCount + 1];
        for (var i = 0; i < offsets.Length; i++)
        {
            offsets[i] = BinaryPrimitives.ReadInt64LittleEndian(offsetBytes.AsSpan(i * sizeof(long)));
        }

        if (offsets[pageCount] != summariesAt || offsets.Zip(offsets.Skip(1)).Any(p => p.First > p.Second))
        {
            return null;
        }

        var summaryBytes = new byte[offsetsAt - summariesAt];
        RandomAccess.Read(handle, summaryBytes, summariesAt);
        using var summaryReader = new BinaryReader(new MemoryStream(summaryBytes));
        var summaries = new PageSummary[pageCount];
        for (var i = 0; i < pageCount; i++)
        {
            var typed = summaryReader.ReadBoolean();
            var identifiable = summaryReader.ReadBoolean();
            var targets = new int[summaryReader.ReadInt32()];
            for (var t = 0; t < targets.Length; t++)
            {
                targets[t] = summaryReader.ReadInt32();
                if ((uint)targets[t] >= (uint)pageCount)
                {
                    return null;
                }
            }

            summaries[i] = new PageSummary(typed, targets, identifiable);
        }

        return summaryReader.BaseStream.Position == summaryBytes.Length ? (offsets, summaries) : null;
    }

    private static BinaryWriter? TryCreate(string path)
    {
        try
        {
            return new BinaryWriter(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void RemoveOtherBuilds(string indexDirectory, string path)
    {
        foreach (var other in Directory.EnumerateFiles(indexDirectory, $"{Prefix}*.bin").Where(f => f != path))
        {
            TryDelete(other);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next write to remove.
        }
    }
}
