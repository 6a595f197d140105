using ICSharpCode.SharpZipLib.GZip;

namespace InfoSeek.Corpus;

/// <summary>
/// An opened corpus file: the decompressed content stream plus the position in the file itself,
/// so that progress can be reported in file bytes. Compression is recognised by its magic bytes,
/// whatever the extension says; an extension that promises compression the bytes do not have is an error.
/// </summary>
internal sealed class SourceFile : IDisposable
{
    private static readonly byte[] GzipMagic = [0x1F, 0x8B];
    private static readonly byte[] Bzip2Magic = "BZh"u8.ToArray();

    private readonly FileStream _file;

    private SourceFile(string path, FileStream file, Stream content, string compression)
    {
        Path = path;
        _file = file;
        Content = content;
        Compression = compression;
    }

    public string Path { get; }

    /// <summary>The decompressed bytes.</summary>
    public Stream Content { get; }

    /// <summary>"gzip", "bzip2" or "none".</summary>
    public string Compression { get; }

    public long Length => _file.Length;

    /// <summary>Bytes of the file read so far (compressed bytes for compressed files).</summary>
    public long Position => _file.CanSeek ? _file.Position : 0;

    public static SourceFile Open(string path)
    {
        PageSources.EnsureExists(path);
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        try
        {
            Span<byte> head = stackalloc byte[3];
            var read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            file.Position = 0;
            head = head[..read];

            if (head.StartsWith(GzipMagic))
            {
                // SharpZipLib checks each member's CRC and length: System.IO.Compression.GZipStream ends
                // silently at a truncated file, so a cut-off corpus would look complete.
                return new SourceFile(path, file, new GZipInputStream(file) { IsStreamOwner = false }, "gzip");
            }

            if (head.StartsWith(Bzip2Magic))
            {
                // Concatenated streams (multistream dumps, parallel compressors) are read to the last one.
                // The bzip2 decoder reads the first block as it is made, so a file cut inside it fails here.
                return new SourceFile(path, file, OpenBZip2(path, file), "bzip2");
            }

            var extension = System.IO.Path.GetExtension(path);
            if (extension.Equals(".gz", StringComparison.OrdinalIgnoreCase) || extension.Equals(".bz2", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidDataException($"{path}: the name says '{extension}' but the file does not start with that compression's magic bytes.");
            }

            return new SourceFile(path, file, file, "none");
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    private static ConcatenatedBZip2Stream OpenBZip2(string path, FileStream file)
    {
        try
        {
            return new ConcatenatedBZip2Stream(file);
        }
        catch (Exception ex) when (ex is IOException or ICSharpCode.SharpZipLib.SharpZipBaseException)
        {
            throw new InvalidDataException($"{path}: the bzip2 data is corrupt or truncated in its first block: {ex.Message}", ex);
        }
    }

    public void Dispose()
    {
        Content.Dispose();
        _file.Dispose();
    }
}
