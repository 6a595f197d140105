using InfoSeek.Contracts;
using InfoSeek.Llm;
using InfoSeek.Llm.Roles;
using MassTransit;

namespace InfoSeek.Browser.Consumers;

/// <summary>
/// Reads the page in the run's corpus and mines its claims; answers PageBrowsed, or BrowseFailed when
/// there is no such page (or no such corpus).
/// For a run with the Browser on the model, the model's attribute claims are added to the rules' claims;
/// each quotes its evidence verbatim from the page (checked, with one corrective retry), and a model that
/// fails ends the browse as BrowseFailed with the reason.
/// </summary>
/// <param name="miner">The model back end; absent where the host did not add InfoSeek.Llm.</param>
public sealed class BrowsePageConsumer(CorpusCatalog catalog, AttributeMiner? miner = null) : IConsumer<BrowsePage>
{
    /// <summary>Attribute claims asked of the model per page.</summary>
    public const int ModelClaims = 5;

    public async Task Consume(ConsumeContext<BrowsePage> context)
    {
        var command = context.Message;
        if (catalog.Unknown(command.Corpus) is { } unknown)
        {
            await context.Publish(new BrowseFailed(command.RunId, command.TreeId, command.Step, command.VertexId, command.Title, unknown), context.CancellationToken);
            return;
        }

        var queries = catalog.Queries(command.Corpus);
        var result = queries.Browse(command);
        if (result is PageBrowsed browsed && command.Backends?.Browser == AgentBackend.Llm)
        {
            result = await WithModelClaimsAsync(queries, command, browsed, context.CancellationToken);
        }

        await context.Publish(result, result.GetType(), context.CancellationToken);
    }

    private async Task<ITreeMessage> WithModelClaimsAsync(CorpusQueries queries, BrowsePage command, PageBrowsed browsed, CancellationToken ct)
    {
        var page = queries.GetPage(browsed.Title) ?? throw new InvalidOperationException($"Page '{browsed.Title}' was browsed but cannot be read back.");
        try
        {
            using var scope = LlmCallScope.ForTree(command.TreeId);
            var mined = await (miner ?? throw new LlmException(LlmRole.Browser, LlmOutcome.NotConfigured, LlmClients.NotConfiguredMessage(LlmRole.Browser))).MineAsync(command.RunId, page.Title, page.Text, ModelClaims, ct);
            var known = browsed.Claims.Select(c => c.Text).ToHashSet(StringComparer.Ordinal);
            return browsed with { Claims = [.. browsed.Claims, .. mined.Where(c => known.Add(c.Text))] };
        }
        catch (LlmException e)
        {
            return new BrowseFailed(command.RunId, command.TreeId, command.Step, command.VertexId, command.Title, e.Message);
        }
    }
}
