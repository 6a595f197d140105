using InfoSeek.Contracts;
using Refit;

namespace InfoSeek.CorpusApi;

/// <summary>One run's corpus: the Browser's corpus API with the run's corpus name filled in.</summary>
/// <param name="Name">The corpus name; null is the Browser's default corpus.</param>
public sealed class RunCorpus(ICorpusApi api, string? name)
{
    public string? Name => name;

    public Task<IApiResponse<PageDto>> GetPageAsync(string title, CancellationToken ct) => api.GetPageAsync(title, name, ct);

    public Task<SearchResponse> SearchAsync(string query, int k, CancellationToken ct) => api.SearchAsync(query, k, name, null, ct);

    /// <summary>The search of a plain BM25 index: Lucene's standard analysis, title and text with equal weight.</summary>
    public Task<SearchResponse> SearchPlainAsync(string query, int k, CancellationToken ct) => api.SearchAsync(query, k, name, "plain", ct);

    /// <summary>
    /// The two rankings every shortcut check asks, the index's own (stemmed) and a plain BM25 one, because
    /// retrievers disagree: on 100 questions that passed the stemmed ranking alone, the plain one put 15 % of
    /// the answers in its top five.
    /// </summary>
    public IReadOnlyList<(string Name, Func<string, int, CancellationToken, Task<SearchResponse>> Search)> Rankings =>
        [("stemmed", SearchAsync), ("plain", SearchPlainAsync)];

    /// <summary>
    /// The first ranking in which <paramref name="title"/> is the top hit for <paramref name="query"/>, or null:
    /// a claim whose search puts its page first gives that page away in one search.
    /// </summary>
    public async Task<string?> RankingWithTopHitAsync(string query, string title, CancellationToken ct)
    {
        foreach (var (ranking, search) in Rankings)
        {
            if ((await search(query, 1, ct)).Hits is [var top] && top.Title == title)
            {
                return ranking;
            }
        }

        return null;
    }

    /// <summary>The pages of the corpus that the evidence sentence links to, in the sentence's order.</summary>
    public async Task<IReadOnlyList<string>> LinkedFromAsync(Evidence evidence, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var page = await GetPageAsync(evidence.PageTitle, ct);
        return page.IsSuccessStatusCode && page.Content is { } content
            ? content.Links.Where(l => l.Start >= evidence.Start && l.Start + l.Length <= evidence.Start + evidence.Length)
                .Select(l => l.CorpusTitle).OfType<string>().Distinct(StringComparer.Ordinal).ToList()
            : [];
    }

    public Task<CandidateSetsResponse> CandidateSetsAsync(string subject, IReadOnlyList<ClaimCandidate> claims, CancellationToken ct) =>
        api.CandidateSetsAsync(new CandidateSetsRequest(subject, claims, Corpus: name), ct);
}
