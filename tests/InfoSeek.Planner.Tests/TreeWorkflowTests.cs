using System.Diagnostics.Metrics;
using InfoSeek.Contracts;
using InfoSeek.Domain;
using InfoSeek.Domain.Trees;
using InfoSeek.Hosting;
using InfoSeek.Storage;
using InfoSeek.TestSupport;

namespace InfoSeek.Planner.Tests;

[Collection(nameof(TreeWorkflowTests))]
public sealed class TreeWorkflowTests : IDisposable
{
    private static readonly Evidence SomeEvidence = new("Page", "Page is a thing.", 0, 16);

    /// <summary>What Blurring answers for "Root page" with its relation to its child.</summary>
    private static readonly Certificate RootCertificate = new("Root page", [new ClaimCertificate("A was built by B", 2, ["Other page"])], ["Root page"]);
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private async Task<(StateStore Store, TreeWorkflow Workflow)> CreateAsync()
    {
        var database = new Database(new StorageOptions { ConnectionString = $"Data Source={temp.File("state.db")}" });
        await new Migrator(database).MigrateAsync(CancellationToken.None);
        var store = new StateStore(database);
        return (store, new TreeWorkflow(store));
    }

    private static StartRun Run(int count = 1, int parallelism = 2) => new()
    {
        RunId = DeterministicIds.RunId("test"),
        Name = "test",
        Count = count,
        Seed = 3,
        MinVertices = 2,
        MaxVertices = 2,
        Parallelism = parallelism,
    };

