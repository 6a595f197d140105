using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace InfoSeek.Corpus;

/// <summary>
/// Reads a set of saved HTML pages: a folder (searched recursively), a .zip of them, or one .html file.
/// Pages come in ordinal order of their relative paths. The title is the <c>&lt;title&gt;</c> (without a
/// " - Wikipedia" suffix), else the first <c>&lt;h1&gt;</c>, else the file name. The text is the readable
/// content of <c>&lt;main&gt;</c>/<c>&lt;article&gt;</c> or the body, without scripts, styles, navigation and
/// infoboxes (whose rows become facts). A link becomes a <see cref="PageLink"/> when it points to another
/// page of the set (resolved relative to the file), to a Wikipedia-style <c>/wiki/Title</c> URL, or to an
/// .html file outside the set (named after the file); links elsewhere stay plain text.
/// </summary>
public sealed partial class HtmlPageSource : IPageSource
{
    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "nav", "noscript", "template", "head", "iframe", "svg", "button", "form", "header", "footer",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "aside", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd",
        "table", "tr", "caption", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "address", "body",
    };

    private static readonly Uri SetRoot = new("http://page-set.invalid/");

    private readonly string _path;
    private readonly Action<IngestIssue>? _onIssue;
    private long _bytesRead;

    public HtmlPageSource(string path, Action<IngestIssue>? onIssue = null)
    {
        PageSources.EnsureExists(path);
        _path = path;
        _onIssue = onIssue;
    }

    public long TotalBytes => Directory.Exists(_path)
        ? ListFolder(_path).Sum(f => new FileInfo(Path.Combine(_path, f)).Length)
        : new FileInfo(_path).Length;

    public long BytesRead => Interlocked.Read(ref _bytesRead);

    public IEnumerable<RawPage> Read(CancellationToken ct)
    {
        using var files = OpenSet();
        var parser = new HtmlParser();

        // Links name their target by file; the target's title is only known once that file is parsed,
        // so a first pass collects every page's title.
        var titles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in files.Names)
        {
            ct.ThrowIfCancellationRequested();
            if (Parse(parser, files, name) is { } doc)
            {
                titles[name] = TitleOf(doc, name);
            }
        }

        Interlocked.Exchange(ref _bytesRead, 0);
        foreach (var name in files.Names)
        {
            ct.ThrowIfCancellationRequested();
            var doc = Parse(parser, files, name);
            Interlocked.Add(ref _bytesRead, files.Length(name));
            if (doc is null)
            {
                continue;
            }

            var title = titles[name];
            var builder = new TextBuilder(href => ResolveLink(href, name, titles), title);
            var root = doc.QuerySelector("main") ?? doc.QuerySelector("article") ?? doc.Body ?? (INode)doc.DocumentElement;
            builder.Walk(root);
            var page = new RawPage(name, title, builder.Text.ToString().TrimEnd('\n'), builder.Links, InfoboxFacts(doc), RedirectTo: null)
            {
                EmptyLinkTargets = builder.EmptyTargets,
            };
            yield return page;
        }
    }

    private IDocument? Parse(HtmlParser parser, PageSet files, string name)
    {
        try
        {
            using var stream = files.Open(name);
            return parser.ParseDocument(stream);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            _onIssue?.Invoke(new IngestIssue($"{_path}{Path.DirectorySeparatorChar}{name}", 0, 0, $"cannot read: {ex.Message}"));
            return null;
        }
    }

    private static string TitleOf(IDocument doc, string name)
    {
        var title = Collapse(doc.Title ?? string.Empty);
        title = WikipediaSuffix().Replace(title, string.Empty);
        if (title.Length == 0)
        {
            title = Collapse(doc.QuerySelector("h1")?.TextContent ?? string.Empty);
        }

        return title.Length > 0 ? title : TitleFromFileName(name) ?? name;
    }

    private static string? TitleFromFileName(string name) => TitleNormalizer.Normalize(Path.GetFileNameWithoutExtension(name));

    /// <summary>
    /// The normalised target of a link: null for a same-page or empty link, "" for a link that does not
    /// name a page (external sites, images), else the title.
    /// </summary>
    private static string? ResolveLink(string href, string fromName, Dictionary<string, string> titles)
    {
        href = href.Trim();
        if (href.Length == 0 || href.StartsWith('#'))
        {
            return null;
        }

        if (!Uri.TryCreate(new Uri(SetRoot, string.Join('/', fromName.Split('/').Select(Uri.EscapeDataString))), href, out var uri))
        {
            return string.Empty;
        }

        var path = Uri.UnescapeDataString(uri.AbsolutePath);
        var inSet = uri.Host == SetRoot.Host;
        if (inSet && titles.TryGetValue(path.TrimStart('/'), out var title))
        {
            return TitleNormalizer.Normalize(title) ?? string.Empty;
        }

        var wiki = path.IndexOf("/wiki/", StringComparison.Ordinal);
        if (wiki >= 0)
        {
            return TitleNormalizer.Normalize(path[(wiki + "/wiki/".Length)..]) ?? string.Empty;
        }

        return inSet && IsHtmlFile(path) ? TitleFromFileName(path) ?? string.Empty : string.Empty;
    }

    /// <summary>Rows of Wikipedia-style infobox tables (<c>table.infobox</c>): header cell → data cell.</summary>
    private static Dictionary<string, string> InfoboxFacts(IDocument doc)
    {
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in doc.QuerySelectorAll("table.infobox tr"))
        {
            var key = row.QuerySelector("th");
            var value = row.QuerySelector("td");
            if (key is not null && value is not null)
            {
                var k = Collapse(key.TextContent);
                var v = Collapse(value.TextContent);
                if (k.Length > 0 && v.Length > 0)
                {
                    facts.TryAdd(k, v);
                }
            }
        }

        return facts;
    }

    private static string Collapse(string s) => WhitespaceRun().Replace(s, " ").Trim();

    private static bool IsHtmlFile(string name) =>
        name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    private static List<string> ListFolder(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(IsHtmlFile)
            .Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)];

    private PageSet OpenSet()
    {
        if (Directory.Exists(_path))
        {
            return new PageSet(ListFolder(_path), name => File.OpenRead(Path.Combine(_path, name)), name => new FileInfo(Path.Combine(_path, name)).Length);
        }

        if (IsHtmlFile(_path))
        {
            var name = Path.GetFileName(_path);
            return new PageSet([name], _ => File.OpenRead(_path), _ => new FileInfo(_path).Length);
        }

        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(_path);
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidDataException($"{_path}: not a readable zip archive: {ex.Message}", ex);
        }

        var entries = zip.Entries.Where(e => IsHtmlFile(e.FullName)).ToDictionary(e => e.FullName, StringComparer.Ordinal);
        return new PageSet([.. entries.Keys.Order(StringComparer.Ordinal)], name => entries[name].Open(), name => entries[name].CompressedLength, zip);
    }

    [GeneratedRegex(@"\s+[-–—|]\s+Wikipedia.*$")]
    private static partial Regex WikipediaSuffix();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();

    /// <summary>The files of the set by relative path ('/'-separated), and how to open them.</summary>
    private sealed class PageSet(List<string> names, Func<string, Stream> open, Func<string, long> length, IDisposable? owner = null) : IDisposable
    {
        public List<string> Names { get; } = names;

        public Stream Open(string name) => open(name);

        public long Length(string name) => length(name);

        public void Dispose() => owner?.Dispose();
    }

    /// <summary>Builds readable text from a DOM: one line per block, headings as "Title." lines, link offsets recorded.</summary>
    private sealed class TextBuilder(Func<string, string?> resolve, string title)
    {
        public StringBuilder Text { get; } = new();
        public List<PageLink> Links { get; } = [];
        public int EmptyTargets { get; private set; }

        public void Walk(INode node)
        {
            if (node is IText text)
            {
                Append(text.Data);
                return;
            }

            if (node is not IElement element)
            {
                foreach (var child in node.ChildNodes)
                {
                    Walk(child);
                }

                return;
            }

            var tag = element.LocalName;
            if (SkippedElements.Contains(tag) || element.GetAttribute("role") == "navigation" || element.ClassList.Contains("infobox"))
            {
                return;
            }

            if (tag == "br")
            {
                EndLine();
                return;
            }

            var heading = tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
            if (heading && Collapse(element.TextContent) == title)
            {
                // The page title repeated as a heading is not content.
                return;
            }

            var block = BlockElements.Contains(tag);
            if (block)
            {
                EndLine();
            }

            var start = Text.Length;
            foreach (var child in element.ChildNodes)
            {
                Walk(child);
            }

            if (tag == "a" && element.GetAttribute("href") is { } href)
            {
                AddLink(href, start);
            }

            if (heading && Text.Length > 0 && Text[^1] is not ('.' or '!' or '?' or ':' or '\n' or ' '))
            {
                Text.Append('.');
            }

            if (block)
            {
                EndLine();
            }
        }

        private void AddLink(string href, int start)
        {
            var end = Text.Length;
            while (start < end && Text[start] is ' ' or '\n')
            {
                start++;
            }

            while (end > start && Text[end - 1] is ' ' or '\n')
            {
                end--;
            }

            var target = resolve(href);
            if (target is null)
            {
                EmptyTargets++;
            }
            else if (target.Length > 0 && end > start)
            {
                Links.Add(new PageLink(target, Text.ToString(start, end - start), start, end - start));
            }
        }

        private void Append(string s) => PlainTextWriter.AppendCollapsed(Text, s);

        private void EndLine() => PlainTextWriter.EndLine(Text);
    }
}
