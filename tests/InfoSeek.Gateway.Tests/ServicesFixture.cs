using InfoSeek.Browser;
using InfoSeek.Contracts;
using InfoSeek.CorpusApi;
using InfoSeek.Domain;
using InfoSeek.Hosting;
using InfoSeek.Planner;
using InfoSeek.Sampler;
using InfoSeek.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InfoSeek.Gateway.Tests;

[CollectionDefinition(Name)]
public sealed class ServicesCollection : ICollectionFixture<ServicesFixture>
{
    public const string Name = "services";
}

/// <summary>
/// The real Planner, Browser (on the sample index) and Sampler, each its own web host on a loopback
/// port, the Planner and Sampler sharing one SQLite state file; gateways are started in front of them.
/// </summary>
public sealed class ServicesFixture : IAsyncLifetime
{
    public const string TestKey = "tests-key-0123456789";
    public const string OtherKey = "other-key-0123456789";
    public const string SeededRunName = "seeded";

    private readonly TempDirectory temp = new();
    private readonly List<WebApplication> apps = [];
    private readonly Lazy<Task<Guid>> seededRun;

    public ServicesFixture()
    {
        seededRun = new(SeedAcceptedRunAsync);
    }

    public Uri Planner { get; private set; } = null!;

    public Uri Browser { get; private set; } = null!;

    public Uri Sampler { get; private set; } = null!;

    public IServiceProvider PlannerServices => apps[1].Services;

    public async Task InitializeAsync()
    {
        var storage = new Dictionary<string, string?>
        {
            ["Bus:Transport"] = nameof(BusTransport.InMemory),
            ["Storage:Provider"] = "Sqlite",
            ["Storage:ConnectionString"] = $"Data Source={temp.File("state.db")}",
        };

        // The Browser first (apps[0]): the Planner asks it which corpora it serves.
        var browser = Builder(new() { ["Browser:IndexDirectory"] = Repository.SampleIndex });
        browser.AddServiceDefaults();
        browser.AddBrowser();
        Browser = await StartAsync(browser, app => app.MapBrowser());

        // The Planner (apps[1]) before the Sampler: it owns the schema and migrates it at start-up.
        var planner = Builder(storage);
        planner.AddServiceDefaults();
        planner.Services.AddCorpusApiClient(Browser);
        planner.AddPlanner();
        planner.AddInfoSeekBus();
        Planner = await StartAsync(planner, app => app.MapPlanner());

        var sampler = Builder(new(storage) { ["Sampler:DatasetDirectory"] = temp.File("datasets") });
        sampler.AddServiceDefaults();
        sampler.Services.AddCorpusApiClient(Browser);
        sampler.AddSampler();
        Sampler = await StartAsync(sampler, app => app.MapSampler());
    }

    public async Task DisposeAsync()
    {
        foreach (var app in Enumerable.Reverse(apps))
        {
            await app.DisposeAsync();
        }

        temp.Dispose();
    }

    /// <summary>
    /// A gateway with the repository's gateway settings, pointed at these services, probing them
    /// every second, with two clients' keys; <paramref name="overrides"/> change any setting.
    /// </summary>
    public async Task<GatewayHost> StartGatewayAsync(Dictionary<string, string?>? overrides = null)
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

        var builder = CreateBuilder(temp.Path);
        builder.Configuration.AddJsonFile(Path.Combine(Repository.Root, "services", "Gateway", "InfoSeek.Gateway", "appsettings.json"));
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddServiceDefaults();
        builder.AddGateway();
        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapGateway();
        await app.StartAsync();
        return new GatewayHost(app, new Uri(app.Urls.First()));
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

    private WebApplicationBuilder Builder(Dictionary<string, string?> settings)
    {
        var builder = CreateBuilder(temp.Path);
        builder.Configuration.AddInMemoryCollection(settings);
        return builder;
    }

    private async Task<Uri> StartAsync(WebApplicationBuilder builder, Action<WebApplication> map)
    {
        var app = builder.Build();
        app.MapDefaultEndpoints();
        map(app);
        apps.Add(app);
        await app.StartAsync();
        return new Uri(app.Urls.First());
    }

    /// <summary>A host on a free loopback port, with no settings files of its own (the content root is a temp folder).</summary>
    private static WebApplicationBuilder CreateBuilder(string contentRoot)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = contentRoot, EnvironmentName = "Development" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        return builder;
    }
}

/// <summary>A started gateway and clients for it.</summary>
public sealed class GatewayHost(WebApplication app, Uri address) : IAsyncDisposable
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
        await app.DisposeAsync();
    }
}
