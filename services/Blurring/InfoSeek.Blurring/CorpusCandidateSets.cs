using InfoSeek.Contracts;
using InfoSeek.CorpusApi;
using InfoSeek.Domain.Certificates;
using InfoSeek.Domain.Claims;

namespace InfoSeek.Blurring;

/// <summary>The candidate sets of a run's corpus, asked of the corpus API (over HTTP, or in process).</summary>
/// <param name="corpus">The corpus's name; null for the Browser's default corpus.</param>
public sealed class CorpusCandidateSets(ICorpusApi api, string? corpus) : ICandidateSets
{
    public async Task<IReadOnlyList<SatisfyingPages>> OfAsync(string subject, IReadOnlyList<ClaimCandidate> claims, CancellationToken ct)
    {
        var response = await new RunCorpus(api, corpus).CandidateSetsAsync(subject, claims, ct);
        return response.Sets.Select(s => new SatisfyingPages(s.Count, s.Members, s.ContainsSubject, s.Exact)).ToList();
    }
}
