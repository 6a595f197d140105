using InfoSeek.Contracts;
using InfoSeek.Domain;
using InfoSeek.Storage;
using InfoSeek.TestSupport;

namespace InfoSeek.IntegrationTests;

/// <summary>
/// The whole flow over a real RabbitMQ broker, every service in its own process with its own bus
/// connection: the deployment shape of docker compose, on this machine.
/// </summary>
public sealed class RabbitMqFlowTests(RabbitMqNode broker) : IClassFixture<RabbitMqNode>
{
    [Fact]
    public async Task A_run_published_to_the_broker_completes_across_separate_service_processes()
    {
        using var temp = new TempDirectory();
        var database = temp.File("planner.db");
        // The sample served only under a name, so every service must ask for the run's corpus by name.
        using var services = new ServiceProcesses(broker, database, defaultIndex: null, settings: new Dictionary<string, string> { ["Browser__Corpora__sample__IndexDirectory"] = Repository.SampleIndex });
        await services.WaitReadyAsync(corpus: "sample");

        var request = new StartRun { RunId = DeterministicIds.RunId($"broker-{Guid.NewGuid()}"), Name = "broker", Count = 3, Seed = 2, Corpus = "sample" };
        await services.PublishStartRunAsync(
            $$"""{"runId":"{{request.RunId}}","name":"{{request.Name}}","count":{{request.Count}},"seed":{{request.Seed}},"corpus":"{{request.Corpus}}"}""");

        var store = new StateStore(new Database(new StorageOptions { ConnectionString = $"Data Source={database}" }));
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(8);
        RunRecord? run = null;
        while (DateTime.UtcNow < deadline && (run = await TryFindAsync(store, request.RunId)) is not { Status: not RunStatus.Running })
        {
            services.AssertRunning();
            await Task.Delay(250);
        }

        Assert.True(run is { Status: RunStatus.Completed }, $"run did not complete: {run?.Status}\n" + services.Output);
        var samples = (await store.SamplesAsync(request.RunId, CancellationToken.None)).Where(s => s.Accepted).ToList();
        Assert.True(samples.Count >= 3);
        foreach (var sample in samples)
        {
            Assert.Equal(sample.Answer, sample.Tree.Vertices[0].Entity);
            Assert.True(sample.Tree.Vertices.Count >= request.MinVertices);
            Assert.NotNull(sample.Tree.Vertices[0].Certificate);
            Assert.Equal([sample.Answer], sample.Tree.Vertices[0].Certificate!.Intersection);
            Assert.EndsWith("?", sample.Question);
        }
    }

    private static async Task<RunRecord?> TryFindAsync(StateStore store, Guid runId)
    {
        try
        {
            return await store.FindRunAsync(runId, CancellationToken.None);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return null; // the planner has not created its tables yet
        }
    }
}
