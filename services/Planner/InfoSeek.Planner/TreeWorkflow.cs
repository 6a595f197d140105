using System.Text.Json;
using InfoSeek.Contracts;
using InfoSeek.Domain;
using InfoSeek.Hosting;
using InfoSeek.Storage;

namespace InfoSeek.Planner;

/// <summary>
/// Applies each event to the stored tree and decides what comes next. Every handler runs in one
/// transaction with the message's processed-row, and returns the messages to publish once that
/// transaction has committed: a redelivered message finds its row and changes nothing.
/// </summary>
public sealed class TreeWorkflow(StateStore store)
{
    public async Task<IReadOnlyList<object>> StartRunAsync(StartRun message, CancellationToken ct)
    {
        Validate(message);
        await using var tx = await store.BeginAsync(ct);
        if (!await tx.TryMarkProcessedAsync($"start-run:{message.RunId:N}") || await tx.FindRunAsync(message.RunId) is not null)
        {
            return [];
        }

        var run = new RunRecord(message.RunId, message.Name, message, RunStatus.Running, 0, 1);
        await tx.InsertRunAsync(run);
        var outbox = new List<object>();
        await RunCoordinator.StartTreesAsync(tx, run, Math.Min(message.Parallelism, message.Count), outbox);
        await tx.CommitAsync(ct);
        CountTrees(outbox, ended: null);
        return outbox;
    }

    public Task<IReadOnlyList<object>> OnPageBrowsedAsync(PageBrowsed m, CancellationToken ct) =>
        HandleAsync(m, "page-browsed", ct, (tree, run) =>
        {
            var vertex = tree.Vertex(m.VertexId);
            vertex.Entity = m.Title;
            vertex.TypeDescriptor = m.TypeDescriptor;
            vertex.Candidates = m.Claims;
            vertex.Browsed = true;
            return TreePolicy.Next(tree, run.Request);
        });

    public Task<IReadOnlyList<object>> OnBrowseFailedAsync(BrowseFailed m, CancellationToken ct) =>
        HandleAsync(m, "browse-failed", ct, (tree, run) =>
        {
            if (m.VertexId == 0)
            {
                return new PlannerAction.Quit($"root page: {m.Reason}");
            }

            TreePolicy.RemoveUnbrowsableChild(tree, m.VertexId);
            return TreePolicy.Next(tree, run.Request);
        });

    public Task<IReadOnlyList<object>> OnNodeBlurredAsync(NodeBlurred m, CancellationToken ct) =>
        HandleAsync(m, "node-blurred", ct, (tree, run) =>
        {
            var vertex = tree.Vertex(m.VertexId);
            foreach (var claim in m.Chosen)
            {
                vertex.Claims.Add(new TreeClaim(claim.Text, claim.Kind, null, claim.Target, claim.Evidence));
            }

            vertex.Blurred = true;
            vertex.Certificate = m.Certificate;
            return TreePolicy.Next(tree, run.Request);
        });

    public Task<IReadOnlyList<object>> OnBlurFailedAsync(BlurFailed m, CancellationToken ct) =>
        HandleAsync(m, "blur-failed", ct, (tree, _) =>
            new PlannerAction.Quit($"blurring {tree.Vertex(m.VertexId).Entity}: {m.Reason}"));

    public Task<IReadOnlyList<object>> OnQuestionVerbalizedAsync(QuestionVerbalized m, CancellationToken ct) =>
        HandleAsync(m, "question-verbalized", ct, async (tx, tree, _) =>
        {
            await tx.InsertQuestionAsync(tree.TreeId, m.Question, m.Answer);
            tree.Status = TreeStatus.Judging;
            return null;
        });

    public Task<IReadOnlyList<object>> OnVerbalizationFailedAsync(VerbalizationFailed m, CancellationToken ct) =>
        HandleAsync(m, "verbalization-failed", ct, (_, _) => new PlannerAction.Quit($"verbalizing: {m.Reason}"));

    public Task<IReadOnlyList<object>> OnSampleJudgedAsync(SampleJudged m, CancellationToken ct) =>
        HandleAsync(m, "sample-judged", ct, async (tx, tree, _) =>
        {
            await tx.InsertSampleAsync(tree.TreeId, m.Accepted, m.Reason, m.Trajectory, m.Filters);
            tree.Status = m.Accepted ? TreeStatus.Accepted : TreeStatus.Rejected;
            tree.FailureReason = m.Reason;
            tree.Pending = null;
            return null;
        });

