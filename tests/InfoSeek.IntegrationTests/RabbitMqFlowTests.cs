using System.Net.Http.Json;
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
        var browserPort = RabbitMqNode.FreePort();
        var browserUrl = $"http://127.0.0.1:{browserPort}";
        var services = new List<ChildProcess>();
        try
        {
            var plannerUrl = $"http://127.0.0.1:{RabbitMqNode.FreePort()}";
            services.Add(Host("Planner", new Uri(plannerUrl).Port, new() { ["Storage__Provider"] = "Sqlite", ["Storage__ConnectionString"] = $"Data Source={database}" }));
            // The sample served only under a name, so every service must ask for the run's corpus by name.
            services.Add(Host("Browser", browserPort, new() { ["Browser__Corpora__sample__IndexDirectory"] = Repository.SampleIndex }));
            services.Add(Host("Blurring", RabbitMqNode.FreePort(), new() { ["CorpusApi__BaseAddress"] = browserUrl }));
            services.Add(Host("Verbalizer", RabbitMqNode.FreePort(), []));
            services.Add(Host("Sampler", RabbitMqNode.FreePort(), new() { ["CorpusApi__BaseAddress"] = browserUrl, ["Storage__Provider"] = "Sqlite", ["Storage__ConnectionString"] = $"Data Source={database}" }));
            await WaitReadyAsync(browserUrl, plannerUrl, services);

            var request = new StartRun { RunId = DeterministicIds.RunId($"broker-{Guid.NewGuid()}"), Name = "broker", Count = 3, Seed = 2, Corpus = "sample" };
            await PublishAsync(request);

            var store = new StateStore(new Database(new StorageOptions { ConnectionString = $"Data Source={database}" }));
            var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(8);
            RunRecord? run = null;
            while (DateTime.UtcNow < deadline && (run = await TryFindAsync(store, request.RunId)) is not { Status: not RunStatus.Running })
            {
                Assert.True(services.All(s => !s.HasExited), "a service stopped:\n" + string.Join("\n---\n", services.Select(s => s.Output)));
                await Task.Delay(250);
            }

            Assert.True(run is { Status: RunStatus.Completed }, $"run did not complete: {run?.Status}\n" + string.Join("\n---\n", services.Select(s => s.Output)));
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
        finally
        {
            foreach (var s in services)
            {
                s.Dispose();
            }
        }
    }

    private ChildProcess Host(string service, int port, Dictionary<string, string> settings)
    {
        var environment = broker.BusEnvironment();
        environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (k, v) in settings)
        {
            environment[k] = v;
        }

        var dir = Path.Combine("services", service, $"InfoSeek.{service}.Host", "bin", Repository.Configuration, "net10.0");
        return ChildProcess.Dotnet(Path.Combine(dir, $"InfoSeek.{service}.Host.dll"), [], environment, Path.Combine(Repository.Root, dir));
    }

    /// <summary>
    /// Until the Browser answers searches and the Planner is ready: its bus has bound the StartRun
    /// exchange to its queue, so a raw publish is not dropped for want of a binding.
    /// </summary>
    private static async Task WaitReadyAsync(string browserUrl, string plannerUrl, IReadOnlyList<ChildProcess> services)
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var search = await http.GetFromJsonAsync<SearchProbe>($"{browserUrl}/search?q=moon&k=1&corpus=sample");
                var planner = await http.GetAsync(new Uri($"{plannerUrl}/health/ready"));
                if (search?.Hits.Count == 1 && planner.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            Assert.True(services.All(s => !s.HasExited), "a service stopped:\n" + string.Join("\n---\n", services.Select(s => s.Output)));
            await Task.Delay(200);
        }

        throw new TimeoutException("The Browser did not answer searches or the Planner was not ready.");
    }

    private sealed record SearchProbe(List<object> Hits);

    /// <summary>
    /// Publishes StartRun as plain JSON with a bare AMQP client, as the README shows: no MassTransit
    /// envelope. Retried until the Planner has declared its exchange.
    /// </summary>
    private async Task PublishAsync(StartRun request)
    {
        var body = System.Text.Encoding.UTF8.GetBytes(
            $$"""{"runId":"{{request.RunId}}","name":"{{request.Name}}","count":{{request.Count}},"seed":{{request.Seed}},"corpus":"{{request.Corpus}}"}""");
        var factory = new RabbitMQ.Client.ConnectionFactory { HostName = broker.Host, Port = broker.Port };
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (true)
        {
            try
            {
                await using var connection = await factory.CreateConnectionAsync();
                await using var channel = await connection.CreateChannelAsync();
                var properties = new RabbitMQ.Client.BasicProperties { ContentType = "application/json" };
                await channel.BasicPublishAsync("InfoSeek.Contracts:StartRun", "", mandatory: false, properties, body);
                return;
            }
            catch (RabbitMQ.Client.Exceptions.OperationInterruptedException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(500); // the exchange does not exist until the Planner has started
            }
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
