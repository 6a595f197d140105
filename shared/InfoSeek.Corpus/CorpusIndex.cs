using System.Collections.ObjectModel;
using System.Text.Json;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using FSDirectory = Lucene.Net.Store.FSDirectory;

namespace InfoSeek.Corpus;

/// <summary>
/// A built corpus index: pages by ordinal or title, BM25 search and the in-corpus link graph.
/// All members are safe to call from many threads at once.
/// </summary>
public sealed class CorpusIndex : IDisposable
{
    // A query is a bag of words; past this many distinct terms more words add noise, not precision.
    private const int MaxQueryTerms = 64;

    // Title matches count double: a page named after the query is usually what the caller means.
    private const float TitleBoost = 0.5f;

    private const int PageCacheSize = 256;

    private static readonly IReadOnlyDictionary<string, string> NoFacts = new Dictionary<string, string>();

    private readonly FSDirectory _luceneDir;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Analyzer _analyzer;
    private readonly Analyzer _plainAnalyzer;
    private readonly LinkTable _table;
    private readonly LruCache<int, CorpusPage> _pages = new(PageCacheSize);
    private volatile bool _disposed;

    private CorpusIndex(string directory, IngestReport report, LinkTable table, FSDirectory luceneDir, DirectoryReader reader)
    {
        IndexDirectory = directory;
        BuildReport = report;
        _table = table;
        _luceneDir = luceneDir;
        _reader = reader;
        _analyzer = LuceneSchema.CreateAnalyzer();
        _plainAnalyzer = LuceneSchema.CreatePlainAnalyzer();
        _searcher = new IndexSearcher(reader) { Similarity = LuceneSchema.CreateSimilarity() };
    }

    public string IndexDirectory { get; }

    /// <summary>The report of the build that produced this index.</summary>
    public IngestReport BuildReport { get; }

    public int PageCount => _table.PageCount;

    /// <summary>Opens an index built by <see cref="CorpusIndexBuilder"/> or <see cref="CorpusIndexCache"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    /// <exception cref="InvalidDataException">The directory is not a complete index of this format.</exception>
    public static CorpusIndex Open(string indexDir)
    {
        var dir = Path.GetFullPath(indexDir);
        if (!Directory.Exists(dir))
        {
            throw new DirectoryNotFoundException($"Corpus index not found: {dir}");
        }

        var reportPath = Path.Combine(dir, CorpusIndexBuilder.ReportFileName);
        if (!File.Exists(reportPath))
        {
            throw new InvalidDataException($"{dir} is not a complete corpus index ({CorpusIndexBuilder.ReportFileName} is missing); rebuild it.");
        }

        var report = JsonSerializer.Deserialize<IngestReport>(File.ReadAllText(reportPath))
            ?? throw new InvalidDataException($"{reportPath} is empty.");
        var table = LinkTable.Load(Path.Combine(dir, LinkTable.FileName));
        var luceneDir = FSDirectory.Open(Path.Combine(dir, LuceneSchema.FolderName));
        DirectoryReader? reader = null;
        try
        {
            reader = DirectoryReader.Open(luceneDir);
            VerifyOrdinals(dir, reader, table.PageCount);
            return new CorpusIndex(dir, report, table, luceneDir, reader);
        }
        catch
        {
            reader?.Dispose();
            luceneDir.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Everything here addresses pages by Lucene document number, so the index is only usable when document
    /// number == ordinal for every page. The builder guarantees it; this catches an index touched by anything else.
    /// </summary>
    private static void VerifyOrdinals(string dir, DirectoryReader reader, int pageCount)
    {
        if (reader.MaxDoc != pageCount || reader.HasDeletions)
        {
            throw new InvalidDataException($"{dir}: the Lucene index holds {reader.NumDocs} of {reader.MaxDoc} documents but the link table {pageCount} pages; rebuild it.");
        }

        var ordinals = MultiDocValues.GetNumericValues(reader, LuceneSchema.Ordinal)
            ?? throw new InvalidDataException($"{dir}: the Lucene index has no ordinal field; rebuild it.");
        for (var doc = 0; doc < pageCount; doc++)
        {
            if (ordinals.Get(doc) != doc)
            {
                throw new InvalidDataException($"{dir}: document {doc} holds ordinal {ordinals.Get(doc)}; rebuild the index.");
            }
        }
    }

    /// <summary>The display title of a page, without loading the page.</summary>
    public string GetTitle(int ordinal)
    {
        CheckOrdinal(ordinal);
        return _table.Titles[ordinal];
    }

    public CorpusPage GetPage(int ordinal)
    {
        CheckOrdinal(ordinal);
        if (_pages.TryGet(ordinal, out var cached))
        {
            return cached;
        }

        var doc = _reader.Document(ordinal);
        var text = doc.Get(LuceneSchema.Text);
        var links = doc.GetBinaryValue(LuceneSchema.Links);
        var facts = doc.GetBinaryValue(LuceneSchema.Facts);
        var page = new CorpusPage(
            ordinal,
            doc.Get(LuceneSchema.Id),
            doc.Get(LuceneSchema.Title),
            text,
            StoredFieldCodec.DecodeLinks(links.Bytes.AsSpan(links.Offset, links.Length), text),
            facts is null ? NoFacts : StoredFieldCodec.DecodeFacts(facts.Bytes.AsSpan(facts.Offset, facts.Length)));
        _pages.Add(ordinal, page);
        return page;
    }

    /// <summary>Finds a page by title as written anywhere (URL-quoted, underscores, lower-case first letter, redirect, other case).</summary>
    public CorpusPage? FindPage(string title) => FindOrdinal(title) is { } ordinal ? GetPage(ordinal) : null;

    /// <summary>The ordinal of the page a title resolves to (see <see cref="FindPage"/>), or null.</summary>
    public int? FindOrdinal(string title)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var ordinal = _table.ResolveTitle(title);
        return ordinal >= 0 ? ordinal : null;
    }

    /// <summary>The display title of the page a title resolves to, or null when it is not in the corpus.</summary>
    public string? Resolve(string title) => FindOrdinal(title) is { } ordinal ? _table.Titles[ordinal] : null;

    /// <summary>
    /// BM25 search over titles and texts. The query is free text: it is analysed like the index and every remaining
    /// word becomes an optional term, so no input is ever parsed as query syntax and none can throw. Results are
    /// ordered by score, then by ordinal. <see cref="SearchRanking.Stemmed"/> (the default) reads English stop words,
    /// possessives and stems, titles at half weight; <see cref="SearchRanking.Plain"/> reads words as Lucene's
    /// standard analyser does, title and text with equal weight: the ranking of an index built with Lucene's defaults.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(string query, int k, SearchRanking ranking = SearchRanking.Stemmed)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        if (k == 0 || string.IsNullOrWhiteSpace(query) || PageCount == 0)
        {
            return [];
        }

        var (title, text, boost, analyzer) = ranking == SearchRanking.Plain
            ? (LuceneSchema.PlainTitle, LuceneSchema.PlainText, 1f, _plainAnalyzer)
            : (LuceneSchema.Title, LuceneSchema.Text, TitleBoost, _analyzer);
        var terms = Terms(analyzer, text, query).Distinct(StringComparer.Ordinal).Take(MaxQueryTerms).ToList();
        if (terms.Count == 0)
        {
            return [];
        }

        var bq = new BooleanQuery();
        foreach (var term in terms)
        {
            bq.Add(new TermQuery(new Term(title, term)) { Boost = boost }, Occur.SHOULD);
            bq.Add(new TermQuery(new Term(text, term)), Occur.SHOULD);
        }

        // Document number == ordinal (checked at Open), and Lucene keeps the lower document on equal scores,
        // so ties, including at the cut-off, are already broken by ordinal.
        var top = _searcher.Search(bq, Math.Min(k, PageCount));
        var hits = new SearchHit[top.ScoreDocs.Length];
        for (var i = 0; i < hits.Length; i++)
        {
            var sd = top.ScoreDocs[i];
            hits[i] = new SearchHit(sd.Doc, _table.Titles[sd.Doc], sd.Score);
        }

        return hits;
    }

