using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace InfoSeek.Corpus;

/// <summary>
/// A second retriever over the same pages, built the way a user would build one with Lucene's defaults:
/// the standard analyser (no stemming), title and text as two fields with equal weight, the classic query
/// parser with OR, default BM25. It shares nothing with <see cref="CorpusIndex.Search"/> (English
/// analyser, boosted titles, term queries), so a question that only one of them fails to give away is
/// caught by measuring with the other.
/// </summary>
public sealed class PlainBm25Index : IDisposable
{
    private const string Title = "title";
    private const string Text = "text";
    private readonly RAMDirectory directory = new();
    private readonly StandardAnalyzer analyzer = new(LuceneSchema.Version);
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;

    public PlainBm25Index(IEnumerable<(string Title, string Text)> pages)
    {
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneSchema.Version, analyzer) { Similarity = new Lucene.Net.Search.Similarities.BM25Similarity() }))
        {
            foreach (var (title, text) in pages)
            {
                writer.AddDocument([new TextField(Title, title, Field.Store.YES), new TextField(Text, text, Field.Store.NO)]);
            }

            writer.Commit();
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new Lucene.Net.Search.Similarities.BM25Similarity() };
    }

    /// <summary>Every page of a built corpus index, in ordinal order.</summary>
    public static PlainBm25Index Of(CorpusIndex index) =>
        new(Enumerable.Range(0, index.PageCount).Select(i => index.GetPage(i)).Select(p => (p.Title, p.Text)));

    /// <summary>The titles of the top <paramref name="k"/> pages for a free-text query (query syntax is escaped).</summary>
    public IReadOnlyList<string> Search(string query, int k)
    {
        var escaped = QueryParserBase.Escape(query).Trim();
        if (escaped.Length == 0)
        {
            return [];
        }

        var parser = new MultiFieldQueryParser(LuceneSchema.Version, [Title, Text], analyzer);
        Query parsed;
        try
        {
            parsed = parser.Parse(escaped);
        }
        catch (ParseException)
        {
            return [];
        }

        return searcher.Search(parsed, k).ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(Title)).ToList();
    }

    public void Dispose()
    {
        reader.Dispose();
        analyzer.Dispose();
        directory.Dispose();
    }
}
