using InfoSeek.Contracts;
using InfoSeek.Domain;
using InfoSeek.Storage;
using InfoSeek.TestSupport;

namespace InfoSeek.Sampler.Tests;

/// <summary>
/// A migrated SQLite state file holding one run, filled through the same StateTransaction calls the
/// Planner makes: trees with vertices, claims and certificates, questions and judged samples.
/// </summary>
public sealed class RunStore : IDisposable
{
    private readonly TempDirectory temp;

    private RunStore(TempDirectory temp, StateStore store, RunRecord run)
    {
        this.temp = temp;
        Store = store;
        Run = run;
    }

    public StateStore Store { get; }

    public RunRecord Run { get; }

    public string StatePath => temp.File("state.db");

    /// <summary>A fresh folder path inside the store's temporary directory.</summary>
    public string Folder(string name) => temp.File(name);

    public static async Task<RunStore> CreateAsync(string name, int count, int seed, RunStatus status = RunStatus.Completed, int perAnswer = 1, string? corpusFile = null)
    {
        var temp = new TempDirectory();
        var database = new Database(new StorageOptions { Provider = StorageProvider.Sqlite, ConnectionString = $"Data Source={temp.File("state.db")}" });
        await new Migrator(database).MigrateAsync(CancellationToken.None);
        var store = new StateStore(database);
        var runId = DeterministicIds.RunId(name);
        var run = new RunRecord(runId, name, new StartRun { RunId = runId, Name = name, Count = count, Seed = seed, PerAnswer = perAnswer, CorpusFile = corpusFile }, status, 0, 1);
        await using (var tx = await store.BeginAsync(CancellationToken.None))
        {
            await tx.InsertRunAsync(run);
            await tx.CommitAsync(CancellationToken.None);
        }

        return new RunStore(temp, store, run);
    }

    /// <summary>A tree that ended without a question (growing or blurring failed, or the run ended first).</summary>
    public async Task AddEndedTreeAsync(int treeNo, TreeStatus status, string? reason, string root = "Unfinished root")
    {
        var tree = Tree(treeNo, root, 2);
        tree.Status = status;
        tree.FailureReason = reason;
        await using var tx = await Store.BeginAsync(CancellationToken.None);
        await tx.InsertTreeAsync(tree);
        await tx.CommitAsync(CancellationToken.None);
    }

    /// <summary>
    /// A tree whose question the Sampler judged: accepted (with a trajectory) or rejected for <paramref name="reason"/>;
    /// its vertices below the root are named "{answer} {part} {id}".
    /// </summary>
    public async Task AddJudgedTreeAsync(
        int treeNo, string answer, int vertices, IReadOnlyList<FilterOutcome> filters, bool correct = true, int questionWords = 20, string part = "part")
    {
        var accepted = filters.All(f => f.Passed);
        var reason = filters.FirstOrDefault(f => !f.Passed)?.Detail;
        var tree = Tree(treeNo, answer, vertices, part);
        tree.Status = accepted ? TreeStatus.Accepted : TreeStatus.Rejected;
        tree.FailureReason = reason;
        var question = Question(tree, questionWords);
        await using var tx = await Store.BeginAsync(CancellationToken.None);
        await tx.InsertTreeAsync(tree);
        await tx.InsertQuestionAsync(tree.TreeId, question, answer);
        await tx.InsertSampleAsync(tree.TreeId, accepted, reason, accepted ? Trajectory(tree, correct) : null, filters);
        await tx.CommitAsync(CancellationToken.None);
    }

    public static IReadOnlyList<FilterOutcome> Passed() =>
    [
        new(SampleJudge.ShortcutFilter, true, "the answer is not the top hit for the question or for any of its 1 claims without a hidden entity"),
        new(SampleJudge.VerifiableFilter, true, "the answer is the only one of the 9 pages (3 evidence, 6 distractors) that satisfies its claims"),
    ];

    public static IReadOnlyList<FilterOutcome> Shortcut() =>
    [
        new(SampleJudge.ShortcutFilter, false, "shortcut: the answer is the top hit for the claim 'A was designated a Listed building'"),
        new(SampleJudge.VerifiableFilter, true, "the answer is the only one of the 8 pages (3 evidence, 5 distractors) that satisfies its claims"),
    ];

    public static IReadOnlyList<FilterOutcome> Ambiguous() =>
    [
        new(SampleJudge.ShortcutFilter, true, "the answer is not the top hit for the question or for any of its 0 claims without a hidden entity"),
        new(SampleJudge.VerifiableFilter, false, "unverifiable: ambiguous: 2 of the 9 pages (3 evidence, 6 distractors) satisfy every claim about the answer (Grus (constellation), Pavo (constellation))"),
    ];

    public void Dispose() => temp.Dispose();

    /// <summary>
    /// A root with a blurred child that has a leaf of its own, and further leaves under the root:
    /// depth 2 from three vertices on.
    /// </summary>
    private ResearchTree Tree(int treeNo, string root, int vertices, string part = "part")
    {
        var tree = new ResearchTree
        {
            TreeId = DeterministicIds.TreeId(Run.RunId, treeNo),
            RunId = Run.RunId,
            TreeNo = treeNo,
            Step = 7,
            TargetVertices = vertices,
        };
        for (var id = 0; id < vertices; id++)
        {
            var entity = id == 0 ? root : $"{root} {part} {id}";
            tree.Vertices.Add(new TreeVertex
            {
                Id = id,
                ParentId = id switch { 0 => null, 2 => 1, _ => 0 },
                Entity = entity,
                TypeDescriptor = id == 0 ? "a place" : "a thing",
                Browsed = true,
                Blurred = id is 0 or 1 && vertices > 2,
            });
        }

        foreach (var vertex in tree.Vertices)
        {
            foreach (var child in tree.Children(vertex.Id))
            {
                vertex.Claims.Add(new TreeClaim("A is linked to B", ClaimKind.Relation, child.Id, child.Entity, Evidence(vertex.Entity!, $"{vertex.Entity} is linked to {child.Entity}.")));
            }

            if (vertex.Blurred)
            {
                vertex.Claims.Add(new TreeClaim("A was founded in 1901", ClaimKind.Attribute, null, null, Evidence(vertex.Entity!, $"{vertex.Entity} was founded in 1901.")));
                vertex.Certificate = new Certificate(vertex.Entity!, [new ClaimCertificate("A was founded in 1901", 4, ["Other place"])], [vertex.Entity!]);
            }
        }

        return tree;
    }

    private static Evidence Evidence(string page, string sentence) => new(page, sentence, 10, sentence.Length);

    private static string Question(ResearchTree tree, int words) =>
        "What is " + string.Join(' ', Enumerable.Repeat("word", words - 3)) + $" {tree.TreeNo}?";

    /// <summary>A trajectory of the shape the tree-guided solver writes.</summary>
    private static Trajectory Trajectory(ResearchTree tree, bool correct)
    {
        var root = tree.Vertex(0).Entity!;
        var final = correct ? root : "Somewhere else";
        var hits = new[] { "Somewhere else", root, "A third page" };
        return new Trajectory(TreeGuidedSolver.Name,
        [
            new TrajectoryStep("think", "Now I look for the answer: a place that is linked to a thing."),
            new TrajectoryStep("search", "a place is linked to a thing", hits, true, root),
            new TrajectoryStep("information", string.Join('\n', hits.Select((h, i) => $"Doc {i + 1}(Title: {h}) {h} is a page."))),
            new TrajectoryStep("think", $"{final} satisfies every clue, so the answer is {final}."),
            new TrajectoryStep("answer", final),
        ], final, correct);
    }
}
