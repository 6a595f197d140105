using InfoSeek.Contracts;
using InfoSeek.Domain.Agents;
using InfoSeek.Llm;
using InfoSeek.Llm.Roles;

namespace InfoSeek.Browser.Agents;

/// <summary>
/// The Browser's model back end for a page's claims (prompt browser.claims.v1): the model's attribute
/// claims, each quoting its evidence verbatim from the page (checked, with one corrective retry); a model
/// that fails throws <see cref="LlmException"/> with the reason.
/// </summary>
public sealed class ModelPageClaimMiner(CorpusCatalog catalog, AttributeMiner miner) : IPageClaimMiner
{
    /// <summary>Attribute claims asked of the model per page.</summary>
    public const int ModelClaims = 5;

    public async Task<IReadOnlyList<ClaimCandidate>> ExtraClaimsAsync(BrowsePage command, PageBrowsed browsed, CancellationToken ct)
    {
        var page = catalog.Queries(command.Corpus).GetPage(browsed.Title)
            ?? throw new InvalidOperationException($"Page '{browsed.Title}' was browsed but cannot be read back.");
        using var scope = LlmCallScope.ForTree(command.TreeId);
        return await miner.MineAsync(command.RunId, page.Title, page.Text, ModelClaims, ct);
    }
}
