using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace InfoSeek.Corpus;

/// <summary>Field names and settings shared by the index builder and the reader.</summary>
internal static class LuceneSchema
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
    public const string FolderName = "lucene";

    public const string Ordinal = "ord";
    public const string Id = "id";
    public const string Title = "title";
    public const string Text = "text";
    public const string Links = "links";
    public const string Facts = "facts";

    /// <summary>Title and text analysed as Lucene's defaults do (<see cref="SearchRanking.Plain"/>): indexed, not stored.</summary>
    public const string PlainTitle = "title_plain";
    public const string PlainText = "text_plain";

    /// <summary>
    /// Searchable body text. Search builds term queries only (no phrases), so positions are not indexed:
    /// that keeps the index smaller and faster to build. Norms stay on: BM25 needs the field lengths.
    /// </summary>
    public static readonly FieldType TextType = CreateTextType(stored: true);

    /// <summary>The plain fields: searchable only, the text is stored once in <see cref="Text"/>.</summary>
    public static readonly FieldType PlainTextType = CreateTextType(stored: false);

    /// <summary>English stop words, possessives and Porter stemming; used for both indexing and queries.</summary>
    public static Analyzer CreateAnalyzer() => new EnglishAnalyzer(Version);

    /// <summary>Lucene's default analysis, without stemming: the plain fields and their queries.</summary>
    public static Analyzer CreatePlainAnalyzer() => new StandardAnalyzer(Version);

    /// <summary>The analyser an index is written with: English for every field but the plain ones.</summary>
    public static Analyzer CreateIndexAnalyzer() => new PerFieldAnalyzerWrapper(
        CreateAnalyzer(), new Dictionary<string, Analyzer> { [PlainTitle] = CreatePlainAnalyzer(), [PlainText] = CreatePlainAnalyzer() });

    public static Similarity CreateSimilarity() => new BM25Similarity();

    private static FieldType CreateTextType(bool stored)
    {
        var type = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS };
        type.Freeze();
        return type;
    }
}
