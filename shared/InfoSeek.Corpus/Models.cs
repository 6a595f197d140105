namespace InfoSeek.Corpus;

/// <summary>A wiki link inside a page.</summary>
/// <param name="Target">Normalised title of the linked page (see <see cref="TitleNormalizer"/>).</param>
/// <param name="Anchor">The visible anchor text, equal to <c>Text.Substring(Start, Length)</c>.</param>
/// <param name="Start">Offset of the anchor in the page's plain text.</param>
/// <param name="Length">Length of the anchor in the page's plain text.</param>
public sealed record PageLink(string Target, string Anchor, int Start, int Length)
{
    /// <summary>
    /// False for a page-level link: the source lists it, but it has no place in the text (no anchor), so it counts
    /// in the link graph and gives no sentence a relation.
    /// </summary>
    public bool IsPlaced => Length > 0;

    /// <summary>A link the source lists without a place in the text.</summary>
    public static PageLink PageLevel(string target) => new(target, "", 0, 0);
}

/// <summary>A page of an indexed corpus.</summary>
/// <param name="Ordinal">0-based position of the page in the corpus file (stable across builds).</param>
/// <param name="Id">The page id from the source (Wikipedia page id for WikiExtractor and dumps).</param>
/// <param name="Title">Display title (HTML entities decoded).</param>
/// <param name="Text">Plain text, link markup removed, anchors kept inline.</param>
/// <param name="Links">Links in text order; empty-target links are not included.</param>
/// <param name="Facts">Infobox key/values (empty for sources without infoboxes).</param>
public sealed record CorpusPage(
    int Ordinal,
    string Id,
    string Title,
    string Text,
    IReadOnlyList<PageLink> Links,
    IReadOnlyDictionary<string, string> Facts);

/// <summary>A page as read from a source, before indexing.</summary>
/// <param name="RedirectTo">Normalised target title when the page is a redirect; such pages carry no text.</param>
public sealed record RawPage(
    string Id,
    string Title,
    string Text,
    IReadOnlyList<PageLink> Links,
    IReadOnlyDictionary<string, string> Facts,
    string? RedirectTo)
{
    /// <summary>Links of this page whose target was empty (e.g. <c>href="#Section"</c>); they are dropped from <see cref="Links"/>.</summary>
    public int EmptyLinkTargets { get; init; }

    /// <summary>Links of <see cref="Links"/> that the source listed without a place in the text (page-level links).</summary>
    public int UnplacedLinks { get; init; }

    /// <summary>Distinct targets the source listed without positions, to be placed at their mentions (see <see cref="LinkPlacement"/>).</summary>
    public int ListedLinks { get; init; }

    /// <summary>1-based line of the record in its source, or 0 when the source has no meaningful lines.</summary>
    public long Line { get; init; }

    /// <summary>Offset of the record in the (uncompressed) source.</summary>
    public long ByteOffset { get; init; }
}

/// <summary>A problem with one record of a source that did not stop the read.</summary>
/// <param name="File">The source file (or archive entry) the record came from.</param>
/// <param name="Line">1-based line number, or 0 when the source has no meaningful lines.</param>
/// <param name="ByteOffset">Offset of the record in the (uncompressed) source.</param>
public sealed record IngestIssue(string File, long Line, long ByteOffset, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line} (byte {ByteOffset}): {Message}" : $"{File}: {Message}";
}

/// <param name="Bytes">Bytes of the source file consumed so far (compressed bytes for compressed files).</param>
/// <param name="TotalBytes">Size of the source file, or 0 when unknown.</param>
public sealed record IngestProgress(long Pages, long Bytes, long TotalBytes, TimeSpan Elapsed);

/// <summary>Outcome of an index build; also persisted as <c>report.json</c> in the index directory.</summary>
/// <param name="Pages">Pages indexed (redirects not included).</param>
/// <param name="Links">Link elements seen, including those with an empty target.</param>
/// <param name="InCorpusLinks">Link occurrences that resolve (directly or via a redirect) to another page of the corpus; self-links are not counted.</param>
/// <param name="EmptyLinkTargets">Links whose target normalised to nothing (e.g. same-page <c>#fragment</c> links).</param>
/// <param name="Redirects">Redirect records kept for title resolution.</param>
/// <param name="Rejected">Malformed records skipped.</param>
/// <param name="Issues">The first <see cref="IngestReport.MaxIssues"/> issues.</param>
/// <param name="Bytes">Size of the corpus file.</param>
/// <param name="UnplacedLinks">Links the source listed without a place in the text and no mention could be found for: page-level links.</param>
/// <param name="ListedLinks">Distinct targets listed without positions (a link table beside plain text); placed at their mentions where found.</param>
public sealed record IngestReport(
    long Pages,
    long Links,
    long InCorpusLinks,
    long EmptyLinkTargets,
    long Redirects,
    long Rejected,
    IReadOnlyList<IngestIssue> Issues,
    long Bytes,
    TimeSpan Elapsed,
    long UnplacedLinks = 0,
    long ListedLinks = 0)
{
    /// <summary>The share of listed links placed at one mention or more (1 when the source lists none).</summary>
    public double PlacedShare => ListedLinks == 0 ? 1 : 1 - (double)UnplacedLinks / ListedLinks;

    /// <summary>What the ingest found of the links: the share placed in the text, or that no page links inside the corpus.</summary>
    public string LinkSummary() =>
        InCorpusLinks == 0
            ? "No in-corpus links: no page links to another page of this corpus, so search works but no research tree can grow."
            : ListedLinks == 0 && UnplacedLinks == 0
                ? "Every link has its place in the text."
                : $"{ListedLinks - UnplacedLinks:N0} of {ListedLinks:N0} listed links placed at their mentions in the text ({PlacedShare:P1}); "
                    + $"{UnplacedLinks:N0} without a mention are page-level links (in the link graph, in no claim).";

    public const int MaxIssues = 100;
}

/// <summary>A search result.</summary>
public sealed record SearchHit(int Ordinal, string Title, float Score);

/// <summary>How <see cref="CorpusIndex.Search"/> ranks pages.</summary>
public enum SearchRanking
{
    /// <summary>English analysis with stemming, titles at half weight: the index's own ranking.</summary>
    Stemmed,

    /// <summary>Lucene's standard analysis without stemming, title and text with equal weight: a plain BM25 index.</summary>
    Plain,
}
