using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using FSDirectory = Lucene.Net.Store.FSDirectory;

namespace InfoSeek.Corpus;

/// <summary>
/// Builds a <see cref="CorpusIndex"/> directory in one streaming pass over a corpus: a Lucene index of the
/// pages (document number = ordinal = position in the corpus file), the link table and <c>report.json</c>.
/// </summary>
public static class CorpusIndexBuilder
{
    public const string ReportFileName = "report.json";
    private const int ProgressEveryPages = 1000;

    /// <summary>
    /// Builds the index of <paramref name="corpusPath"/> into <paramref name="indexDir"/>, replacing any
    /// previous index there only once the new one is complete (it is built in a sibling temporary directory).
    /// </summary>
    public static IngestReport Build(
        string corpusPath,
        string indexDir,
        string? format = null,
        IProgress<IngestProgress>? progress = null,
        CancellationToken ct = default)
    {
        format = PageSources.DetectFormat(corpusPath, format);
        var target = Path.GetFullPath(indexDir);
        var buildPrefix = $"{Path.GetFileName(target)}.building-";
        BuildLock.RemoveStale(Path.GetDirectoryName(target)!, buildPrefix);
        var temp = Path.Combine(Path.GetDirectoryName(target)!, $"{buildPrefix}{Guid.NewGuid():N}");
        using var building = BuildLock.Take(temp);
        var report = BuildInto(corpusPath, temp, format, progress, ct);

        // Move the old index aside before moving the new one in, so the target never holds a mix of both.
        var old = Directory.Exists(target) ? $"{target}.old-{Guid.NewGuid():N}" : null;
        if (old is not null)
        {
            Directory.Move(target, old);
        }

        Directory.Move(temp, target);
        if (old is not null)
        {
            Directory.Delete(old, recursive: true);
        }

        return report;
    }

