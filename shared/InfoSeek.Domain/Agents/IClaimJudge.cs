using InfoSeek.Contracts;

namespace InfoSeek.Domain.Agents;

/// <summary>A candidate claim for blurring and how many corpus pages satisfy it alone.</summary>
public sealed record ClaimOption(string Text, int Pages);

/// <summary>
/// The Blurring role's decision where a model may stand in: the order in which the usable claims are
/// tried. The Blurrer's uniqueness, fuzziness and redundancy checks decide either way.
/// </summary>
public interface IClaimJudge
{
    /// <param name="command">The blur asked for (its run and tree).</param>
    /// <param name="fixedClaims">The claims the tree already fixes for the entity (its relations to its children).</param>
    /// <param name="maxClaims">How many claims may still be added.</param>
    /// <returns>Indexes into <paramref name="options"/> in the order to try them; null for the rules' greedy order.</returns>
    /// <exception cref="AgentFailedException">The back end failed; the blur fails with its message.</exception>
    Task<IReadOnlyList<int>?> RankAsync(
        BlurNode command, string entity, string? typeDescriptor, IReadOnlyList<string> fixedClaims, IReadOnlyList<ClaimOption> options, int maxClaims, CancellationToken ct);
}

/// <summary>The rules' back end: no order, the Blurrer adds the claim that shrinks the intersection most.</summary>
public sealed class RuleClaimJudge : IClaimJudge
{
    public static readonly RuleClaimJudge Instance = new();

    private RuleClaimJudge()
    {
    }

    public Task<IReadOnlyList<int>?> RankAsync(
        BlurNode command, string entity, string? typeDescriptor, IReadOnlyList<string> fixedClaims, IReadOnlyList<ClaimOption> options, int maxClaims, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<int>?>(null);
}
