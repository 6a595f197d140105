using InfoSeek.CorpusApi;
using Refit;

namespace InfoSeek.Cli.Bench;

/// <summary>The corpus API with every query counted: searches by ranking, candidate-set requests and the claims in them.</summary>
public sealed class CountingCorpusApi(ICorpusApi inner) : ICorpusApi
{
    private long searches;
    private long plainSearches;
    private long candidateSetRequests;
    private long candidateSets;
    private long pages;

    public long Searches => Interlocked.Read(ref searches);

    /// <summary>Of <see cref="Searches"/>, those of the plain BM25 ranking.</summary>
    public long PlainSearches => Interlocked.Read(ref plainSearches);

    public long CandidateSetRequests => Interlocked.Read(ref candidateSetRequests);

    /// <summary>Candidate sets computed: one per claim of every request.</summary>
    public long CandidateSets => Interlocked.Read(ref candidateSets);

    public long Pages => Interlocked.Read(ref pages);

    public Task<CorporaResponse> CorporaAsync(CancellationToken ct) => inner.CorporaAsync(ct);

    public Task<IApiResponse<PageDto>> GetPageAsync(string title, string? corpus, CancellationToken ct)
    {
        Interlocked.Increment(ref pages);
        return inner.GetPageAsync(title, corpus, ct);
    }

    public Task<SearchResponse> SearchAsync(string query, int k, string? corpus, string? ranking, CancellationToken ct)
    {
        Interlocked.Increment(ref searches);
        if (ranking == "plain")
        {
            Interlocked.Increment(ref plainSearches);
        }

        return inner.SearchAsync(query, k, corpus, ranking, ct);
    }

    public Task<CandidateSetsResponse> CandidateSetsAsync(CandidateSetsRequest request, CancellationToken ct)
    {
        Interlocked.Increment(ref candidateSetRequests);
        Interlocked.Add(ref candidateSets, request.Claims.Count);
        return inner.CandidateSetsAsync(request, ct);
    }
}
