using InfoSeek.Contracts;

namespace InfoSeek.Domain.Agents;

/// <summary>
/// The Browser role's decision where a model may stand in: the claims added to those the rules mined
/// from a browsed page.
/// </summary>
public interface IPageClaimMiner
{
    /// <returns>Claims to add to <paramref name="browsed"/>'s claims, each quoting its evidence from the page.</returns>
    /// <exception cref="AgentFailedException">The back end failed; the browse fails with its message.</exception>
    Task<IReadOnlyList<ClaimCandidate>> ExtraClaimsAsync(BrowsePage command, PageBrowsed browsed, CancellationToken ct);
}

/// <summary>The rules' back end: the rules' claims are all the claims.</summary>
public sealed class RulePageClaimMiner : IPageClaimMiner
{
    public static readonly RulePageClaimMiner Instance = new();

    private RulePageClaimMiner()
    {
    }

    public Task<IReadOnlyList<ClaimCandidate>> ExtraClaimsAsync(BrowsePage command, PageBrowsed browsed, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<ClaimCandidate>>([]);
}
