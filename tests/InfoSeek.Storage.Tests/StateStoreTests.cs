using InfoSeek.Domain;
using InfoSeek.TestSupport;

namespace InfoSeek.Storage.Tests;

public sealed class StateStoreTests
{
    [Theory]
    [MemberData(nameof(Stores.Providers), MemberType = typeof(Stores))]
    public async Task Migrations_apply_once_and_a_second_start_applies_nothing(StorageProvider provider)
    {
        using var temp = new TempDirectory();
        var (database, _) = await Stores.CreateAsync(provider, temp);
        Assert.Empty(await new Migrator(database).MigrateAsync(CancellationToken.None));
        Assert.Contains(1, Migrator.Load(provider).Select(m => m.Version));
    }

    [Theory]
    [MemberData(nameof(Stores.Providers), MemberType = typeof(Stores))]
    public async Task A_message_is_marked_processed_only_once(StorageProvider provider)
    {
        using var temp = new TempDirectory();
        var (_, store) = await Stores.CreateAsync(provider, temp);
        await using (var tx = await store.BeginAsync(CancellationToken.None))
        {
            Assert.True(await tx.TryMarkProcessedAsync("page-browsed:t:1"));
            await tx.CommitAsync(CancellationToken.None);
        }

        await using (var tx = await store.BeginAsync(CancellationToken.None))
        {
            Assert.False(await tx.TryMarkProcessedAsync("page-browsed:t:1"));
            Assert.True(await tx.TryMarkProcessedAsync("page-browsed:t:2"));
        }
    }

