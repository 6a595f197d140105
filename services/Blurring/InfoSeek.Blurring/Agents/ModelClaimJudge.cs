using InfoSeek.Contracts;
using InfoSeek.Domain.Agents;
using InfoSeek.Llm;
using InfoSeek.Llm.Roles;

namespace InfoSeek.Blurring.Agents;

/// <summary>
/// The Blurring role's model back end, a judge (prompt blurring.choose.v1) that ranks the usable claims;
/// a judge that fails throws <see cref="LlmException"/> with the reason.
/// </summary>
public sealed class ModelClaimJudge(ClaimChooser chooser) : IClaimJudge
{
    public async Task<IReadOnlyList<int>?> RankAsync(
        BlurNode command, string entity, string? typeDescriptor, IReadOnlyList<string> fixedClaims, IReadOnlyList<ClaimOption> options, int maxClaims, CancellationToken ct)
    {
        using var scope = LlmCallScope.ForTree(command.TreeId);
        return await chooser.ChooseAsync(command.RunId, entity, typeDescriptor, fixedClaims, options, maxClaims, ct);
    }
}