    /// <summary>
    /// The terms of a text as the index stores them (lower case, stop words out, Porter stems), in
    /// order and with repeats: the vocabulary in which claims and pages are compared.
    /// </summary>
    public IReadOnlyList<string> Terms(string text) => Terms(_analyzer, LuceneSchema.Text, text);

    /// <summary>
    /// Hands each term of the text, as <see cref="Terms"/> gives them, to <paramref name="visit"/> with the offset
    /// in the text where its word starts; the term is only valid during the call, so no string is made per term.
    /// </summary>
    public void VisitTerms(string text, Action<ReadOnlySpan<char>, int> visit)
    {
        using var stream = _analyzer.GetTokenStream(LuceneSchema.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            visit(term.Buffer.AsSpan(0, term.Length), offset.StartOffset);
        }

        stream.End();
    }

    private static List<string> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    /// <summary>
    /// Every page whose text holds all the given terms (as returned by <see cref="Terms"/>), unranked
    /// and unlimited, in ordinal order. No terms: every page.
    /// </summary>
    public IReadOnlyList<int> PagesContainingAll(IEnumerable<string> terms)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var query = new BooleanQuery();
        foreach (var t in terms.Distinct(StringComparer.Ordinal))
        {
            query.Add(new TermQuery(new Term(LuceneSchema.Text, t)), Occur.MUST);
        }

        if (query.Clauses.Count == 0)
        {
            return Enumerable.Range(0, PageCount).ToList();
        }

        var collector = new AllDocsCollector();
        _searcher.Search(query, collector);
        collector.Docs.Sort();
        return collector.Docs;
    }

    /// <summary>Collects every matching document number; ordinals equal document numbers.</summary>
    private sealed class AllDocsCollector : ICollector
    {
        private int _docBase;

        public List<int> Docs { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void Collect(int doc) => Docs.Add(_docBase + doc);

        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;
    }

    /// <summary>Distinct in-corpus pages this page links to (directly or via a redirect), in text order, without itself.</summary>
    public IReadOnlyList<int> OutLinksInCorpus(int ordinal)
    {
        CheckOrdinal(ordinal);
        return Slice(_table.OutTargets, _table.OutStart, ordinal);
    }

    /// <summary>Distinct pages of the corpus that link to this page, in ascending ordinal.</summary>
    public IReadOnlyList<int> InLinks(int ordinal)
    {
        CheckOrdinal(ordinal);
        return Slice(_table.InSources, _table.InStart, ordinal);
    }

    /// <summary>The number of distinct pages of the corpus that link to this page.</summary>
    public int InLinkCount(int ordinal)
    {
        CheckOrdinal(ordinal);
        return _table.InStart[ordinal + 1] - _table.InStart[ordinal];
    }

    private static ReadOnlyCollection<int> Slice(int[] values, int[] start, int ordinal) =>
        new(new ArraySegment<int>(values, start[ordinal], start[ordinal + 1] - start[ordinal]));

    private void CheckOrdinal(int ordinal)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentOutOfRangeException.ThrowIfNegative(ordinal);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(ordinal, PageCount);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _reader.Dispose();
        _luceneDir.Dispose();
        _analyzer.Dispose();
        _plainAnalyzer.Dispose();
    }
}
