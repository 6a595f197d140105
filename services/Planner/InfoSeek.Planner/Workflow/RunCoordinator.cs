using InfoSeek.Contracts;
using InfoSeek.Domain;
using InfoSeek.Domain.Trees;
using InfoSeek.Storage;

namespace InfoSeek.Planner;

/// <summary>
/// Keeps a run's trees going: starts trees up to the run's parallelism, and completes the run once
/// its first Count accepted trees (by tree number) are known. Several trees may reach the same answer:
/// only the lower-numbered PerAnswer of them with vertex sets of their own count (the rule of
/// <see cref="DatasetSelection"/>), so an answer appears at most PerAnswer times in a dataset. Because
/// every tree's outcome depends only on (seed, tree number, corpus), the result is the same however
/// the trees interleave.
/// </summary>
public static class RunCoordinator
{
    /// <summary>
    /// A run gives up after this many root pages per answer it needs (Count / PerAnswer, rounded up), each
    /// with its <see cref="TreeGrowth.AttemptsPerRoot"/> trees: a corpus too small or too sparse. On the default corpus
    /// about one tree in 30 becomes a question once shortcuts are judged by two rankings, so this leaves room for twice that.
    /// </summary>
    public const int MaxRootsPerAnswer = 60;

    /// <summary>The most trees a run starts before it is exhausted (besides the last round of parallel ones).</summary>
    public static int TreeLimit(StartRun run)
    {
        var answers = (run.Count + run.PerAnswer - 1) / run.PerAnswer;
        return answers * MaxRootsPerAnswer * TreeGrowth.AttemptsPerRoot(run.PerAnswer);
    }

    public static async Task StartTreesAsync(StateTransaction tx, RunRecord run, int howMany, List<object> outbox)
    {
        var treesStarted = run.TreesStarted;
        for (var i = 0; i < howMany; i++)
        {
            var treeNo = ++treesStarted;
            var tree = new ResearchTree
            {
                TreeId = DeterministicIds.TreeId(run.RunId, treeNo),
                RunId = run.RunId,
                TreeNo = treeNo,
                Status = TreeStatus.Growing,
                TargetVertices = TreeGrowth.TargetVertices(run.Request.Seed, treeNo, TreeShape.Of(run.Request)),
            };
            tree.Vertices.Add(new TreeVertex { Id = 0 });
            outbox.Add(TreeWorkflow.Issue(tree, run.Request, new PlannerAction.Browse(0, null))!);
            await tx.InsertTreeAsync(tree);
        }

        if (treesStarted != run.TreesStarted)
        {
            await tx.UpdateRunAsync(run with { TreesStarted = treesStarted });
        }
    }

    /// <summary>Called in the transaction that ends a tree: progress, more trees, or the run's end.</summary>
    public static async Task OnTreeEndedAsync(StateTransaction tx, RunRecord run, ResearchTree ended, List<object> outbox)
    {
        var outcomes = (await tx.TreeOutcomesAsync(run.RunId, vertexSets: run.Request.PerAnswer > 1))
            .Select(o => o.TreeId == ended.TreeId ? o with { Status = ended.Status, FailureReason = ended.FailureReason } : o)
            .ToList();
        var target = run.Request.Count;
        var accepted = DistinctAccepted(outcomes, run.Request.PerAnswer);
        var rejected = outcomes.Count(o => o.Status == TreeStatus.Rejected);
        var failed = outcomes.Count(o => o.Status == TreeStatus.Failed);
        var active = outcomes.Count(o => !o.Status.IsEnded());
        outbox.Add(new RunProgressed(run.RunId, target, accepted, rejected, failed, run.TreesStarted));

        // The run is done when the trees 1..k have all ended and hold Count accepted ones.
        var acceptedInSettledPrefix = DistinctAccepted(outcomes.TakeWhile(o => o.Status.IsEnded()), run.Request.PerAnswer);
        if (acceptedInSettledPrefix >= target)
        {
            await CompleteAsync(tx, run, RunStatus.Completed, Math.Min(accepted, target), outbox);
            return;
        }

        // Once the Browser has said that every root is used up, no new tree can give a new answer: the run ends Exhausted
        // when the trees in flight have ended (the trees before that one all started, so what they give is the same
        // however they interleave).
        var rootsUsedUp = outcomes.Any(o => BrowseFailed.SaysRootsUsedUp(o.FailureReason));
        var limit = TreeLimit(run.Request) + run.Request.Parallelism;
        var wanted = accepted >= target || rootsUsedUp ? 0 : Math.Min(run.Request.Parallelism - active, limit - run.TreesStarted);
        if (wanted > 0)
        {
            await StartTreesAsync(tx, run, wanted, outbox);
        }
        else if (active == 0)
        {
            await CompleteAsync(tx, run, RunStatus.Exhausted, accepted, outbox);
        }
    }

    /// <summary>
    /// Accepted trees that count: by tree number, at most <paramref name="perAnswer"/> per answer with vertex sets
    /// of their own (outcomes read with vertex sets when <paramref name="perAnswer"/> is above one).
    /// </summary>
    public static int DistinctAccepted(IEnumerable<TreeOutcome> outcomes, int perAnswer) =>
        DatasetSelection.Kept(outcomes, perAnswer);

    private static async Task CompleteAsync(StateTransaction tx, RunRecord run, RunStatus status, int accepted, List<object> outbox)
    {
        await tx.UpdateRunAsync(run with { Status = status });
        outbox.Add(new RunCompleted(run.RunId, accepted, run.TreesStarted));
    }
}
