using InfoSeek.Contracts;
using InfoSeek.Domain;
using InfoSeek.Domain.Trees;
using InfoSeek.Storage;
using InfoSeek.TestSupport;

namespace InfoSeek.Planner.Tests;

/// <summary>Runs whose answers may carry several questions (StartRun.PerAnswer), over a real SQLite store.</summary>
/// <remarks>In the collection of <see cref="TreeWorkflowTests"/>, whose metric listener would hear these trees too.</remarks>
[Collection(nameof(TreeWorkflowTests))]
public sealed class PerAnswerTests : IDisposable
{
    private static readonly Evidence SomeEvidence = new("Root page", "Root page is a thing.", 0, 21);

    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private async Task<(StateStore Store, TreeWorkflow Workflow)> CreateAsync()
    {
        var database = new Database(new StorageOptions { ConnectionString = $"Data Source={temp.File("state.db")}" });
        await new Migrator(database).MigrateAsync(CancellationToken.None);
        var store = new StateStore(database);
        return (store, new TreeWorkflow(store));
    }

    private static StartRun Run(int count, int perAnswer, int parallelism = 8) => new()
    {
        RunId = DeterministicIds.RunId("per-answer"),
        Name = "per-answer",
        Count = count,
        PerAnswer = perAnswer,
        Seed = 5,
        MinVertices = 2,
        MaxVertices = 2,
        Parallelism = parallelism,
    };

    /// <summary>Grows the tree of <paramref name="root"/> to the root page and one child, and has it accepted; returns what the verdict sent.</summary>
    private static async Task<IReadOnlyList<object>> GrowAndAcceptAsync(TreeWorkflow workflow, BrowsePage root, string child)
    {
        var browseChild = Assert.IsType<BrowsePage>(Assert.Single(await workflow.OnPageBrowsedAsync(
            new PageBrowsed(root.RunId, root.TreeId, root.Step, 0, "Root page", "a thing",
                [new ClaimCandidate("A was built by B", ClaimKind.Relation, child, true, SomeEvidence, CluePages: 3)]), CancellationToken.None)));
        var blur = Assert.IsType<BlurNode>(Assert.Single(await workflow.OnPageBrowsedAsync(
            new PageBrowsed(browseChild.RunId, browseChild.TreeId, browseChild.Step, 1, child, "a person", []), CancellationToken.None)));
        var completed = Assert.IsType<TreeCompleted>(Assert.Single(await workflow.OnNodeBlurredAsync(
            new NodeBlurred(blur.RunId, blur.TreeId, blur.Step, 0, [], new Certificate("Root page", [], ["Root page"])), CancellationToken.None)));
        return await workflow.OnSampleJudgedAsync(
            new SampleJudged(completed.RunId, completed.TreeId, completed.Step, true, null, null, Question: $"What was built by {child}?", Answer: "Root page"),
            CancellationToken.None);
    }

    [Fact]
    public async Task Consecutive_trees_share_a_root_page_with_room_for_a_failed_or_repeated_attempt()
    {
        var (_, workflow) = await CreateAsync();

        var roots = (await workflow.StartRunAsync(Run(count: 6, perAnswer: 2), CancellationToken.None)).OfType<BrowsePage>().ToList();

        Assert.Equal([1, 1, 1, 2, 2, 2], roots.Select(b => b.RootNumber));
        Assert.Equal(3, TreeGrowth.AttemptsPerRoot(2));
        Assert.Equal([1, 2, 3, 4], Enumerable.Range(1, 4).Select(n => TreeGrowth.RootNumber(n, perAnswer: 1)));
    }

    [Fact]
    public async Task Two_trees_of_one_root_with_other_vertices_both_count_and_complete_the_run()
    {
        var (store, workflow) = await CreateAsync();
        var roots = (await workflow.StartRunAsync(Run(count: 2, perAnswer: 2), CancellationToken.None)).OfType<BrowsePage>().ToList();

        await GrowAndAcceptAsync(workflow, roots[0], "Child one");
        var end = await GrowAndAcceptAsync(workflow, roots[1], "Child two");

        Assert.Contains(end, m => m is RunCompleted { Accepted: 2 });
        Assert.Equal(RunStatus.Completed, (await store.FindRunAsync(roots[0].RunId, CancellationToken.None))!.Status);
        var samples = await store.DatasetSamplesAsync((await store.FindRunAsync(roots[0].RunId, CancellationToken.None))!, CancellationToken.None);
        Assert.Equal(["Root page", "Root page"], samples.Select(s => s.Answer));
    }

