using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
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

    /// <summary>
    /// Searchable body text. Search builds term queries only (no phrases), so positions are not indexed:
    /// that keeps the index smaller and faster to build. Norms stay on: BM25 needs the field lengths.
    /// </summary>
    public static readonly FieldType TextType = CreateTextType();

    /// <summary>English stop words, possessives and Porter stemming; used for both indexing and queries.</summary>
    public static Analyzer CreateAnalyzer() => new EnglishAnalyzer(Version);

    public static Similarity CreateSimilarity() => new BM25Similarity();

    private static FieldType CreateTextType()
    {
        var type = new FieldType(TextField.TYPE_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS };
        type.Freeze();
        return type;
    }
}
