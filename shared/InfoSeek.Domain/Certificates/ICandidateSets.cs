using InfoSeek.Contracts;
using InfoSeek.Domain.Claims;

namespace InfoSeek.Domain.Certificates;

/// <summary>The candidate sets S(c) of one corpus, as the <see cref="Blurrer"/> asks for them.</summary>
public interface ICandidateSets
{
    /// <summary>S(c) for each claim, taken with <paramref name="subject"/> as the page whose claims they are.</summary>
    /// <returns>One set per claim, in the order of <paramref name="claims"/>.</returns>
    Task<IReadOnlyList<SatisfyingPages>> OfAsync(string subject, IReadOnlyList<ClaimCandidate> claims, CancellationToken ct);
}