    private Task<IReadOnlyList<object>> HandleAsync(ITreeMessage m, string kind, CancellationToken ct, Func<ResearchTree, RunRecord, PlannerAction> decide) =>
        HandleAsync(m, kind, ct, (_, tree, run) => Task.FromResult<PlannerAction?>(decide(tree, run)));

    private async Task<IReadOnlyList<object>> HandleAsync(
        ITreeMessage m, string kind, CancellationToken ct, Func<StateTransaction, ResearchTree, RunRecord, Task<PlannerAction?>> apply)
    {
        await using var tx = await store.BeginAsync(ct);
        if (!await tx.TryMarkProcessedAsync($"{kind}:{m.TreeId:N}:{m.Step}"))
        {
            return [];
        }

        var tree = await tx.LoadTreeAsync(m.TreeId)
            ?? throw new ArgumentException($"{kind} for unknown tree {m.TreeId} (run {m.RunId}).");
        var outbox = new List<object>();
        TreeStatus? ended = null;
        var run = await tx.FindRunAsync(tree.RunId) ?? throw new InvalidOperationException($"Tree {tree.TreeId} has no run.");
        if (tree.IsEnded || tree.Step != m.Step)
        {
            // Stale: the tree moved on (or ended) since this message was asked for.
        }
        else if (run.Status != RunStatus.Running)
        {
            tree.Status = TreeStatus.Abandoned;
            tree.Pending = null;
            ended = tree.Status;
            await tx.SaveTreeAsync(tree);
        }
        else
        {
            if (await apply(tx, tree, run) is { } action && Issue(tree, run.Request, action) is { } command)
            {
                outbox.Add(command);
            }

            if (tree.IsEnded)
            {
                ended = tree.Status;
                await RunCoordinator.OnTreeEndedAsync(tx, run, tree, outbox);
            }

            await tx.SaveTreeAsync(tree);
        }

        await tx.CommitAsync(ct);
        CountTrees(outbox, ended);
        return outbox;
    }

    /// <summary>Counted after the commit, so a transaction that is rolled back and retried counts once.</summary>
    private static void CountTrees(List<object> outbox, TreeStatus? ended)
    {
        // A new tree's first command is the browse of its root page, at step 1.
        var started = outbox.Count(m => m is BrowsePage { Step: 1 });
        if (started > 0)
        {
            InfoSeekMetrics.TreesStarted.Add(started);
        }

        if (ended is { } status)
        {
            InfoSeekMetrics.TreesEnded.Add(1, new KeyValuePair<string, object?>("status", status.ToString()));
        }
    }

    /// <summary>
    /// Turns an action into the command to send and records it as the tree's pending command;
    /// null when the tree ends instead.
    /// </summary>
    internal static object? Issue(ResearchTree tree, StartRun run, PlannerAction action)
    {
        if (action is PlannerAction.Quit quit)
        {
            tree.Status = TreeStatus.Failed;
            tree.FailureReason = quit.Reason;
            tree.Pending = null;
            return null;
        }

        tree.Step++;
        ITreeMessage command = action switch
        {
            PlannerAction.Browse b => new BrowsePage(
                tree.RunId, tree.TreeId, tree.Step, b.VertexId, b.Title,
                DeterministicIds.Seed(run.Seed, 0, 0, "root-order"), TreePolicy.MinRootLinks, tree.TreeNo),
            PlannerAction.Blur b => new BlurNode(tree.RunId, tree.TreeId, tree.Step, b.VertexId, tree.ToSnapshot(), tree.Vertex(b.VertexId).Candidates),
            PlannerAction.Complete => new TreeCompleted(tree.RunId, tree.TreeId, tree.Step, tree.ToSnapshot()),
            _ => throw new InvalidOperationException($"Unknown action {action}."),
        };
        if (action is PlannerAction.Complete)
        {
            tree.Status = TreeStatus.Verbalizing;
        }

        tree.Pending = new PendingCommand(command.GetType().FullName!, JsonSerializer.Serialize(command, command.GetType(), JsonDefaults.Options));
        return command;
    }

    private static void Validate(StartRun m)
    {
        if (RunRequests.Problems(m).FirstOrDefault() is { Key: { } field, Value: var problem })
        {
            throw new ArgumentException($"StartRun.{field} {problem}.", field);
        }
    }
}
