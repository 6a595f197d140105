using InfoSeek.Contracts;
using InfoSeek.Corpus;
using InfoSeek.CorpusApi;
using InfoSeek.Domain.Claims;
using InfoSeek.Domain.Trees;

namespace InfoSeek.Browser;

/// <summary>
/// The corpus queries of the HTTP endpoints and of the in-process <see cref="ICorpusApi"/>: pages,
/// search and candidate sets. Reading a page for a tree is <see cref="PageBrowsing"/>.
/// </summary>
public sealed class CorpusQueries(CorpusIndexProvider provider, ClaimMatcher matcher, CorpusCapacity capacity, BrowsedPages pages)
{
    public const int MaxSearchResults = 100;

    private CorpusIndex Index => provider.Index;

    public PageDto? GetPage(string title)
    {
        var page = Index.FindPage(title);
        return page is null ? null : ToDto(page);
    }

    /// <param name="ranking">"stemmed" (the default, when null) or "plain" (<see cref="SearchRanking"/>).</param>
    public SearchResponse Search(string query, int k, string? ranking = null)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            throw new ArgumentException("The search query 'q' is empty.", nameof(query));
        }

        if (k is < 1 or > MaxSearchResults)
        {
            throw new ArgumentException($"'k' must be between 1 and {MaxSearchResults} (was {k}).", nameof(k));
        }

        var order = ranking switch
        {
            null or "stemmed" => SearchRanking.Stemmed,
            "plain" => SearchRanking.Plain,
            _ => throw new ArgumentException($"'ranking' must be 'stemmed' or 'plain' (was '{ranking}').", nameof(ranking)),
        };
        return new SearchResponse(query, Index.Search(query, k, order).Select(h => new SearchHitDto(h.Title, h.Score)).ToList());
    }

    public CandidateSetsResponse CandidateSets(CandidateSetsRequest request)
    {
        if (request.Claims is null || request.Claims.Count == 0)
        {
            throw new ArgumentException("The request has no claims.", nameof(request));
        }

        return new CandidateSetsResponse(request.Claims
            .Select(c => matcher.Candidates(request.Subject, c, Math.Max(0, request.MaxMembers)))
            .Select(s => new CandidateSet(s.Count, s.Members, s.ContainsSubject, s.Exact))
            .ToList());
    }

    /// <summary>A page chosen by the seed among those with at least <paramref name="minLinks"/> distinct in-corpus links.</summary>
    public CorpusPage? RandomPage(int seed, int minLinks)
    {
        var eligible = capacity.PagesWithLinks(minLinks);
        return eligible.Length == 0 ? null : Index.GetPage(eligible[new Random(seed).Next(eligible.Length)]);
    }

    /// <summary>
    /// Reads every page as a tree reads it from the index folder, or works them out and stores them there (see
    /// <see cref="BrowsedPages.Prepare"/>): done ahead of a run, so that its first trees do not wait for it.
    /// </summary>
    /// <returns>Whether it was read rather than worked out.</returns>
    public bool PreparePages(IProgress<(int Done, int Total)>? progress = null, CancellationToken ct = default) => pages.Prepare(progress, ct);

    private PageDto ToDto(CorpusPage page) => new(
        page.Id,
        page.Title,
        page.Text,
        page.Links.Select(l => new PageLinkDto(l.Target, l.Anchor, l.Start, l.Length, Index.Resolve(l.Target))).ToList(),
        Index.InLinkCount(page.Ordinal));
}