    [Fact]
    public async Task A_second_tree_with_the_vertices_of_an_earlier_one_does_not_count_and_the_spare_tree_of_the_root_does()
    {
        var (store, workflow) = await CreateAsync();
        var roots = (await workflow.StartRunAsync(Run(count: 2, perAnswer: 2), CancellationToken.None)).OfType<BrowsePage>().ToList();

        var spare = (await GrowAndAcceptAsync(workflow, roots[0], "Child one")).OfType<BrowsePage>().First();
        var repeated = await GrowAndAcceptAsync(workflow, roots[1], "Child one");

        Assert.Equal(1, spare.RootNumber);
        Assert.Contains(repeated, m => m is RunProgressed { Accepted: 1 });
        Assert.DoesNotContain(repeated, m => m is RunCompleted);
        var run = (await store.FindRunAsync(roots[0].RunId, CancellationToken.None))!;
        Assert.Equal(RunStatus.Running, run.Status);
        Assert.Single(await store.DatasetSamplesAsync(run, CancellationToken.None));

        var end = await GrowAndAcceptAsync(workflow, spare, "Child two");

        Assert.Contains(end, m => m is RunCompleted { Accepted: 2 });
        run = (await store.FindRunAsync(roots[0].RunId, CancellationToken.None))!;
        Assert.Equal([1, 3], (await store.DatasetSamplesAsync(run, CancellationToken.None)).Select(s => s.TreeNo));
    }

    [Fact]
    public void An_answer_counts_up_to_per_answer_times_with_vertex_sets_of_its_own()
    {
        static TreeOutcome Accepted(int treeNo, string answer, params string[] vertices) =>
            new(treeNo, Guid.NewGuid(), TreeStatus.Accepted, null, answer, DatasetSelection.VertexSet([answer, .. vertices]));
        var outcomes = new[]
        {
            Accepted(1, "Stretford", "Trafford"),
            Accepted(2, "Stretford", "Trafford"),
            Accepted(3, "Stretford", "Manchester"),
            new TreeOutcome(4, Guid.NewGuid(), TreeStatus.Failed, "no page", "Seattle"),
            Accepted(5, "Stretford", "Lancashire"),
            Accepted(6, "Seattle", "Washington"),
        };

        Assert.Equal(3, RunCoordinator.DistinctAccepted(outcomes, perAnswer: 2));
        Assert.Equal(4, RunCoordinator.DistinctAccepted(outcomes, perAnswer: 3));
        Assert.Equal(2, RunCoordinator.DistinctAccepted(outcomes, perAnswer: 1));
    }

    [Fact]
    public void The_tree_limit_is_per_answer_needed_and_unchanged_for_one_question_per_answer()
    {
        Assert.Equal(10 * RunCoordinator.MaxRootsPerAnswer, RunCoordinator.TreeLimit(Run(count: 10, perAnswer: 1)));
        Assert.Equal(5 * RunCoordinator.MaxRootsPerAnswer * 3, RunCoordinator.TreeLimit(Run(count: 10, perAnswer: 2)));
        Assert.Equal(4 * RunCoordinator.MaxRootsPerAnswer * 5, RunCoordinator.TreeLimit(Run(count: 10, perAnswer: 3)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task A_run_with_per_answer_out_of_range_is_refused_with_the_field_named(int perAnswer)
    {
        var (store, workflow) = await CreateAsync();

        var e = await Assert.ThrowsAsync<ArgumentException>(() => workflow.StartRunAsync(Run(count: 2, perAnswer), CancellationToken.None));

        Assert.Equal("PerAnswer", e.ParamName);
        Assert.StartsWith($"StartRun.PerAnswer must be between 1 and 100 (was {perAnswer}).", e.Message, StringComparison.Ordinal);
        Assert.Null(await store.FindRunAsync(Run(2, 1).RunId, CancellationToken.None));
    }

    [Fact]
    public void A_run_asked_again_with_another_per_answer_has_other_settings()
    {
        Assert.True(RunRequests.SameSettings(Run(count: 4, perAnswer: 2), Run(count: 4, perAnswer: 2) with { Parallelism = 1 }));
        Assert.False(RunRequests.SameSettings(Run(count: 4, perAnswer: 2), Run(count: 4, perAnswer: 1)));
    }
}
