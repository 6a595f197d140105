using System.Net;
using InfoSeek.Contracts;
using InfoSeek.Domain;
using InfoSeek.Hosting;
using InfoSeek.Planner;
using InfoSeek.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InfoSeek.Gateway.Tests;

[CollectionDefinition(Name)]
public sealed class ServicesCollection : ICollectionFixture<ServicesFixture>
{
    public const string Name = "services";
}

/// <summary>
/// The real Planner, Browser (on the sample index) and Sampler, each its host's own Program on a
/// loopback port, the Planner and Sampler sharing one SQLite state file; gateways are started in front
/// of them. They listen on real ports (Kestrel, not the in-memory test server) because the gateway
/// proxies and probes them over HTTP.
/// </summary>
public sealed class ServicesFixture : IAsyncLifetime
{
    public const string TestKey = "tests-key-0123456789";
    public const string OtherKey = "other-key-0123456789";
    public const string SeededRunName = "seeded";

    private readonly TempDirectory temp = new();
    private readonly List<IAsyncDisposable> hosts = [];
    private readonly Lazy<Task<Guid>> seededRun;
    private IServiceProvider plannerServices = null!;

    public ServicesFixture()
    {
        seededRun = new(SeedAcceptedRunAsync);
    }

    public Uri Planner { get; private set; } = null!;

    public Uri Browser { get; private set; } = null!;

    public Uri Sampler { get; private set; } = null!;

    public IServiceProvider PlannerServices => plannerServices;

    public Task InitializeAsync()
    {
        var storage = new Dictionary<string, string?>
        {
            ["Bus:Transport"] = nameof(BusTransport.InMemory),
            ["Storage:Provider"] = "Sqlite",
            ["Storage:ConnectionString"] = $"Data Source={temp.File("state.db")}",
        };

        // The Browser first: the Planner asks it which corpora it serves.
        (Browser, _) = Start(new ServiceHost<InfoSeek.Browser.Host.Program>(temp.Path, new()
        {
            ["Bus:Transport"] = nameof(BusTransport.InMemory),
            ["Browser:IndexDirectory"] = Repository.SampleIndex,
        }));

        // The Planner before the Sampler: it owns the schema and migrates it at start-up.
        (Planner, plannerServices) = Start(new ServiceHost<InfoSeek.Planner.Host.Program>(temp.Path, new(storage) { ["CorpusApi:BaseAddress"] = Browser.ToString() }));
        (Sampler, _) = Start(new ServiceHost<InfoSeek.Sampler.Host.Program>(temp.Path, new(storage)
        {
            ["CorpusApi:BaseAddress"] = Browser.ToString(),
            ["Sampler:DatasetDirectory"] = temp.File("datasets"),
        }));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        foreach (var host in Enumerable.Reverse(hosts))
        {
            await host.DisposeAsync();
        }

        temp.Dispose();
    }

    /// <summary>
    /// A gateway with the repository's gateway settings, pointed at these services, probing them
    /// every second, with two clients' keys; <paramref name="overrides"/> change any setting.
    /// </summary>
    public Task<GatewayHost> StartGatewayAsync(Dictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Gateway:ApiKeys:tests"] = TestKey,
            ["Gateway:ApiKeys:other"] = OtherKey,
        };
        foreach (var (cluster, address) in new[] { ("planner", Planner), ("browser", Browser), ("sampler", Sampler) })
        {
            settings[$"ReverseProxy:Clusters:{cluster}:Destinations:d1:Address"] = address.ToString();
            settings[$"ReverseProxy:Clusters:{cluster}:HealthCheck:Active:Interval"] = "00:00:01";
            settings[$"ReverseProxy:Clusters:{cluster}:Metadata:ConsecutiveFailuresHealthPolicy.Threshold"] = "1";
        }

        foreach (var (key, value) in overrides ?? [])
        {
            settings[key] = value;
        }

