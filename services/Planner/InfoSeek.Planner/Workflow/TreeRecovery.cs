using InfoSeek.Contracts;
using InfoSeek.Domain;
using InfoSeek.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InfoSeek.Planner;

/// <summary>What a replay of a failed tree's command came to.</summary>
public abstract record ReplayOutcome
{
    public sealed record NoRun : ReplayOutcome;

    public sealed record NoTree : ReplayOutcome;

    public sealed record NotReplayable(string Why) : ReplayOutcome;

    /// <summary>The tree runs again; <paramref name="Command"/> is to be published now that the change has committed.</summary>
    public sealed record Replayed(int TreeNo, ITreeMessage Command) : ReplayOutcome;
}

/// <summary>
/// Trees that lost their way: a pending command without a reply is sent again after <see cref="PlannerOptions.StallAfter"/>,
/// and after <see cref="PlannerOptions.StallResends"/> re-sends the tree fails; a failed tree that kept its command is
/// replayed on request. Each change commits before its message is published, like the workflow's.
/// </summary>
public sealed class TreeRecovery(StateStore store, IOptions<PlannerOptions> options, ILogger<TreeRecovery> log)
{
    /// <summary>The commands to send again for every tree that has waited longer than the bound at <paramref name="now"/>.</summary>
    public async Task<IReadOnlyList<object>> ResendStalledAsync(DateTime now, CancellationToken ct)
    {
        var settings = options.Value;
        var outbox = new List<object>();
        foreach (var stalled in await store.StalledTreesAsync(now - settings.StallAfter, ct))
        {
            try
            {
                outbox.AddRange(await ResendAsync(stalled, settings.StallResends, ct));
            }
            catch (ConcurrencyConflictException)
            {
                // A reply (or another Planner) changed the tree meanwhile: it is not stalled.
            }
        }

        return outbox;
    }

    private async Task<IReadOnlyList<object>> ResendAsync(StalledTree stalled, int resends, CancellationToken ct)
    {
        await using var tx = await store.BeginAsync(ct);
        if (await tx.LoadTreeAsync(stalled.TreeId) is not { IsEnded: false, Pending: { } pending } tree
            || tree.Version != stalled.Version
            || (options.Value.OnlyRun is { } only && tree.RunId != only)
            || await tx.FindRunAsync(tree.RunId) is not { Status: RunStatus.Running } run)
        {
            return [];
        }

        var outbox = new List<object>();
        var command = PendingCommands.Name(pending.MessageType);
        if (tree.PendingResends >= resends)
        {
            tree.Status = TreeStatus.Failed;
            tree.FailureReason = $"no reply to {command} after {tree.PendingResends + 1} attempts";
            await RunCoordinator.OnTreeEndedAsync(tx, run, tree, outbox);
            log.LogWarning("Tree {TreeNo} of run {RunId} failed: {Reason}", tree.TreeNo, tree.RunId, tree.FailureReason);
        }
        else
        {
            tree.PendingResends++;
            outbox.Add(PendingCommands.Message(tree.TreeId, pending));
            log.LogWarning("Tree {TreeNo} of run {RunId}: no reply to {Command}, sent again ({Resend} of {Resends})", tree.TreeNo, tree.RunId, command, tree.PendingResends, resends);
        }

        await tx.SaveTreeAsync(tree);
        await tx.CommitAsync(ct);
        return outbox;
    }

    /// <summary>
    /// Sets a failed tree that kept its command running again and returns the command to publish; a run that had
    /// ended runs again until the tree ends.
    /// </summary>
    public async Task<ReplayOutcome> ReplayAsync(Guid runId, Guid treeId, CancellationToken ct)
    {
        await using var tx = await store.BeginAsync(ct);
        if (await tx.FindRunAsync(runId) is not { } run)
        {
            return new ReplayOutcome.NoRun();
        }

        if (await tx.LoadTreeAsync(treeId) is not { } tree || tree.RunId != runId)
        {
            return new ReplayOutcome.NoTree();
        }

        if (tree.Status != TreeStatus.Failed || tree.Pending is not { } pending)
        {
            return new ReplayOutcome.NotReplayable(tree.Status == TreeStatus.Failed
                ? $"Tree {tree.TreeNo} failed by the Planner's own rules ({tree.FailureReason}), not for want of a reply: there is no command to replay."
                : $"Tree {tree.TreeNo} is {tree.Status}, not Failed: only a failed tree can be replayed.");
        }

        tree.Status = PendingCommands.WaitingStatus(pending);
        tree.FailureReason = null;
        tree.PendingResends = 0;
        await tx.SaveTreeAsync(tree);
        if (run.Status != RunStatus.Running)
        {
            await tx.UpdateRunAsync(run with { Status = RunStatus.Running });
        }

        await tx.CommitAsync(ct);
        log.LogInformation("Tree {TreeNo} of run {RunId}: {Command} replayed", tree.TreeNo, runId, PendingCommands.Name(pending.MessageType));
        return new ReplayOutcome.Replayed(tree.TreeNo, PendingCommands.Message(tree.TreeId, pending));
    }
}