    [Fact]
    public async Task Starting_a_run_asks_for_one_random_root_page_per_parallel_tree()
    {
        var (store, workflow) = await CreateAsync();
        var sent = await workflow.StartRunAsync(Run(count: 5, parallelism: 3), CancellationToken.None);

        var browse = sent.OfType<BrowsePage>().ToList();
        Assert.Equal(3, browse.Count);
        Assert.All(browse, b => Assert.Null(b.Title));
        Assert.Single(browse.Select(b => b.RandomSeed).Distinct());
        Assert.Equal([1, 2, 3], browse.Select(b => b.RootNumber).Order());
        Assert.Equal(3, (await store.TreeOutcomesAsync(Run().RunId, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task A_root_page_that_fails_is_replaced_by_a_new_tree_but_once_the_roots_are_used_up_the_run_ends_exhausted_with_its_trees()
    {
        var (store, workflow) = await CreateAsync();
        var roots = (await workflow.StartRunAsync(Run(count: 5, parallelism: 3), CancellationToken.None)).OfType<BrowsePage>().OrderBy(b => b.RootNumber).ToList();
        BrowseFailed Failed(BrowsePage b, string reason) => new(b.RunId, b.TreeId, b.Step, 0, null, reason);

        // An ordinary failure: the run starts tree 4 in its place.
        var afterFirst = await workflow.OnBrowseFailedAsync(Failed(roots[0], "no page of the corpus can root a tree of 2 vertices"), CancellationToken.None);
        var fourth = Assert.Single(afterFirst.OfType<BrowsePage>());
        Assert.Equal(4, fourth.RootNumber);

        // The Browser says every root has had its rounds: no new tree, but the trees in flight still end.
        var usedUp = $"{BrowseFailed.RootsUsedUp} 3 rounds of trees (1 pages can root a tree of 2 vertices): the corpus has no more answers to give";
        Assert.DoesNotContain(await workflow.OnBrowseFailedAsync(Failed(roots[1], usedUp), CancellationToken.None), m => m is BrowsePage or RunCompleted);
        Assert.DoesNotContain(await workflow.OnBrowseFailedAsync(Failed(roots[2], usedUp), CancellationToken.None), m => m is BrowsePage or RunCompleted);
        var last = await workflow.OnBrowseFailedAsync(Failed(fourth, usedUp), CancellationToken.None);

        Assert.Contains(last, m => m is RunCompleted { Accepted: 0, TreesStarted: 4 });
        Assert.Equal(RunStatus.Exhausted, (await store.FindRunAsync(Run().RunId, CancellationToken.None))!.Status);
        Assert.Equal(4, (await store.TreeOutcomesAsync(Run().RunId, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task A_redelivered_StartRun_changes_nothing()
    {
        var (store, workflow) = await CreateAsync();
        await workflow.StartRunAsync(Run(count: 5), CancellationToken.None);
        var again = await workflow.StartRunAsync(Run(count: 5), CancellationToken.None);

        Assert.Empty(again);
        Assert.Equal(2, (await store.TreeOutcomesAsync(Run().RunId, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task A_redelivered_PageBrowsed_changes_nothing_and_sends_nothing()
    {
        var (store, workflow) = await CreateAsync();
        var first = (await workflow.StartRunAsync(Run(), CancellationToken.None)).OfType<BrowsePage>().First();
        var browsed = new PageBrowsed(first.RunId, first.TreeId, first.Step, 0, "Root page", "a thing",
            [new ClaimCandidate("A was built by B", ClaimKind.Relation, "Child page", true, SomeEvidence, CluePages: 3)]);

        var next = await workflow.OnPageBrowsedAsync(browsed, CancellationToken.None);
        var afterFirst = await store.LoadTreeAsync(first.TreeId, CancellationToken.None);
        var duplicate = await workflow.OnPageBrowsedAsync(browsed, CancellationToken.None);
        var afterDuplicate = await store.LoadTreeAsync(first.TreeId, CancellationToken.None);

        var extend = Assert.IsType<BrowsePage>(Assert.Single(next));
        Assert.Equal("Child page", extend.Title);
        Assert.Equal(first.Step + 1, extend.Step);
        Assert.Empty(duplicate);
        Assert.Equal(afterFirst!.Version, afterDuplicate!.Version);
        Assert.Equal(2, afterDuplicate.Vertices.Count);
    }

    [Fact]
    public async Task A_stale_reply_for_an_earlier_step_is_ignored()
    {
        var (store, workflow) = await CreateAsync();
        var first = (await workflow.StartRunAsync(Run(), CancellationToken.None)).OfType<BrowsePage>().First();
        var stale = new PageBrowsed(first.RunId, first.TreeId, first.Step - 1, 0, "Old page", null, []);

        Assert.Empty(await workflow.OnPageBrowsedAsync(stale, CancellationToken.None));
        var tree = await store.LoadTreeAsync(first.TreeId, CancellationToken.None);
        Assert.Null(tree!.Vertex(0).Entity);
    }

    /// <summary>Grows a root with one child, blurs the root and completes the tree of a one-question run.</summary>
    private static async Task<(BrowsePage Root, BlurNode Blur, TreeCompleted Completed)> CompleteOneTreeAsync(TreeWorkflow workflow)
    {
        var root = Assert.IsType<BrowsePage>(Assert.Single(await workflow.StartRunAsync(Run(count: 1, parallelism: 1), CancellationToken.None)));
        var child = Assert.IsType<BrowsePage>(Assert.Single(await workflow.OnPageBrowsedAsync(
            new PageBrowsed(root.RunId, root.TreeId, root.Step, 0, "Root page", "a thing",
                [new ClaimCandidate("A was built by B", ClaimKind.Relation, "Child page", true, SomeEvidence, CluePages: 3)]), CancellationToken.None)));
        var blur = Assert.IsType<BlurNode>(Assert.Single(await workflow.OnPageBrowsedAsync(
            new PageBrowsed(child.RunId, child.TreeId, child.Step, 1, "Child page", "a person", []), CancellationToken.None)));
        var completed = Assert.IsType<TreeCompleted>(Assert.Single(await workflow.OnNodeBlurredAsync(
            new NodeBlurred(blur.RunId, blur.TreeId, blur.Step, 0, [], RootCertificate), CancellationToken.None)));
        return (root, blur, completed);
    }

    [Fact]
    public async Task A_tree_grows_blurs_and_completes_then_the_run_completes_on_its_first_accepted_tree()
    {
        var (store, workflow) = await CreateAsync();
        var (root, blur, completed) = await CompleteOneTreeAsync(workflow);
        Assert.Equal(0, blur.VertexId);
        Assert.Equal(2, completed.Tree.Vertices.Count);

        Assert.Empty(await workflow.OnQuestionVerbalizedAsync(
            new QuestionVerbalized(completed.RunId, completed.TreeId, completed.Step, "What is a thing that was built by Child page?", "Root page", completed.Tree), CancellationToken.None));
        var end = await workflow.OnSampleJudgedAsync(
            new SampleJudged(completed.RunId, completed.TreeId, completed.Step, true, null, null), CancellationToken.None);

        Assert.Contains(end, m => m is RunProgressed { Accepted: 1 });
        Assert.Contains(end, m => m is RunCompleted { Accepted: 1 });
        Assert.Equal(RunStatus.Completed, (await store.FindRunAsync(root.RunId, CancellationToken.None))!.Status);
        Assert.Single(await store.SamplesAsync(root.RunId, CancellationToken.None));
    }

    [Fact]
    public async Task A_verdict_that_overtakes_its_question_stores_the_question_and_the_late_question_changes_nothing()
    {
        var (store, workflow) = await CreateAsync();
        var (root, _, completed) = await CompleteOneTreeAsync(workflow);
        const string Question = "What is a thing that was built by a person?";

        // The Sampler's verdict arrives before the Planner has handled QuestionVerbalized.
        var end = await workflow.OnSampleJudgedAsync(
            new SampleJudged(completed.RunId, completed.TreeId, completed.Step, true, null, null, Question: Question, Answer: "Root page"), CancellationToken.None);
        var late = await workflow.OnQuestionVerbalizedAsync(
            new QuestionVerbalized(completed.RunId, completed.TreeId, completed.Step, Question, "Root page", completed.Tree), CancellationToken.None);

        Assert.Contains(end, m => m is RunCompleted { Accepted: 1 });
        Assert.Empty(late);
        var sample = Assert.Single(await store.SamplesAsync(root.RunId, CancellationToken.None));
        Assert.Equal((Question, "Root page", true), (sample.Question, sample.Answer, sample.Accepted));
    }

    /// <summary>Starts a run and browses its root page, which has two links to follow; returns the browse of the first child.</summary>
    private static async Task<BrowsePage> StartRootWithTwoLinksAsync(TreeWorkflow workflow, StartRun run)
    {
        var root = Assert.IsType<BrowsePage>(Assert.Single(await workflow.StartRunAsync(run, CancellationToken.None)));
        return Assert.IsType<BrowsePage>(Assert.Single(await workflow.OnPageBrowsedAsync(
            new PageBrowsed(root.RunId, root.TreeId, root.Step, 0, "Root page", "a thing",
            [
                new ClaimCandidate("A was built by B", ClaimKind.Relation, "Child one", true, SomeEvidence, CluePages: 3),
                new ClaimCandidate("A was designed by B", ClaimKind.Relation, "Child two", true, SomeEvidence, CluePages: 3),
            ]), CancellationToken.None)));
    }

    /// <summary>Grows a root with two leaf children and returns the BlurNode for the root.</summary>
    private static async Task<BlurNode> GrowRootWithTwoLeavesAsync(TreeWorkflow workflow, StartRun run)
    {
        var first = await StartRootWithTwoLinksAsync(workflow, run);
        var second = Assert.IsType<BrowsePage>(Assert.Single(await workflow.OnPageBrowsedAsync(
            new PageBrowsed(first.RunId, first.TreeId, first.Step, first.VertexId, first.Title!, "a person", []), CancellationToken.None)));
        return Assert.IsType<BlurNode>(Assert.Single(await workflow.OnPageBrowsedAsync(
            new PageBrowsed(second.RunId, second.TreeId, second.Step, second.VertexId, second.Title!, "a person", []), CancellationToken.None)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("the process")]
    [InlineData("the name of one")]
    [InlineData("the capital of Scotland")]
    public async Task A_child_page_without_a_type_the_question_can_show_is_taken_out_and_another_link_followed(string? type)
    {
        var (store, workflow) = await CreateAsync();
        var first = await StartRootWithTwoLinksAsync(workflow, Run(count: 1, parallelism: 1));

        var next = Assert.IsType<BrowsePage>(Assert.Single(await workflow.OnPageBrowsedAsync(
            new PageBrowsed(first.RunId, first.TreeId, first.Step, first.VertexId, first.Title!, type, []), CancellationToken.None)));

        Assert.NotEqual(first.Title, next.Title);
        var tree = await store.LoadTreeAsync(first.TreeId, CancellationToken.None);
        Assert.Equal(["Root page", next.Title], tree!.Vertices.Select(v => v.Entity));
        Assert.DoesNotContain(tree.Vertex(0).Candidates, c => c.Target == first.Title);
    }

    [Fact]
    public async Task A_leaf_whose_relation_Blurring_dropped_leaves_the_tree_which_completes_without_it()
    {
        var (_, workflow) = await CreateAsync();
        // A seed whose first tree aims at three vertices, so the root gets both leaves.
        var run = Enumerable.Range(1, 50).Select(seed => Run(count: 1, parallelism: 1) with { Seed = seed, MinVertices = 2, MaxVertices = 3 })
            .First(r => TreeGrowth.TargetVertices(r.Seed, 1, TreeShape.Of(r)) == 3);
        var blur = await GrowRootWithTwoLeavesAsync(workflow, run);
        Assert.Equal(3, blur.Tree.Vertices.Count);

        var completed = Assert.IsType<TreeCompleted>(Assert.Single(await workflow.OnNodeBlurredAsync(
            new NodeBlurred(blur.RunId, blur.TreeId, blur.Step, 0, [], RootCertificate, DroppedLeaves: [2]), CancellationToken.None)));

        Assert.Equal([0, 1], completed.Tree.Vertices.Select(v => v.Id));
        var relation = Assert.Single(completed.Tree.Vertices[0].Claims);
        Assert.Equal(1, relation.TargetVertexId);
    }

    [Fact]
    public async Task An_underdetermined_blur_grows_a_leaf_of_the_vertex_and_without_room_to_grow_ends_the_tree()
    {
        var (store, workflow) = await CreateAsync();
        // A seed whose first tree aims at two vertices, with room for a third.
        var run = Enumerable.Range(1, 50).Select(seed => Run(count: 1, parallelism: 1) with { Seed = seed, MinVertices = 2, MaxVertices = 3 })
            .First(r => TreeGrowth.TargetVertices(r.Seed, 1, TreeShape.Of(r)) == 2);
        var root = Assert.IsType<BrowsePage>(Assert.Single(await workflow.StartRunAsync(run, CancellationToken.None)));
        var child = Assert.IsType<BrowsePage>(Assert.Single(await workflow.OnPageBrowsedAsync(
            new PageBrowsed(root.RunId, root.TreeId, root.Step, 0, "Root page", "a thing",
                [new ClaimCandidate("A was built by B", ClaimKind.Relation, "Child page", true, SomeEvidence, CluePages: 3)]), CancellationToken.None)));
        var tree = await store.LoadTreeAsync(root.TreeId, CancellationToken.None);
        Assert.Equal(2, tree!.TargetVertices);
        var blur = Assert.IsType<BlurNode>(Assert.Single(await workflow.OnPageBrowsedAsync(
            new PageBrowsed(child.RunId, child.TreeId, child.Step, 1, "Child page", "a person",
                [new ClaimCandidate("A studied under B", ClaimKind.Relation, "Teacher page", true, SomeEvidence, CluePages: 4)]), CancellationToken.None)));

        // The root's relation to its leaf fits other pages too: the leaf takes a child and is blurred first.
        var deeper = Assert.IsType<BrowsePage>(Assert.Single(await workflow.OnBlurFailedAsync(
            new BlurFailed(blur.RunId, blur.TreeId, blur.Step, 0, "underdetermined: 3 pages satisfy every usable claim (also A, B)"), CancellationToken.None)));
        Assert.Equal(("Teacher page", 2), (deeper.Title, deeper.VertexId));
        var leafBlur = Assert.IsType<BlurNode>(Assert.Single(await workflow.OnPageBrowsedAsync(
            new PageBrowsed(deeper.RunId, deeper.TreeId, deeper.Step, 2, "Teacher page", "a person", []), CancellationToken.None)));
        Assert.Equal(1, leafBlur.VertexId);
        var rootBlur = Assert.IsType<BlurNode>(Assert.Single(await workflow.OnNodeBlurredAsync(
            new NodeBlurred(leafBlur.RunId, leafBlur.TreeId, leafBlur.Step, 1, [], new Certificate("Child page", [], ["Child page"])), CancellationToken.None)));
        Assert.Equal(0, rootBlur.VertexId);

        // At the largest tree the run allows, the same failure ends the tree (and the run starts another in its place).
        var ended = await workflow.OnBlurFailedAsync(
            new BlurFailed(rootBlur.RunId, rootBlur.TreeId, rootBlur.Step, 0, "underdetermined: 2 pages satisfy every usable claim (also A)"), CancellationToken.None);
        Assert.DoesNotContain(ended, m => m is ITreeMessage t && t.TreeId == rootBlur.TreeId);
        var outcome = (await store.TreeOutcomesAsync(run.RunId, CancellationToken.None)).Single(o => o.TreeNo == 1);
        Assert.Equal(TreeStatus.Failed, outcome.Status);
        Assert.StartsWith("blurring Root page: underdetermined", outcome.FailureReason);
    }

    [Fact]
    public async Task A_tree_that_dropped_leaves_would_leave_below_the_minimum_fails_with_the_reason()
    {
        var (store, workflow) = await CreateAsync();
        var run = Run(count: 1, parallelism: 1) with { MinVertices = 3, MaxVertices = 3 };
        var blur = await GrowRootWithTwoLeavesAsync(workflow, run);

        await workflow.OnNodeBlurredAsync(new NodeBlurred(blur.RunId, blur.TreeId, blur.Step, 0, [], RootCertificate, DroppedLeaves: [1]), CancellationToken.None);

        // The run starts its next tree in its place.
        var outcome = (await store.TreeOutcomesAsync(run.RunId, CancellationToken.None)).Single(o => o.TreeNo == 1);
        Assert.Equal(TreeStatus.Failed, outcome.Status);
        Assert.Equal(
            "blurring Root page: redundant relation: the other claims identify it without its relations to 1 leaf (leaving 2 vertices, minimum 3)",
            outcome.FailureReason);
    }

    [Fact]
    public async Task Started_trees_and_ended_trees_by_status_are_counted_once_each_and_their_durations_recorded()
    {
        var measurements = new List<(string Name, long Value, string? Status)>();
        var durations = new List<(double Seconds, string? Status)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == InfoSeekMetrics.MeterName && instrument.Name.StartsWith("infoseek.tree", StringComparison.Ordinal))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var status = tags.ToArray().Where(t => t.Key == "status").Select(t => t.Value?.ToString()).FirstOrDefault();
            lock (measurements)
            {
                measurements.Add((instrument.Name, value, status));
            }
        });
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            var status = tags.ToArray().Where(t => t.Key == "status").Select(t => t.Value?.ToString()).FirstOrDefault();
            lock (durations)
            {
                durations.Add((value, status));
            }
        });
        listener.Start();
        var before = DateTime.UtcNow;

        var (_, workflow) = await CreateAsync();
        var sent = await workflow.StartRunAsync(Run(count: 5, parallelism: 3), CancellationToken.None);
        await workflow.StartRunAsync(Run(count: 5, parallelism: 3), CancellationToken.None);
        var first = sent.OfType<BrowsePage>().First();
        var failed = new BrowseFailed(first.RunId, first.TreeId, first.Step, 0, null, "no page");
        await workflow.OnBrowseFailedAsync(failed, CancellationToken.None);
        await workflow.OnBrowseFailedAsync(failed, CancellationToken.None);

        Assert.Equal(4, measurements.Where(m => m.Name == "infoseek.trees.started").Sum(m => m.Value));
        Assert.Equal([("infoseek.trees.ended", 1L, "Failed")], measurements.Where(m => m.Name == "infoseek.trees.ended").ToList());
        var (seconds, durationStatus) = Assert.Single(durations);
        Assert.Equal("Failed", durationStatus);
        Assert.InRange(seconds, 0, (DateTime.UtcNow - before).TotalSeconds);
    }

    [Fact]
    public async Task A_run_with_invalid_settings_is_refused_with_the_field_named()
    {
        var (_, workflow) = await CreateAsync();
        var e = await Assert.ThrowsAsync<ArgumentException>(() => workflow.StartRunAsync(Run() with { Count = 0 }, CancellationToken.None));
        Assert.Equal("Count", e.ParamName);
    }
}