    /// <summary>Builds a complete index into <paramref name="dir"/> (which must not exist, and whose <see cref="BuildLock"/> the caller holds); deletes it on failure.</summary>
    internal static IngestReport BuildInto(string corpusPath, string dir, string? format, IProgress<IngestProgress>? progress, CancellationToken ct)
    {
        if (Directory.Exists(dir))
        {
            throw new IOException($"Index build directory already exists: {dir}");
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(dir)!);
            Directory.CreateDirectory(dir);
            return BuildCore(corpusPath, dir, format, progress, ct);
        }
        catch
        {
            TryDeleteDirectory(dir);
            throw;
        }
    }

    private static IngestReport BuildCore(string corpusPath, string dir, string? format, IProgress<IngestProgress>? progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var issues = new List<IngestIssue>();
        long rejected = 0;
        var source = PageSources.Open(corpusPath, format, issue =>
        {
            rejected++;
            AddIssue(issues, issue);
        });

        var titles = new List<string>();
        var keys = new List<string>();
        var firstLineOfKey = new Dictionary<string, long>(StringComparer.Ordinal);
        var redirects = new Dictionary<string, string>(StringComparer.Ordinal);
        long links = 0, emptyTargets = 0, unplacedLinks = 0, listedLinks = 0;

        void Report() => progress?.Report(new IngestProgress(titles.Count, source.BytesRead, source.TotalBytes, clock.Elapsed));

        LinkTable table;
        long inCorpusLinks;

        // Each page's raw link targets go to a scratch file and are resolved after the pass, once every
        // title is known; memory then grows only with the number of pages, not with the number of links.
        using (var targets = new FileStream(Path.Combine(dir, "targets.tmp"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose))
        {
            using (var targetWriter = new BinaryWriter(targets, Encoding.UTF8, leaveOpen: true))
            using (var luceneDir = FSDirectory.Open(Path.Combine(dir, LuceneSchema.FolderName)))
            using (var analyzer = LuceneSchema.CreateIndexAnalyzer())
            {
                var config = new IndexWriterConfig(LuceneSchema.Version, analyzer)
                {
                    OpenMode = OpenMode.CREATE,
                    Similarity = LuceneSchema.CreateSimilarity(),
                    RAMBufferSizeMB = 128,
                    // LogDocMergePolicy only merges adjacent segments, so document numbers keep the order in
                    // which pages were added; CorpusIndex.Open verifies that document number == ordinal.
                    MergePolicy = new LogDocMergePolicy(),
                };

                var writer = new IndexWriter(luceneDir, config);
                try
                {
                    foreach (var page in source.Read(ct))
                    {
                        var key = TitleNormalizer.Normalize(page.Title) ?? page.Title;
                        if (page.RedirectTo is not null)
                        {
                            if (key != page.RedirectTo && !redirects.TryAdd(key, page.RedirectTo))
                            {
                                AddIssue(issues, new IngestIssue(corpusPath, page.Line, page.ByteOffset, $"duplicate redirect \"{page.Title}\"; the first one is kept"));
                            }

                            continue;
                        }

                        if (!firstLineOfKey.TryAdd(key, page.Line))
                        {
                            var first = firstLineOfKey[key] > 0 ? $" (line {firstLineOfKey[key]})" : "";
                            AddIssue(issues, new IngestIssue(corpusPath, page.Line, page.ByteOffset,
                                $"duplicate title \"{page.Title}\" (id {page.Id}, ordinal {titles.Count}); lookups find the first page with it{first}"));
                        }

                        writer.AddDocument(CreateDocument(titles.Count, page));
                        LinkTable.WriteTargets(targetWriter, page.Links);
                        titles.Add(page.Title);
                        keys.Add(key);
                        links += page.Links.Count + page.EmptyLinkTargets;
                        emptyTargets += page.EmptyLinkTargets;
                        unplacedLinks += page.UnplacedLinks;
                        listedLinks += page.ListedLinks;
                        if (titles.Count % ProgressEveryPages == 0)
                        {
                            Report();
                        }
                    }

                    Report();
                    if (titles.Count == 0)
                    {
                        throw NoPages(corpusPath, rejected, issues);
                    }

                    // One segment: the index is read-only from here on, and searching one segment is fastest.
                    writer.ForceMerge(1);
                    writer.Commit();
                }
                catch
                {
                    writer.Rollback();
                    throw;
                }

                writer.Dispose();
            }

            targets.Position = 0;
            table = LinkTable.Build(titles, keys, redirects, targets, out inCorpusLinks);
        }

        table.Save(Path.Combine(dir, LinkTable.FileName));

        var report = new IngestReport(
            Pages: titles.Count,
            Links: links,
            InCorpusLinks: inCorpusLinks,
            EmptyLinkTargets: emptyTargets,
            Redirects: redirects.Count,
            Rejected: rejected,
            Issues: issues,
            Bytes: source.TotalBytes,
            Elapsed: clock.Elapsed,
            UnplacedLinks: unplacedLinks,
            ListedLinks: listedLinks);

        // Written last: its presence marks a complete index.
        File.WriteAllText(Path.Combine(dir, ReportFileName), JsonSerializer.Serialize(report));
        return report;
    }

    /// <summary>A corpus without a single page is bad input, not an empty index.</summary>
    private static InvalidDataException NoPages(string corpusPath, long rejected, IReadOnlyList<IngestIssue> issues) =>
        new(rejected == 0
            ? $"{corpusPath}: no pages ({(Directory.Exists(corpusPath) ? "a corpus folder is read as saved HTML pages, and it holds none" : "the corpus is empty or holds only redirects")})."
            : $"{corpusPath}: no pages; all {rejected} records were rejected, the first: {string.Join("; ", issues.Take(3).Select(i => i.Line > 0 ? $"line {i.Line}: {i.Message}" : i.Message))}.");

    private static Document CreateDocument(int ordinal, RawPage page)
    {
        var doc = new Document
        {
            new Int32Field(LuceneSchema.Ordinal, ordinal, Field.Store.YES),
            new NumericDocValuesField(LuceneSchema.Ordinal, ordinal),
            new StringField(LuceneSchema.Id, page.Id, Field.Store.YES),
            new TextField(LuceneSchema.Title, page.Title, Field.Store.YES),
            new Field(LuceneSchema.Text, page.Text, LuceneSchema.TextType),
            new Field(LuceneSchema.PlainTitle, page.Title, LuceneSchema.PlainTextType),
            new Field(LuceneSchema.PlainText, page.Text, LuceneSchema.PlainTextType),
            new StoredField(LuceneSchema.Links, StoredFieldCodec.EncodeLinks(page.Links)),
        };

        if (page.Facts.Count > 0)
        {
            doc.Add(new StoredField(LuceneSchema.Facts, StoredFieldCodec.EncodeFacts(page.Facts)));
        }

        return doc;
    }

    private static void AddIssue(List<IngestIssue> issues, IngestIssue issue)
    {
        if (issues.Count < IngestReport.MaxIssues)
        {
            issues.Add(issue);
        }
    }

    internal static void TryDeleteDirectory(string dir)
    {
        try
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort: a leftover temporary directory is never mistaken for an index.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }
}
