using System.Text;

namespace InfoSeek.Corpus;

/// <summary>
/// Compact binary encodings of a page's links and facts for Lucene stored fields. Anchors are not
/// stored: they are recovered from the text with the offsets.
/// </summary>
internal static class StoredFieldCodec
{
    public static byte[] EncodeLinks(IReadOnlyList<PageLink> links)
    {
        using var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, Encoding.UTF8, leaveOpen: true))
        {
            w.Write7BitEncodedInt(links.Count);
            var previous = 0;
            foreach (var link in links)
            {
                // Offsets grow in text order, so deltas stay small; a negative delta is still valid, only longer.
                w.Write7BitEncodedInt(link.Start - previous);
                w.Write7BitEncodedInt(link.Length);
                w.Write(link.Target);
                previous = link.Start;
            }
        }

        return ms.ToArray();
    }

    public static IReadOnlyList<PageLink> DecodeLinks(ReadOnlySpan<byte> bytes, string text)
    {
        var r = new SpanReader(bytes);
        var count = r.ReadInt();
        var links = new PageLink[count];
        var start = 0;
        for (var i = 0; i < count; i++)
        {
            start += r.ReadInt();
            var length = r.ReadInt();
            var target = r.ReadString();
            links[i] = new PageLink(target, text.Substring(start, length), start, length);
        }

        return links;
    }

    public static byte[] EncodeFacts(IReadOnlyDictionary<string, string> facts)
    {
        using var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, Encoding.UTF8, leaveOpen: true))
        {
            w.Write7BitEncodedInt(facts.Count);
            foreach (var (key, value) in facts)
            {
                w.Write(key);
                w.Write(value);
            }
        }

        return ms.ToArray();
    }

    public static IReadOnlyDictionary<string, string> DecodeFacts(ReadOnlySpan<byte> bytes)
    {
        var r = new SpanReader(bytes);
        var count = r.ReadInt();
        var facts = new Dictionary<string, string>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = r.ReadString();
            facts[key] = r.ReadString();
        }

        return facts;
    }

    /// <summary>Reads what <see cref="BinaryWriter"/> wrote (7-bit ints, length-prefixed UTF-8) without copying the bytes.</summary>
    private ref struct SpanReader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _pos;

        public int ReadInt()
        {
            uint result = 0;
            for (var shift = 0; shift < 35; shift += 7)
            {
                var b = _bytes[_pos++];
                result |= (uint)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return (int)result;
                }
            }

            throw new InvalidDataException("Corrupt 7-bit encoded integer in a stored field.");
        }

        public string ReadString()
        {
            var length = ReadInt();
            var s = Encoding.UTF8.GetString(_bytes.Slice(_pos, length));
            _pos += length;
            return s;
        }
    }
}
