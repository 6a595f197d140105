using System.Text.Json;
using InfoSeek.Contracts;
using InfoSeek.Domain;
using InfoSeek.Domain.Certificates;
using InfoSeek.Domain.Trees;
using InfoSeek.Domain.Agents;
using InfoSeek.Domain.Questions;
using InfoSeek.Hosting;
using InfoSeek.Storage;

namespace InfoSeek.Planner;

/// <summary>
/// Applies each event to the stored tree and decides what comes next. Every handler runs in one
/// transaction with the message's processed-row, and returns the messages to publish once that
/// transaction has committed: a redelivered message finds its row and changes nothing.
/// </summary>
/// <param name="actions">The Planner role's back ends; without them, the rules only.</param>
/// <param name="links">The Browser role's back ends for links; without them, the rules only.</param>
public sealed class TreeWorkflow(StateStore store, AgentChoice<IActionDecision>? actions = null, AgentChoice<ILinkDecision>? links = null)
{
    private readonly AgentChoice<IActionDecision> actions = actions ?? AgentChoice.RulesOnly<IActionDecision>(b => b.Planner, SeededDecisions.Instance, NoModels);

    private readonly AgentChoice<ILinkDecision> links = links ?? AgentChoice.RulesOnly<ILinkDecision>(b => b.Browser, SeededDecisions.Instance, NoModels);

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
        CountTrees(outbox, ended: null, startedAt: null);
        return outbox;
    }

    public Task<IReadOnlyList<object>> OnPageBrowsedAsync(PageBrowsed m, CancellationToken ct) =>
        HandleAsync(m, "page-browsed", ct, async (tree, run) =>
        {
            // The question names every vertex by its type: a child page without one it can show ("the process" of
            // Education, "the capital of Scotland") would stand in it as "something", and is taken out again.
            if (m.VertexId != 0 && NounPhrases.Shown(m.TypeDescriptor) is null)
            {
                TreePolicy.RemoveUnbrowsableChild(tree, m.VertexId);
                return await NextAsync(tree, run, ct);
            }

            var vertex = tree.Vertex(m.VertexId);
            vertex.Entity = m.Title;
            vertex.TypeDescriptor = m.TypeDescriptor;
            vertex.Candidates = m.Claims;
            vertex.Browsed = true;
            return await NextAsync(tree, run, ct);
        });

    public Task<IReadOnlyList<object>> OnBrowseFailedAsync(BrowseFailed m, CancellationToken ct) =>
        HandleAsync(m, "browse-failed", ct, async (tree, run) =>
        {
            if (m.VertexId == 0)
            {
                return new PlannerAction.Quit($"root page: {m.Reason}");
            }

            TreePolicy.RemoveUnbrowsableChild(tree, m.VertexId);
            return await NextAsync(tree, run, ct);
        });

    public Task<IReadOnlyList<object>> OnNodeBlurredAsync(NodeBlurred m, CancellationToken ct) =>
        HandleAsync(m, "node-blurred", ct, async (tree, run) =>
        {
            var vertex = tree.Vertex(m.VertexId);
            foreach (var claim in m.Chosen)
            {
                vertex.Claims.Add(new TreeClaim(claim.Text, claim.Kind, null, claim.Target, claim.Evidence, claim.EvidenceOnTarget));
            }

            vertex.Blurred = true;
            vertex.Certificate = m.Certificate;
            if (m.DroppedLeaves is { Count: > 0 } dropped)
            {
                TreePolicy.RemoveRedundantLeaves(tree, m.VertexId, dropped);
                if (tree.Vertices.Count < run.Request.MinVertices)
                {
                    return new PlannerAction.Quit(
                        $"blurring {vertex.Entity}: redundant relation: the other claims identify it without its relations to {dropped.Count} leaf (leaving {tree.Vertices.Count} vertices, minimum {run.Request.MinVertices})");
                }
            }

            return await NextAsync(tree, run, ct);
        });

    public Task<IReadOnlyList<object>> OnBlurFailedAsync(BlurFailed m, CancellationToken ct) =>
        HandleAsync(m, "blur-failed", ct, async (tree, run) =>
        {
            if (m.Reason.StartsWith(Blurrer.Underdetermined, StringComparison.Ordinal))
            {
                if (await TreePolicy.DeepenAsync(tree, run.Request, m.VertexId, Decisions(run), ct) is { } deeper)
                {
                    return deeper;
                }

                if (TreePolicy.MakeLeaf(tree, run.Request, m.VertexId))
                {
                    return await NextAsync(tree, run, ct);
                }
            }

            return new PlannerAction.Quit($"blurring {tree.Vertex(m.VertexId).Entity}: {m.Reason}");
        });

    public Task<IReadOnlyList<object>> OnQuestionVerbalizedAsync(QuestionVerbalized m, CancellationToken ct) =>
        HandleAsync(m, "question-verbalized", ct, async (tx, tree, _) =>
        {
            await tx.InsertQuestionAsync(tree.TreeId, m.Question, m.Answer);
            tree.Status = TreeStatus.Judging;
            return null;
        });

    public Task<IReadOnlyList<object>> OnVerbalizationFailedAsync(VerbalizationFailed m, CancellationToken ct) =>
        HandleAsync(m, "verbalization-failed", ct, (_, _) => Task.FromResult<PlannerAction>(new PlannerAction.Quit($"verbalizing: {m.Reason}")));

    public Task<IReadOnlyList<object>> OnSampleJudgedAsync(SampleJudged m, CancellationToken ct) =>
        HandleAsync(m, "sample-judged", ct, async (tx, tree, _) =>
        {
            // The verdict overtook QuestionVerbalized (both follow the same event): its question is stored from here,
            // and the late QuestionVerbalized finds the tree ended.
            if (m.Question is { } question && await tx.QuestionAsync(tree.TreeId) is null)
            {
                await tx.InsertQuestionAsync(tree.TreeId, question, m.Answer ?? "");
            }

            await tx.InsertSampleAsync(tree.TreeId, m.Accepted, m.Reason, m.Trajectory, m.Filters);
            tree.Status = m.Accepted ? TreeStatus.Accepted : TreeStatus.Rejected;
            tree.FailureReason = m.Reason;
            tree.Pending = null;
            return null;
        });

    /// <summary>
    /// The tree's command failed every retry (<paramref name="faultId"/> names that failure): the tree fails with the
    /// exception's reason and keeps the command, so that it can be replayed once the cause is removed.
    /// </summary>
    public Task<IReadOnlyList<object>> OnCommandFaultedAsync(ITreeMessage command, Guid faultId, string reason, CancellationToken ct) =>
        HandleAsync(command, $"fault-{faultId:N}", ct, (_, tree, _) =>
        {
            tree.Status = TreeStatus.Failed;
            tree.FailureReason = $"{command.GetType().Name} failed: {reason}";
            return Task.FromResult<PlannerAction?>(null);
        });

    private async Task<IReadOnlyList<object>> HandleAsync(ITreeMessage m, string kind, CancellationToken ct, Func<ResearchTree, RunRecord, Task<PlannerAction>> decide)
    {
        try
        {
            return await HandleAsync(m, kind, ct, async (_, tree, run) => (PlannerAction?)await decide(tree, run));
        }
        catch (ModelsNeededException)
        {
            // The transaction was rolled back before any model was asked.
        }

        // A model is asked outside the tree's transaction, on a copy of the tree, and its choices are
        // replayed inside: a write transaction must not wait on a model call (SQLite has one writer).
        if (await store.FindRunAsync(m.RunId, ct) is { } run && ModelDecisions(run.Request) is { } model
            && await store.LoadTreeAsync(m.TreeId, ct) is { IsEnded: false } draft && draft.Step == m.Step)
        {
            recorded = new RecordedDecisions(model);
            await decide(draft, run);
            recorded.Replay();
        }
        else
        {
            // The tree moved on meanwhile: the transaction will find the message stale, or (a race) ask inside.
            askInside = true;
        }

        return await HandleAsync(m, kind, ct, async (_, tree, run) => (PlannerAction?)await decide(tree, run));
    }

    /// <summary>The choices asked of the models for the message being handled, replayed in its transaction.</summary>
    private RecordedDecisions? recorded;

    private bool askInside;

    private sealed class ModelsNeededException() : Exception("The run's models are asked outside the transaction.");

    /// <summary>The policy with the run's back ends.</summary>
    private async Task<PlannerAction> NextAsync(ResearchTree tree, RunRecord run, CancellationToken ct) =>
        await TreePolicy.NextAsync(tree, run.Request, Decisions(run), ct);

    /// <summary>The run's back ends for the choices, or the choices already recorded from them for this message.</summary>
    private TreeDecisions Decisions(RunRecord run) =>
        recorded is { } r
            ? new TreeDecisions(r, r)
            : ModelDecisions(run.Request) is { } model
                ? askInside ? model : throw new ModelsNeededException()
                : TreeDecisions.Deterministic;

    /// <summary>
    /// The decisions of a run with the Planner or the Browser on a model; null when both are the rules'
    /// (the keyed rules' back end of both roles is <see cref="SeededDecisions.Instance"/>).
    /// </summary>
    private TreeDecisions? ModelDecisions(StartRun run)
    {
        var decisions = new TreeDecisions(actions.For(run.Backends), links.For(run.Backends));
        return decisions == TreeDecisions.Deterministic ? null : decisions;
    }

    private static InvalidOperationException NoModels() =>
        new("The run asks for a model back end, but the Planner was composed without AddInfoSeekLlm.");

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
            // Stale: the tree moved on (or ended) since this message was asked for. Nothing is written, not even the
            // processed row, so that the reply still counts if the tree's command is replayed at this step.
            return [];
        }

        if (run.Status != RunStatus.Running)
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
        CountTrees(outbox, ended, tree.StartedAt);
        return outbox;
    }

    /// <summary>Counted after the commit, so a transaction that is rolled back and retried counts once.</summary>
    private static void CountTrees(List<object> outbox, TreeStatus? ended, DateTime? startedAt)
    {
        // A new tree's first command is the browse of its root page, at step 1.
        var started = outbox.Count(m => m is BrowsePage { Step: 1 });
        if (started > 0)
        {
            InfoSeekMetrics.TreesStarted.Add(started);
        }

        if (ended is { } status)
        {
            var tag = new KeyValuePair<string, object?>("status", status.ToString());
            InfoSeekMetrics.TreesEnded.Add(1, tag);
            if (startedAt is { } at)
            {
                InfoSeekMetrics.TreeDuration.Record(Math.Max(0, (DateTime.UtcNow - at).TotalSeconds), tag);
            }
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
        tree.PendingResends = 0;
        ITreeMessage command = action switch
        {
            PlannerAction.Browse b => new BrowsePage(
                tree.RunId, tree.TreeId, tree.Step, b.VertexId, b.Title,
                DeterministicIds.Seed(run.Seed, 0, 0, "root-order"), TreeGrowth.MinRootLinks, TreeGrowth.RootNumber(tree.TreeNo, run.PerAnswer), run.Backends, run.Corpus,
                run.MinVertices, run.MaxDepth, run.MaxBreadth),
            PlannerAction.Blur b => new BlurNode(tree.RunId, tree.TreeId, tree.Step, b.VertexId, tree.ToSnapshot(), tree.Vertex(b.VertexId).Candidates, run.Backends, run.Corpus),
            PlannerAction.Complete => new TreeCompleted(tree.RunId, tree.TreeId, tree.Step, tree.ToSnapshot(), run.Backends, run.Corpus),
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
