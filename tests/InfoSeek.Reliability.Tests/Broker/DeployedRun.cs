using InfoSeek.Contracts;
using InfoSeek.Domain;
using InfoSeek.Sampler;
using InfoSeek.Storage;
using InfoSeek.TestSupport;
using Microsoft.Data.Sqlite;

namespace InfoSeek.Reliability.Tests.Broker;

/// <summary>A run published to <see cref="ServiceProcesses"/>, watched through the state file its Planner writes.</summary>
public sealed class DeployedRun(ServiceProcesses services, string database, StartRun request)
{
    /// <summary>
    /// The run the broker tests crash and poison: on the sample, three questions from about 40 trees and 200 replies, two
    /// trees at a time, so that it outlasts a kill of every worker and of the broker.
    /// </summary>
    public static readonly StartRun Request = new()
    {
        RunId = DeterministicIds.RunId("deployed"),
        Name = "deployed",
        Count = 3,
        Seed = 1,
        Parallelism = 2,
    };

    private readonly Database db = new(new StorageOptions { Provider = StorageProvider.Sqlite, ConnectionString = $"Data Source={database}" });

    public StateStore Store => new(db);

    /// <summary>Publishes the run as plain JSON, the way the README starts one on a broker.</summary>
    public static async Task<DeployedRun> PublishAsync(ServiceProcesses services, string database, StartRun request)
    {
        await services.PublishStartRunAsync(
            $$"""{"runId":"{{request.RunId}}","name":"{{request.Name}}","count":{{request.Count}},"seed":{{request.Seed}},"parallelism":{{request.Parallelism}}}""");
        return new DeployedRun(services, database, request);
    }

    /// <summary>Replies the Planner has taken (its processed-message rows): grows with every step of every tree.</summary>
    public async Task<long> RepliesAsync()
    {
        try
        {
            await using var connection = await db.OpenAsync(CancellationToken.None);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM processed_messages";
            return (long)(await command.ExecuteScalarAsync())!;
        }
        catch (SqliteException)
        {
            return 0; // the Planner has not created its tables yet
        }
    }

    public async Task<RunRecord?> FindAsync()
    {
        try
        {
            return await Store.FindRunAsync(request.RunId, CancellationToken.None);
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    public Task<IReadOnlyList<TreeOutcome>> OutcomesAsync() => Store.TreeOutcomesAsync(request.RunId, CancellationToken.None);

    /// <summary>Polls until <paramref name="done"/> holds, failing with every service's output if a service stops or time runs out.</summary>
    public async Task WaitAsync(string what, Func<Task<bool>> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await done())
        {
            services.AssertRunning();
            if (DateTime.UtcNow > deadline)
            {
                var outcomes = await FindAsync() is null ? [] : await OutcomesAsync();
                throw new TimeoutException(
                    $"Not within {timeout}: {what}. Run {(await FindAsync())?.Status}, {await RepliesAsync()} replies, trees: " +
                    $"{string.Join(", ", outcomes.Select(o => $"{o.TreeNo} {o.Status}"))}\n{services.Output}");
            }

            await Task.Delay(250);
        }
    }

    /// <summary>
    /// Until the run has ended and so have its trees: those still in flight when the run had its questions end as their
    /// replies come in.
    /// </summary>
    public Task WaitUntilEndedAsync(TimeSpan timeout) =>
        WaitAsync("the run ends with every tree ended", EndedAsync, timeout);

    public async Task<bool> EndedAsync() =>
        await FindAsync() is { Status: not RunStatus.Running } && (await OutcomesAsync()).All(o => o.Status.IsEnded());

    /// <summary>Writes the run's dataset as `infoseek export` does.</summary>
    public async Task<string> ExportAsync(string folder)
    {
        await new DatasetExporter(Store, new LlmCallStore(db)).ExportAsync(request.RunId, folder, CancellationToken.None);
        return folder;
    }

    /// <summary>
    /// Every tree the run started is stored once under its own number (none lost, none doubled), every one has ended,
    /// and no tree has two samples.
    /// </summary>
    public async Task AssertEveryTreeOnceAsync()
    {
        var run = await FindAsync() ?? throw new InvalidOperationException("no run");
        var outcomes = await OutcomesAsync();
        Assert.Equal(Enumerable.Range(1, run.TreesStarted), outcomes.Select(o => o.TreeNo).Order());
        Assert.Equal(outcomes.Count, outcomes.Select(o => o.TreeId).Distinct().Count());
        Assert.All(outcomes, o => Assert.True(o.Status.IsEnded(), $"tree {o.TreeNo} is {o.Status}"));
        var samples = await Store.SamplesAsync(request.RunId, CancellationToken.None);
        Assert.Equal(samples.Count, samples.Select(s => s.TreeId).Distinct().Count());
    }
}

/// <summary>The broker run made in one process: the dataset every crashed, poisoned or replayed broker run must give.</summary>
public sealed class DeployedRunReference() : CleanRun(DeployedRun.Request);

[CollectionDefinition(Name)]
public sealed class BrokerCollection : ICollectionFixture<DeployedRunReference>
{
    public const string Name = "broker";
}
