using InfoSeek.Contracts;
using InfoSeek.Domain.Agents;

namespace InfoSeek.Browser;

/// <summary>
/// Reads the page in the run's corpus and mines its claims: PageBrowsed, or BrowseFailed when there is no
/// such page (or no such corpus). The run's Browser back end (<see cref="IPageClaimMiner"/>) may add claims
/// to the rules' claims, kept only where their evidence is a sentence about the page's entity by the miner's
/// subject rules; a back end that fails ends the browse as BrowseFailed with the reason.
/// </summary>
public sealed class BrowsePageHandler(CorpusCatalog catalog, AgentChoice<IPageClaimMiner> miners)
{
    public async Task<ITreeMessage> BrowseAsync(BrowsePage command, CancellationToken ct)
    {
        if (catalog.Unknown(command.Corpus) is { } unknown)
        {
            return new BrowseFailed(command.RunId, command.TreeId, command.Step, command.VertexId, command.Title, unknown);
        }

        var result = catalog.Browsing(command.Corpus).Browse(command);
        if (result is not PageBrowsed browsed)
        {
            return result;
        }

        try
        {
            var proposed = await miners.For(command.Backends).ExtraClaimsAsync(command, browsed, ct);
            var extra = catalog.Browsing(command.Corpus).AboutEntity(browsed.Title, proposed);
            var known = browsed.Claims.Select(c => c.Text).ToHashSet(StringComparer.Ordinal);
            return extra.Count == 0 ? browsed : browsed with { Claims = [.. browsed.Claims, .. extra.Where(c => known.Add(c.Text))] };
        }
        catch (AgentFailedException e)
        {
            return new BrowseFailed(command.RunId, command.TreeId, command.Step, command.VertexId, command.Title, e.Message);
        }
    }
}
