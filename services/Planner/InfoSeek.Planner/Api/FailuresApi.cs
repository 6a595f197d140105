using MassTransit;
using InfoSeek.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace InfoSeek.Planner;

/// <summary>One failed tree in GET /api/runs/{runId}/failures.</summary>
/// <param name="Command">The command it failed on (BrowsePage, BlurNode, TreeCompleted) when it kept it; null when its failure was the Planner's own rule.</param>
/// <param name="Replayable">Whether POST .../failures/{treeId}/replay can send the command again.</param>
public sealed record FailureView(int TreeNo, Guid TreeId, string? Reason, string? Command, bool Replayable);

/// <summary>The answer to a replay: the tree runs again, waiting on the command that was sent again.</summary>
public sealed record ReplayAccepted(int TreeNo, Guid TreeId, string Command, string Location);

/// <summary>
/// Failed trees of a run and the replay of one: a tree whose command failed every retry (a poison message, now in
/// its endpoint's _error queue) or had no reply after every re-send keeps the command, and a replay sends it again.
/// </summary>
public static class FailuresApi
{
    public static RouteGroupBuilder MapFailuresApi(this RouteGroupBuilder runs)
    {
        runs.MapGet("/{runId}/failures", ListAsync).WithSummary("The run's failed trees with their reason and the command each can replay.");
        runs.MapPost("/{runId}/failures/{treeId}/replay", ReplayAsync)
            .WithSummary("Sends a failed tree's command again and sets the tree (and an ended run) running.");
        return runs;
    }

    private static async Task<Results<Ok<List<FailureView>>, ProblemHttpResult>> ListAsync(string runId, StateStore store, CancellationToken ct)
    {
        if (ParseId("runId", runId) is { } bad)
        {
            return bad;
        }

        var id = Guid.Parse(runId);
        if (await store.FindRunAsync(id, ct) is null)
        {
            return RunsApi.NoRun(id);
        }

        return TypedResults.Ok((await store.FailedTreesAsync(id, ct))
            .Select(f => new FailureView(f.TreeNo, f.TreeId, f.Reason, f.PendingType is { } type ? PendingCommands.Name(type) : null, f.PendingType is not null))
            .ToList());
    }

    private static async Task<Results<Accepted<ReplayAccepted>, ProblemHttpResult>> ReplayAsync(
        string runId, string treeId, TreeRecovery recovery, IPublishEndpoint publish, CancellationToken ct)
    {
        if ((ParseId("runId", runId) ?? ParseId("treeId", treeId)) is { } bad)
        {
            return bad;
        }

        var (run, tree) = (Guid.Parse(runId), Guid.Parse(treeId));
        switch (await recovery.ReplayAsync(run, tree, ct))
        {
            case ReplayOutcome.Replayed replayed:
                await publish.Publish(replayed.Command, replayed.Command.GetType(), ct);
                var location = $"/api/runs/{run}/trees/{replayed.TreeNo}";
                return TypedResults.Accepted(location, new ReplayAccepted(replayed.TreeNo, tree, replayed.Command.GetType().Name, location));
            case ReplayOutcome.NotReplayable notReplayable:
                return TypedResults.Problem(notReplayable.Why, statusCode: StatusCodes.Status409Conflict);
            case ReplayOutcome.NoTree:
                return TypedResults.Problem($"Run {run} has no tree {tree}.", statusCode: StatusCodes.Status404NotFound);
            default:
                return RunsApi.NoRun(run);
        }
    }

    private static ProblemHttpResult? ParseId(string name, string value) =>
        Guid.TryParse(value, out _)
            ? null
            : TypedResults.Problem($"{name} '{value}' is not a GUID (e.g. 0f8fad5b-d9cb-469f-a165-70867728950e).", statusCode: StatusCodes.Status400BadRequest);
}
