using System.Net;
using System.Text.Unicode;
using System.Text.Json;

namespace InfoSeek.Corpus;

/// <summary>
/// Reads JSON Lines (plain or gzip), one page per line:
/// <c>{"id","title","text"}</c> where the text may carry WikiExtractor's inline
/// <c>&lt;a href="url-quoted%20target"&gt;anchor&lt;/a&gt;</c> links, or <c>{"id","url","title","text"}</c>
/// without links, and optionally a <c>links</c> array (see <see cref="ReadLinksArray"/>).
/// A malformed line (invalid UTF-8 or JSON, no title or text) is reported through the issue callback and skipped.
/// </summary>
public sealed class JsonLinesPageSource : IPageSource
{
    private static readonly IReadOnlyDictionary<string, string> NoFacts = new Dictionary<string, string>();

    private readonly string _path;
    private readonly Action<IngestIssue>? _onIssue;
    private long _bytesRead;

    public JsonLinesPageSource(string path, Action<IngestIssue>? onIssue = null)
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
        var lines = new Utf8LineReader(file.Content);
        Interlocked.Exchange(ref _bytesRead, 0);
        while (NextLine(file, lines, out var line))
        {
            ct.ThrowIfCancellationRequested();
            Interlocked.Exchange(ref _bytesRead, file.Position);
            if (line.Span.Trim(" \t"u8).IsEmpty)
            {
                continue;
            }

            var page = ParseRecord(line, out var error);
            if (page is null)
            {
                _onIssue?.Invoke(new IngestIssue(_path, lines.LineNumber, lines.LineOffset, error!));
                continue;
            }

            yield return page with { Line = lines.LineNumber, ByteOffset = lines.LineOffset };
        }

        Interlocked.Exchange(ref _bytesRead, file.Length);
    }

    /// <summary>Reads one line; a failure of the file or its compression is fatal and names the position.</summary>
    private bool NextLine(SourceFile file, Utf8LineReader lines, out ReadOnlyMemory<byte> line)
    {
        try
        {
            return lines.TryReadLine(out line);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or ICSharpCode.SharpZipLib.SharpZipBaseException)
        {
            throw new InvalidDataException(
                $"{_path}: cannot read after line {lines.LineNumber} (file byte {file.Position}, {file.Compression}); the file is corrupt or truncated: {ex.Message}", ex);
        }
    }

    private static RawPage? ParseRecord(ReadOnlyMemory<byte> line, out string? error)
    {
        // JsonDocument accepts invalid UTF-8 inside strings and fails only when a string is read.
        if (!Utf8.IsValid(line.Span))
        {
            error = "not valid UTF-8";
            return null;
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            error = $"invalid JSON: {ex.Message}";
            return null;
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = $"expected a JSON object, found {root.ValueKind}";
                return null;
            }

            var title = GetString(root, "title") is { } rawTitle ? WebUtility.HtmlDecode(rawTitle).Trim() : null;
            if (string.IsNullOrEmpty(title))
            {
                error = "missing or empty \"title\"";
                return null;
            }

            if (GetString(root, "text") is not { } rawText)
            {
                error = $"page \"{title}\": missing \"text\"";
                return null;
            }

            var id = GetScalar(root, "id") ?? GetString(root, "url") ?? title;
            var (text, links, emptyTargets) = InlineLinkMarkup.Parse(rawText);
            int unplaced = 0, listed = 0;
            if (root.TryGetProperty("links", out var array) && array.ValueKind == JsonValueKind.Array)
            {
                var (empty, withoutPlace, withoutPositions) = ReadLinksArray(array, text, links);
                emptyTargets += empty;
                unplaced = withoutPlace;
                listed = withoutPositions;
            }

            error = null;
            return new RawPage(id, title, text, links, NoFacts, RedirectTo: null) { EmptyLinkTargets = emptyTargets, UnplacedLinks = unplaced, ListedLinks = listed };
        }
    }

    /// <summary>
    /// Adds the links of a <c>links</c> array. An element is either a target title (string), placed at every mention
    /// of the title in the text (<see cref="LinkPlacement"/>), or an object with <c>target</c> (or
    /// <c>title</c>/<c>href</c>) and optionally <c>anchor</c> (or <c>text</c>), <c>start</c> and <c>length</c> (or
    /// <c>end</c>). An object's offsets are used when they fit the text; otherwise its anchor (or the target itself)
    /// is searched for in the text. A link with no place becomes a page-level link.
    /// </summary>
    /// <returns>The number of elements with an empty target, of links left without a place, and of links listed without positions that fit the text.</returns>
    private static (int Empty, int Unplaced, int Listed) ReadLinksArray(JsonElement array, string text, List<PageLink> links)
    {
        int empty = 0, unplaced = 0, listed = 0;
        var titles = new List<string>();
        foreach (var item in array.EnumerateArray())
        {
            string? rawTarget;
            string? anchor = null;
            int? start = null, length = null;
            if (item.ValueKind == JsonValueKind.String)
            {
                rawTarget = item.GetString();
            }
            else if (item.ValueKind == JsonValueKind.Object)
            {
                rawTarget = GetString(item, "target") ?? GetString(item, "title") ?? GetString(item, "href");
                anchor = GetString(item, "anchor") ?? GetString(item, "text") ?? rawTarget;
                start = GetInt(item, "start") ?? GetInt(item, "offset");
                length = GetInt(item, "length") ?? (GetInt(item, "end") - start);
            }
            else
            {
                continue;
            }

            var target = rawTarget is null ? null : TitleNormalizer.Normalize(rawTarget);
            if (target is null)
            {
                empty++;
                continue;
            }

            if (item.ValueKind == JsonValueKind.String)
            {
                titles.Add(target);
                continue;
            }

            if (start is not { } s || length is not { } l || s < 0 || l <= 0 || s + l > text.Length)
            {
                // Listed without a place that fits: placed by its anchor, if found.
                listed++;
                var found = string.IsNullOrEmpty(anchor) ? -1 : text.IndexOf(anchor, StringComparison.OrdinalIgnoreCase);
                (s, l) = found >= 0 ? (found, anchor!.Length) : (0, 0);
            }

            unplaced += l == 0 ? 1 : 0;
            links.Add(l == 0 ? PageLink.PageLevel(target) : new PageLink(target, text.Substring(s, l), s, l));
        }

        unplaced += LinkPlacement.Place(text, titles, links);
        listed += titles.Distinct(StringComparer.Ordinal).Count();
        // Keep links in text order; OrderBy is stable, so equal offsets keep their source order.
        var ordered = links.OrderBy(l => l.Start).ToList();
        links.Clear();
        links.AddRange(ordered);

        return (empty, unplaced, listed);
    }

    private static string? GetString(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string? GetScalar(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.String or JsonValueKind.Number ? v.ToString() : null;

    private static int? GetInt(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : null;
}
