using System.Globalization;
using System.Net.Http.Json;
using System.Text;

namespace InfoSeek.TestSupport;

/// <summary>
/// The deployment shape of docker compose on this machine: every service host in its own process with its own bus
/// connection to a <see cref="RabbitMqNode"/>, the Planner and the Sampler on one SQLite file, each worker with as many
/// replicas as asked. A replica can be killed (SIGKILL, as in a crash) and started again on the same port and settings.
/// </summary>
public sealed class ServiceProcesses : IDisposable
{
    /// <summary>The five workers, in the order a message meets them.</summary>
    public static readonly IReadOnlyList<string> Workers = ["Planner", "Browser", "Blurring", "Verbalizer", "Sampler"];

    private readonly RabbitMqNode broker;
    private readonly Dictionary<(string Service, int Replica), Replica> replicas = [];

    /// <param name="database">The SQLite state file the Planner and the Sampler share.</param>
    /// <param name="defaultIndex">The index the Browser serves as the default corpus (a run that names none), if any.</param>
    /// <param name="settings">Configuration for every service over its own (e.g. Bus__RetryLimit, Planner__StallAfter).</param>
    public ServiceProcesses(RabbitMqNode broker, string database, string? defaultIndex, int replicasPerWorker = 1, IReadOnlyDictionary<string, string>? settings = null)
    {
        this.broker = broker;
        var storage = new Dictionary<string, string> { ["Storage__Provider"] = "Sqlite", ["Storage__ConnectionString"] = $"Data Source={database}" };
        var browsers = Enumerable.Range(0, replicasPerWorker).Select(_ => RabbitMqNode.FreePort()).ToList();
        for (var i = 0; i < replicasPerWorker; i++)
        {
            // Replica i of a corpus reader asks Browser replica i: both Browsers get work.
            var corpusApi = new Dictionary<string, string> { ["CorpusApi__BaseAddress"] = $"http://127.0.0.1:{browsers[i]}" };
            Add("Planner", i, RabbitMqNode.FreePort(), storage);
            Add("Browser", i, browsers[i], defaultIndex is null ? [] : new() { ["Browser__IndexDirectory"] = defaultIndex });
            Add("Blurring", i, RabbitMqNode.FreePort(), corpusApi);
            Add("Verbalizer", i, RabbitMqNode.FreePort(), []);
            Add("Sampler", i, RabbitMqNode.FreePort(), new(storage.Concat(corpusApi)));
        }

        foreach (var replica in replicas.Values)
        {
            foreach (var (k, v) in settings ?? new Dictionary<string, string>())
            {
                replica.Environment[k] = v;
            }

            replica.Start();
        }
    }

    /// <summary>The first Planner's address (runs and failures API).</summary>
    public string PlannerUrl => replicas[("Planner", 0)].Url;

    /// <summary>Every replica's output so far, to explain a failure.</summary>
    public string Output => string.Join("\n---\n", replicas.Values.Select(r => $"{r.Service} {r.Index}:\n{r.Output}"));

    /// <summary>SIGKILL of one replica: no shutdown code runs, unacknowledged messages go back to the broker.</summary>
    public void Kill(string service, int replica = 0) => replicas[(service, replica)].Kill();

    /// <summary>SIGTERM of one replica, as a supervisor stops it: its exit code once it has exited, within <paramref name="bound"/>.</summary>
    public Task<int> StopAsync(string service, TimeSpan bound, int replica = 0) => replicas[(service, replica)].StopAsync(bound);

    /// <summary>Starts a killed or stopped replica again with its port and settings.</summary>
    public void Restart(string service, int replica = 0) => replicas[(service, replica)].Start();

    /// <summary>Fails with every replica's output when one has stopped on its own.</summary>
    public void AssertRunning()
    {
        if (replicas.Values.FirstOrDefault(r => !r.Killed && r.Process is { HasExited: true }) is { } stopped)
        {
            throw new InvalidOperationException($"{stopped.Service} {stopped.Index} stopped:\n{Output}");
        }
    }

