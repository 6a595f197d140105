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

    public Task<CandidateSetsResponse> CandidateSetsAsync(string subject, IReadOnlyList<ClaimCandidate> claims, CancellationToken ct) =>
        api.CandidateSetsAsync(new CandidateSetsRequest(subject, claims, Corpus: name), ct);
}
