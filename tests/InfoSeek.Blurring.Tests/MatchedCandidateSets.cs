using InfoSeek.Contracts;
using InfoSeek.Domain.Certificates;
using InfoSeek.Domain.Claims;

namespace InfoSeek.Blurring.Tests;

/// <summary>Candidate sets straight from the satisfies matcher on an open corpus, in process, without the corpus API.</summary>
/// <param name="maxMembers">How many member titles each set keeps.</param>
internal sealed class MatchedCandidateSets(ClaimMatcher matcher, int maxMembers) : ICandidateSets
{
    public Task<IReadOnlyList<SatisfyingPages>> OfAsync(string subject, IReadOnlyList<ClaimCandidate> claims, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<SatisfyingPages>>(claims.Select(c => matcher.Candidates(subject, c, maxMembers)).ToList());
}
