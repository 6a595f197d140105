using System.Diagnostics;
using System.Text;
using InfoSeek.Corpus;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using FSDirectory = Lucene.Net.Store.FSDirectory;

namespace InfoSeek.Cli.Bench;

/// <summary>Timing of one indexing loop over the corpus.</summary>
/// <param name="Name">What was run.</param>
/// <param name="Seconds">Wall-clock time, from opening the source to the committed index.</param>
/// <param name="MegabytesPerSecond">Text bytes (see <see cref="IngestBenchmarkResult.TextBytes"/>) per second, in 10^6 bytes.</param>
public sealed record LoopTiming(string Name, double Seconds, double MegabytesPerSecond, double PagesPerSecond);

/// <summary>Results of <see cref="IngestBenchmark.Run"/>.</summary>
/// <param name="BytesMeasure">What the MB/s figures count.</param>
/// <param name="TextBytes">UTF-8 bytes of title + plain text of every non-redirect page, as the reader yields them.</param>
/// <param name="FileBytes">Size of the corpus file on disk (compressed for .gz / .bz2).</param>
/// <param name="Ingest">The real ingestion: <see cref="CorpusIndexBuilder.Build"/>.</param>
/// <param name="Bare">The baseline: the same streaming read plus a plain Lucene <see cref="IndexWriter"/> loop (faster of a run before and one after the ingestion).</param>
/// <param name="Variants">Extra loops run with <c>profile</c>: the baseline with one ingestion feature added each.</param>
/// <param name="Ratio">Ingest MB/s ÷ bare MB/s.</param>
/// <param name="Redirects">Redirect records the reader yielded (kept for lookups, not indexed as pages).</param>
/// <param name="IndexBytes">Size on disk of the built index directory (Lucene, link table, report).</param>
/// <param name="IngestPeakRssBytes">Peak resident set size of the process during the ingestion alone when <paramref name="PeakRssOfIngestOnly"/>, else over the run so far.</param>
public sealed record IngestBenchmarkResult(
    string Corpus,
    string BytesMeasure,
    long Pages,
    long Redirects,
    long TextBytes,
    long FileBytes,
    double ReadOnlySeconds,
    long IndexBytes,
    long IngestPeakRssBytes,
    bool PeakRssOfIngestOnly,
    LoopTiming Ingest,
    LoopTiming Bare,
    IReadOnlyList<LoopTiming> Variants,
    double Ratio,
    int Queries,
    int WarmupQueries,
    double SearchP50Ms,
    double SearchP90Ms,
    double SearchP99Ms,
    double SearchMeanMs,
    double SearchMaxMs)
{
    public const double RatioTarget = 0.5;
    public const double SearchP50TargetMs = 1.0;

    public bool RatioMet => Ratio >= RatioTarget;

    public bool SearchMet => SearchP50Ms < SearchP50TargetMs;

    public double IngestMillisecondsPerPage => Ingest.Seconds * 1000 / Math.Max(1, Pages);

    public double IndexBytesPerPage => (double)IndexBytes / Math.Max(1, Pages);
}

/// <summary>
/// Measures ingestion against a bare Lucene.Net loop over the same pages, and search latency on the built index.
/// Both loops stream the corpus through the same <see cref="IPageSource"/> (so reading, decompression and link
/// parsing are included identically in both) and divide the same byte count by their own wall-clock time.
/// </summary>
public static class IngestBenchmark
{
    public const string BytesMeasure = "uncompressed UTF-8 bytes of page title + plain text (non-redirect pages), the same count for every loop";

    private const int Seed = 20240611;

