using ICSharpCode.SharpZipLib.BZip2;

namespace InfoSeek.Corpus;

/// <summary>
/// Decompresses a sequence of bzip2 streams laid end to end, as in Wikipedia's multistream dumps and the
/// output of parallel compressors. SharpZipLib's <see cref="BZip2InputStream"/> stops silently after the first
/// stream (it leaves the underlying stream exactly at that stream's end), so each following stream gets a
/// decoder of its own. Bytes after a stream that do not start another one are an error, not silently dropped.
/// The underlying stream must be seekable; it is not disposed.
/// </summary>
internal sealed class ConcatenatedBZip2Stream : Stream
{
    private static readonly byte[] Magic = "BZh"u8.ToArray();

    private readonly Stream _compressed;
    private BZip2InputStream? _current;
    private long _position;

    public ConcatenatedBZip2Stream(Stream compressed)
    {
        if (!compressed.CanSeek)
        {
            throw new ArgumentException("The compressed stream must be seekable.", nameof(compressed));
        }

        _compressed = compressed;
        _current = new BZip2InputStream(compressed) { IsStreamOwner = false };
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_current is not null && buffer.Length > 0)
        {
            var read = _current.Read(buffer);
            if (read > 0)
            {
                _position += read;
                return read;
            }

            _current.Dispose();
            _current = StartNextStream();
        }

        return 0;
    }

    /// <summary>A decoder for the stream that starts where the last one ended, or null at the end of the input.</summary>
    private BZip2InputStream? StartNextStream()
    {
        var start = _compressed.Position;
        Span<byte> head = stackalloc byte[3];
        var read = _compressed.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (read == 0)
        {
            return null;
        }

        if (!head[..read].SequenceEqual(Magic))
        {
            throw new InvalidDataException($"the {_compressed.Length - start} bytes after the bzip2 stream that ends at byte {start} are not another bzip2 stream");
        }

        _compressed.Position = start;
        return new BZip2InputStream(_compressed) { IsStreamOwner = false };
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _current?.Dispose();
            _current = null;
        }

        base.Dispose(disposing);
    }
}
