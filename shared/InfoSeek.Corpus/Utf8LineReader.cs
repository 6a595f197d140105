namespace InfoSeek.Corpus;

/// <summary>
/// Reads a stream line by line as raw UTF-8 bytes, tracking line numbers and byte offsets
/// (a StreamReader would hide the offsets). Memory is bounded by the longest line.
/// </summary>
internal sealed class Utf8LineReader
{
    private readonly Stream _stream;
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;
    private long _consumed;

    public Utf8LineReader(Stream stream) => _stream = stream;

    /// <summary>1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Offset, in the stream, of the first byte of the line last returned.</summary>
    public long LineOffset { get; private set; }

    /// <summary>Returns the next line without its terminator (<c>\n</c> or <c>\r\n</c>), or false at the end.
    /// The bytes are only valid until the next call.</summary>
    public bool TryReadLine(out ReadOnlyMemory<byte> line)
    {
        var scanFrom = _start;
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', scanFrom, _end - scanFrom);
            if (newline >= 0)
            {
                line = Take(newline - _start, newline + 1);
                return true;
            }

            if (_eof)
            {
                if (_start == _end)
                {
                    line = default;
                    return false;
                }

                line = Take(_end - _start, _end);
                return true;
            }

            scanFrom = _end;
            Fill(ref scanFrom);
        }
    }

    private ReadOnlyMemory<byte> Take(int length, int next)
    {
        LineNumber++;
        LineOffset = _consumed;
        var memory = new ReadOnlyMemory<byte>(_buffer, _start, length);
        if (length > 0 && _buffer[_start + length - 1] == (byte)'\r')
        {
            memory = memory[..^1];
        }

        _consumed += next - _start;
        _start = next;
        return memory;
    }

    /// <summary>Compacts or grows the buffer and reads more bytes; <paramref name="scanFrom"/> is kept pointing at the same byte.</summary>
    private void Fill(ref int scanFrom)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            scanFrom -= _start;
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }
}