    /// <param name="corpusPath">The corpus to read.</param>
    /// <param name="workDir">Scratch folder for the indexes (created, and emptied afterwards).</param>
    /// <param name="queries">Timed search queries.</param>
    /// <param name="profile">Also run the bare loop with each ingestion feature added, to show where the time goes.</param>
    public static IngestBenchmarkResult Run(
        string corpusPath,
        string workDir,
        int queries = 1000,
        string? format = null,
        bool profile = false,
        Action<string>? log = null,
        CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(queries);
        PageSources.EnsureExists(corpusPath);
        Directory.CreateDirectory(workDir);
        try
        {
            // Untimed first pass: counts the bytes, and warms the OS file cache and the reader's code for both loops alike.
            log?.Invoke("read-only pass (untimed warm-up, counts bytes) ...");
            var read = Stopwatch.StartNew();
            long pages = 0, redirects = 0, textBytes = 0;
            foreach (var page in PageSources.Open(corpusPath, format).Read(ct))
            {
                redirects += page.RedirectTo is null ? 0 : 1;
                if (page.RedirectTo is null)
                {
                    pages++;
                    textBytes += Encoding.UTF8.GetByteCount(page.Title) + Encoding.UTF8.GetByteCount(page.Text);
                }
            }

            var readSeconds = read.Elapsed.TotalSeconds;
            LoopTiming Timing(string name, double seconds) => new(name, seconds, textBytes / 1e6 / seconds, pages / seconds);

            log?.Invoke("bare Lucene.Net loop ...");
            var bare = Timing("bare Lucene.Net loop", BareLoop(corpusPath, format, Path.Combine(workDir, "bare"), BareOptions.None, ct));

            log?.Invoke("ingestion (CorpusIndexBuilder.Build) ...");
            var indexDir = Path.Combine(workDir, "index");
            GC.Collect();
            var peakOfIngestOnly = PeakMemory.TryReset();
            var clock = Stopwatch.StartNew();
            CorpusIndexBuilder.Build(corpusPath, indexDir, format, progress: null, ct);
            var ingest = Timing("ingest (CorpusIndexBuilder.Build)", clock.Elapsed.TotalSeconds);
            var ingestPeakRss = PeakMemory.PeakBytes();
            var indexBytes = new DirectoryInfo(indexDir).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

            // The baseline runs again after the ingestion and its faster run counts: the first run pays for
            // JIT and cache warm-up that the ingestion then profits from, which would flatter the ratio.
            log?.Invoke("bare Lucene.Net loop, second run ...");
            var bareAgain = BareLoop(corpusPath, format, Path.Combine(workDir, "bare-2"), BareOptions.None, ct);
            CorpusIndexBuilder.TryDeleteDirectory(Path.Combine(workDir, "bare-2"));
            if (bareAgain < bare.Seconds)
            {
                bare = Timing("bare Lucene.Net loop", bareAgain);
            }

            var variants = new List<LoopTiming>();
            if (profile)
            {
                foreach (var (name, options) in new (string, BareOptions)[]
                {
                    ("bare + stored text/title/id/links", BareOptions.StoredFields),
                    ("bare + ordinal fields", BareOptions.OrdinalFields),
                    ("bare + ForceMerge(1)", BareOptions.ForceMerge),
                    ("bare + all of the above", BareOptions.StoredFields | BareOptions.OrdinalFields | BareOptions.ForceMerge),
                })
                {
                    log?.Invoke($"{name} ...");
                    var dir = Path.Combine(workDir, $"variant-{(int)options}");
                    variants.Add(Timing(name, BareLoop(corpusPath, format, dir, options, ct)));
                    CorpusIndexBuilder.TryDeleteDirectory(dir);
                }
            }

            log?.Invoke($"search: {queries} queries ...");
            var (latencies, warmup) = MeasureSearch(indexDir, queries);
            return new IngestBenchmarkResult(
                Corpus: Path.GetFullPath(corpusPath),
                BytesMeasure: BytesMeasure,
                Pages: pages,
                Redirects: redirects,
                TextBytes: textBytes,
                FileBytes: Directory.Exists(corpusPath) ? 0 : new FileInfo(corpusPath).Length,
                ReadOnlySeconds: readSeconds,
                IndexBytes: indexBytes,
                IngestPeakRssBytes: ingestPeakRss,
                PeakRssOfIngestOnly: peakOfIngestOnly,
                Ingest: ingest,
                Bare: bare,
                Variants: variants,
                Ratio: ingest.MegabytesPerSecond / bare.MegabytesPerSecond,
                Queries: latencies.Length,
                WarmupQueries: warmup,
                SearchP50Ms: Percentile(latencies, 0.50),
                SearchP90Ms: Percentile(latencies, 0.90),
                SearchP99Ms: Percentile(latencies, 0.99),
                SearchMeanMs: latencies.Length == 0 ? 0 : latencies.Average(),
                SearchMaxMs: latencies.Length == 0 ? 0 : latencies.Max());
        }
        finally
        {
            CorpusIndexBuilder.TryDeleteDirectory(workDir);
        }
    }