    /// <summary>
    /// Until every Browser answers searches and every Planner is ready: its bus has bound the StartRun exchange to its
    /// queue, so a raw publish is not dropped for want of a binding.
    /// </summary>
    public async Task WaitReadyAsync(string? corpus = null)
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        var pending = replicas.Values.Where(r => r.Service is "Browser" or "Planner").ToList();
        while (pending.Count > 0)
        {
            foreach (var replica in pending.ToList())
            {
                try
                {
                    var ready = replica.Service == "Browser"
                        ? (await http.GetFromJsonAsync<SearchProbe>($"{replica.Url}/search?q=moon&k=1{(corpus is null ? "" : "&corpus=" + corpus)}"))?.Hits.Count == 1
                        : (await http.GetAsync(new Uri($"{replica.Url}/health/ready"))).IsSuccessStatusCode;
                    if (ready)
                    {
                        pending.Remove(replica);
                    }
                }
                catch (HttpRequestException)
                {
                }
            }

            AssertRunning();
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not ready within 3 minutes: {string.Join(", ", pending.Select(r => r.Service))}.\n{Output}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>
    /// Publishes StartRun as plain JSON with a bare AMQP client, as the README shows: no MassTransit envelope. Retried
    /// until the Planner has declared its exchange.
    /// </summary>
    public async Task PublishStartRunAsync(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var factory = broker.ConnectionFactory();
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (true)
        {
            try
            {
                await using var connection = await factory.CreateConnectionAsync();
                await using var channel = await connection.CreateChannelAsync();
                var properties = new RabbitMQ.Client.BasicProperties { ContentType = "application/json", Persistent = true };
                await channel.BasicPublishAsync("InfoSeek.Contracts:StartRun", "", mandatory: false, properties, body);
                return;
            }
            catch (RabbitMQ.Client.Exceptions.OperationInterruptedException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(500); // the exchange does not exist until the Planner has started
            }
        }
    }

    public void Dispose()
    {
        foreach (var replica in replicas.Values)
        {
            replica.Process?.Dispose();
        }
    }

    private void Add(string service, int index, int port, Dictionary<string, string> settings)
    {
        var environment = new Dictionary<string, string>(broker.BusEnvironment())
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (k, v) in settings)
        {
            environment[k] = v;
        }

        replicas[(service, index)] = new Replica(service, index, port, environment);
    }

    private sealed record SearchProbe(List<object> Hits);

    private sealed class Replica(string service, int index, int port, Dictionary<string, string> environment)
    {
        public string Service => service;

        public int Index => index;

        public string Url => $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";

        public Dictionary<string, string> Environment => environment;

        private readonly StringBuilder earlier = new();

        public ChildProcess? Process { get; private set; }

        /// <summary>Killed or stopped by the test and not started again.</summary>
        public bool Killed { get; private set; }

        /// <summary>What every process of this replica wrote, the killed ones first.</summary>
        public string Output => earlier + Process?.Output;

        public void Start()
        {
            if (Process is { HasExited: false })
            {
                throw new InvalidOperationException($"{service} {index} is running already.");
            }

            if (Process is not null)
            {
                earlier.Append(Process.Output).AppendLine("(killed; started again)");
                Process.Dispose();
            }

            var dir = Path.Combine("services", service, $"InfoSeek.{service}.Host", "bin", Repository.Configuration, "net10.0");
            Killed = false;
            Process = ChildProcess.Dotnet(Path.Combine(dir, $"InfoSeek.{service}.Host.dll"), [], environment, Path.Combine(Repository.Root, dir));
        }

        public async Task<int> StopAsync(TimeSpan bound)
        {
            var process = Process ?? throw new InvalidOperationException($"{service} {index} was never started.");
            Killed = true;
            process.Signal("TERM");
            return await process.WaitAsync(bound);
        }

        public void Kill()
        {
            var process = Process ?? throw new InvalidOperationException($"{service} {index} was never started.");
            process.Kill();
            Killed = true;
            process.WaitAsync(TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
        }
    }
}
