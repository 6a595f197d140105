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
}