    [Theory]
    [MemberData(nameof(Stores.Providers), MemberType = typeof(Stores))]
    public async Task A_tree_round_trips_with_its_vertices_claims_candidates_and_certificate(StorageProvider provider)
    {
        using var temp = new TempDirectory();
        var (_, store) = await Stores.CreateAsync(provider, temp);
        var runId = Guid.NewGuid();
        var tree = Stores.Tree(runId, 1);
        await using (var tx = await store.BeginAsync(CancellationToken.None))
        {
            await tx.InsertRunAsync(new RunRecord(runId, $"run-{runId:N}", Stores.Request(runId), RunStatus.Running, 1, 1));
            await tx.InsertTreeAsync(tree);
            await tx.CommitAsync(CancellationToken.None);
        }

        var loaded = await store.LoadTreeAsync(tree.TreeId, CancellationToken.None);
        Assert.NotNull(loaded);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(tree.ToSnapshot()), System.Text.Json.JsonSerializer.Serialize(loaded.ToSnapshot()));
        Assert.Equal(tree.Vertex(0).Candidates, loaded.Vertex(0).Candidates);
        Assert.Equal(tree.Pending, loaded.Pending);
        Assert.Equal((TreeStatus.Growing, 3, 4, 1), (loaded.Status, loaded.Step, loaded.TargetVertices, loaded.Version));
    }

    [Theory]
    [MemberData(nameof(Stores.Providers), MemberType = typeof(Stores))]
    public async Task Saving_a_tree_that_changed_since_it_was_loaded_is_a_conflict(StorageProvider provider)
    {
        using var temp = new TempDirectory();
        var (_, store) = await Stores.CreateAsync(provider, temp);
        var runId = Guid.NewGuid();
        var tree = Stores.Tree(runId, 1);
        await using (var tx = await store.BeginAsync(CancellationToken.None))
        {
            await tx.InsertRunAsync(new RunRecord(runId, $"run-{runId:N}", Stores.Request(runId), RunStatus.Running, 1, 1));
            await tx.InsertTreeAsync(tree);
            await tx.CommitAsync(CancellationToken.None);
        }

        var first = (await store.LoadTreeAsync(tree.TreeId, CancellationToken.None))!;
        var second = (await store.LoadTreeAsync(tree.TreeId, CancellationToken.None))!;
        first.Step++;
        await using (var tx = await store.BeginAsync(CancellationToken.None))
        {
            await tx.SaveTreeAsync(first);
            await tx.CommitAsync(CancellationToken.None);
        }

        second.Status = TreeStatus.Failed;
        await using (var tx = await store.BeginAsync(CancellationToken.None))
        {
            await Assert.ThrowsAsync<ConcurrencyConflictException>(() => tx.SaveTreeAsync(second));
        }

        var stored = (await store.LoadTreeAsync(tree.TreeId, CancellationToken.None))!;
        Assert.Equal((TreeStatus.Growing, 4, 2), (stored.Status, stored.Step, stored.Version));
    }

    [Theory]
    [MemberData(nameof(Stores.Providers), MemberType = typeof(Stores))]
    public async Task A_rolled_back_transaction_leaves_no_trace(StorageProvider provider)
    {
        using var temp = new TempDirectory();
        var (_, store) = await Stores.CreateAsync(provider, temp);
        var runId = Guid.NewGuid();
        await using (var tx = await store.BeginAsync(CancellationToken.None))
        {
            await tx.InsertRunAsync(new RunRecord(runId, $"run-{runId:N}", Stores.Request(runId), RunStatus.Running, 0, 1));
            Assert.True(await tx.TryMarkProcessedAsync("start-run:x"));
        }

        Assert.Null(await store.FindRunAsync(runId, CancellationToken.None));
        await using var again = await store.BeginAsync(CancellationToken.None);
        Assert.True(await again.TryMarkProcessedAsync("start-run:x"));
    }

    [Theory]
    [MemberData(nameof(Stores.Providers), MemberType = typeof(Stores))]
    public async Task A_runs_dataset_keeps_accepted_samples_by_tree_number_one_per_answer_up_to_its_count(StorageProvider provider)
    {
        using var temp = new TempDirectory();
        var (_, store) = await Stores.CreateAsync(provider, temp);
        // Ids in creation order, so the listing's order holds even if both runs get the same timestamp.
        var runId = new Guid("00000000-0000-0000-0000-000000000001");
        var other = new Guid("00000000-0000-0000-0000-000000000002");
        var samples = new (bool Accepted, string Answer)[] { (true, "X"), (false, "W"), (true, "X"), (true, "Y"), (true, "Z") };
        await using (var tx = await store.BeginAsync(CancellationToken.None))
        {
            await tx.InsertRunAsync(new RunRecord(runId, $"run-{runId:N}", Stores.Request(runId), RunStatus.Running, samples.Length + 1, 1));
            await tx.InsertRunAsync(new RunRecord(other, $"run-{other:N}", Stores.Request(other), RunStatus.Running, 0, 1));
            for (var i = 0; i < samples.Length; i++)
            {
                var tree = Stores.Tree(runId, i + 1);
                await tx.InsertTreeAsync(tree);
                await tx.InsertQuestionAsync(tree.TreeId, $"Question {i + 1}?", samples[i].Answer);
                await tx.InsertSampleAsync(tree.TreeId, samples[i].Accepted, samples[i].Accepted ? null : "shortcut", null);
            }

            await tx.InsertTreeAsync(Stores.Tree(runId, samples.Length + 1));
            await tx.CommitAsync(CancellationToken.None);
        }

        var run = (await store.FindRunAsync(runId, CancellationToken.None))!;
        var dataset = await store.DatasetSamplesAsync(run, CancellationToken.None);

        Assert.Equal([(1, "X"), (4, "Y")], dataset.Select(d => (d.TreeNo, d.Answer)));
        Assert.Equal("Question 4?", dataset[1].Question);
        Assert.Equal(Stores.Tree(runId, 4).ToSnapshot().Vertices[0].Claims, dataset[1].Tree.Vertices[0].Claims);
        Assert.Equal("Question 1?", await store.QuestionAsync(DeterministicIds.TreeId(runId, 1), CancellationToken.None));
        Assert.Null(await store.QuestionAsync(DeterministicIds.TreeId(runId, samples.Length + 1), CancellationToken.None));
        Assert.Equal([runId, other], (await store.RunsAsync(CancellationToken.None)).Select(r => r.RunId));
    }
}