    [Flags]
    private enum BareOptions
    {
        None = 0,
        StoredFields = 1,
        OrdinalFields = 2,
        ForceMerge = 4,
    }

    /// <summary>
    /// The baseline: stream the same source, add each page's title and text (indexed exactly as the real index
    /// indexes them: same analyzer, similarity, index options and RAM buffer; nothing stored) and commit.
    /// Returns the elapsed seconds.
    /// </summary>
    private static double BareLoop(string corpusPath, string? format, string dir, BareOptions options, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var textType = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS };
        textType.Freeze();
        using (var luceneDir = FSDirectory.Open(dir))
        using (var analyzer = LuceneSchema.CreateAnalyzer())
        {
            var config = new IndexWriterConfig(LuceneSchema.Version, analyzer)
            {
                OpenMode = OpenMode.CREATE,
                Similarity = LuceneSchema.CreateSimilarity(),
                RAMBufferSizeMB = 128,
            };
            using var writer = new IndexWriter(luceneDir, config);
            var ordinal = 0;
            foreach (var page in PageSources.Open(corpusPath, format).Read(ct))
            {
                if (page.RedirectTo is not null)
                {
                    continue;
                }

                var stored = (options & BareOptions.StoredFields) != 0;
                var doc = new Document
                {
                    new TextField(LuceneSchema.Title, page.Title, stored ? Field.Store.YES : Field.Store.NO),
                    new Field(LuceneSchema.Text, page.Text, stored ? LuceneSchema.TextType : textType),
                };
                if (stored)
                {
                    doc.Add(new StringField(LuceneSchema.Id, page.Id, Field.Store.YES));
                    doc.Add(new StoredField(LuceneSchema.Links, StoredFieldCodec.EncodeLinks(page.Links)));
                }

                if ((options & BareOptions.OrdinalFields) != 0)
                {
                    doc.Add(new Int32Field(LuceneSchema.Ordinal, ordinal, Field.Store.YES));
                    doc.Add(new NumericDocValuesField(LuceneSchema.Ordinal, ordinal));
                }

                writer.AddDocument(doc);
                ordinal++;
            }

            if ((options & BareOptions.ForceMerge) != 0)
            {
                writer.ForceMerge(1);
            }

            writer.Commit();
        }

        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// Queries drawn with a fixed seed: alternately a page title, and a title word plus two to four words of the
    /// page's lead sentence. All are run once untimed (warm-up), then timed one by one.
    /// </summary>
    private static (double[] Latencies, int Warmup) MeasureSearch(string indexDir, int count)
    {
        using var index = CorpusIndex.Open(indexDir);
        var queries = DrawQueries(index, count);
        foreach (var q in queries)
        {
            index.Search(q, 10);
        }

        var latencies = new double[queries.Count];
        for (var i = 0; i < queries.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            index.Search(queries[i], 10);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        return (latencies, queries.Count);
    }

    /// <summary>The deterministic query set used by the benchmark (exposed for tests).</summary>
    public static IReadOnlyList<string> DrawQueries(CorpusIndex index, int count)
    {
        var random = new Random(Seed);
        var queries = new List<string>(count);
        if (index.PageCount == 0)
        {
            return queries;
        }

        while (queries.Count < count)
        {
            var ordinal = random.Next(index.PageCount);
            var title = index.GetTitle(ordinal);
            if (queries.Count % 2 == 0)
            {
                queries.Add(title);
                continue;
            }

            var text = index.GetPage(ordinal).Text;
            var sentences = SentenceSplitter.Split(text);
            var words = (sentences.Count == 0 ? "" : text.Substring(sentences[0].Start, sentences[0].Length))
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.Trim('.', ',', ';', ':', '(', ')', '"'))
                .Where(w => w.Length > 3)
                .ToList();
            var titleWords = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var parts = new List<string> { titleWords[random.Next(titleWords.Length)] };
            var take = random.Next(2, 5);
            for (var i = 0; i < take && words.Count > 0; i++)
            {
                parts.Add(words[random.Next(words.Count)]);
            }

            queries.Add(string.Join(' ', parts));
        }

        return queries;
    }

    private static double Percentile(double[] values, double p)
    {
        if (values.Length == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