        // The gateway's own folder is its content root: its appsettings.json holds the routes.
        var gateway = new ServiceHost<InfoSeek.Gateway.Program>(contentRoot: null, settings);
        return Task.FromResult(new GatewayHost(gateway, StartServer(gateway)));
    }

    /// <summary>A run whose one tree went all the way to an accepted sample, driven through the Planner's own workflow.</summary>
    public Task<Guid> SeededRunAsync() => seededRun.Value;

    private async Task<Guid> SeedAcceptedRunAsync()
    {
        using var scope = PlannerServices.CreateScope();
        var workflow = scope.ServiceProvider.GetRequiredService<TreeWorkflow>();
        var ct = CancellationToken.None;
        var evidence = new Evidence("Root page", "Root page was built by Child page.", 0, 34);
        var request = new StartRun
        {
            RunId = DeterministicIds.RunId(SeededRunName), Name = SeededRunName, Count = 1, Seed = 3, MinVertices = 2, MaxVertices = 2, Parallelism = 1,
        };

        var root = Assert.IsType<BrowsePage>(Assert.Single(await workflow.StartRunAsync(request, ct)));
        var child = Assert.IsType<BrowsePage>(Assert.Single(await workflow.OnPageBrowsedAsync(
            new PageBrowsed(root.RunId, root.TreeId, root.Step, 0, "Root page", "a building",
                [new ClaimCandidate("A was built by B", ClaimKind.Relation, "Child page", true, evidence, CluePages: 2)]), ct)));
        var blur = Assert.IsType<BlurNode>(Assert.Single(await workflow.OnPageBrowsedAsync(
            new PageBrowsed(child.RunId, child.TreeId, child.Step, 1, "Child page", "an architect", []), ct)));
        var certificate = new Certificate("Root page", [new ClaimCertificate("A was built by B", 2, ["Other page"])], ["Root page"]);
        var completed = Assert.IsType<TreeCompleted>(Assert.Single(await workflow.OnNodeBlurredAsync(
            new NodeBlurred(blur.RunId, blur.TreeId, blur.Step, 0, [], certificate), ct)));
        await workflow.OnQuestionVerbalizedAsync(
            new QuestionVerbalized(completed.RunId, completed.TreeId, completed.Step, "What building was built by Child page?", "Root page", completed.Tree), ct);
        var trajectory = new Trajectory("tree-guided", [new TrajectoryStep("search", "built by Child page", ["Root page"], true), new TrajectoryStep("answer", "Root page")], "Root page", true);
        await workflow.OnSampleJudgedAsync(new SampleJudged(completed.RunId, completed.TreeId, completed.Step, true, null, trajectory), ct);
        return request.RunId;
    }

    private (Uri Address, IServiceProvider Services) Start<TEntryPoint>(ServiceHost<TEntryPoint> host)
        where TEntryPoint : class
    {
        hosts.Add(host);
        return (StartServer(host), host.Services);
    }

    private static Uri StartServer<TEntryPoint>(ServiceHost<TEntryPoint> host)
        where TEntryPoint : class
    {
        host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        return new Uri(host.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
    }
}

/// <summary>
/// A host's own Program with these settings (given as host settings, so Program.cs sees them before it
/// builds), logging warnings only; with a content root, no settings files of its own are read.
/// </summary>
public sealed class ServiceHost<TEntryPoint>(string? contentRoot, Dictionary<string, string?> settings) : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (contentRoot is not null)
        {
            builder.UseContentRoot(contentRoot);
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }
}

/// <summary>A started gateway and clients for it.</summary>
public sealed class GatewayHost(IAsyncDisposable host, Uri address) : IAsyncDisposable
{
    private readonly List<HttpClient> clients = [];

    public Uri Address => address;

    /// <summary>A client that sends <paramref name="apiKey"/> in X-Api-Key, or no key at all.</summary>
    public HttpClient Client(string? apiKey = ServicesFixture.TestKey)
    {
        var client = new HttpClient { BaseAddress = address };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        clients.Add(client);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        clients.ForEach(c => c.Dispose());
        await host.DisposeAsync();
    }
}
