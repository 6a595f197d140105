using InfoSeek.Browser;
using InfoSeek.Gateway;
using InfoSeek.Hosting;
using InfoSeek.Planner;
using InfoSeek.Sampler;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace InfoSeek.Cli;

/// <summary>
/// The all-in-one composition behind the gateway's front door on one web host: the services' HTTP APIs
/// (runs, datasets, and the corpus under /api/corpus, as the gateway routes them) served in-process with
/// the gateway's API keys, rate limits and dashboard.
/// </summary>
public static class ServeHost
{
    /// <param name="urls">Where to listen, e.g. "http://127.0.0.1:5080".</param>
    /// <param name="apiKey">The key the dashboard and API clients send in X-Api-Key.</param>
    /// <param name="settings">Configuration that overrides the defaults, e.g. Gateway:RequestsPerWindow.</param>
    public static WebApplication Build(
        string indexDirectory, string databasePath, string datasetDirectory, string urls, string apiKey, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls(urls);
        var all = new Dictionary<string, string?>
        {
            ["Gateway:ApiKeys:dashboard"] = apiKey,
            // One person's dashboard polls several API calls every few seconds.
            ["Gateway:RequestsPerWindow"] = "1200",
            ["Sampler:DatasetDirectory"] = datasetDirectory,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        builder.AddServiceDefaults();
        AllInOneHost.Compose(builder, indexDirectory, databasePath, all);
        builder.AddGateway();

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapGateway();
        app.MapPlanner();
        app.MapSampler();
        app.MapGroup("/api/corpus").MapBrowser();
        return app;
    }
}
