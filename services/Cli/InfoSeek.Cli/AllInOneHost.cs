using InfoSeek.Blurring;
using InfoSeek.Browser;
using InfoSeek.Hosting;
using InfoSeek.Planner;
using InfoSeek.Sampler;
using InfoSeek.Verbalizer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InfoSeek.Cli;

/// <summary>
/// Every service in one process: the same AddX registrations the service hosts use, on the
/// in-memory bus and a SQLite file, with the corpus API served in-process. Language-model endpoints
/// come from configuration (Llm__Default__BaseAddress etc. in the environment).
/// </summary>
public static class AllInOneHost
{
    /// <param name="settings">Configuration that overrides the environment's, e.g. the Llm section.</param>
    public static IHost Build(string indexDirectory, string databasePath, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder();
        Compose(builder, indexDirectory, databasePath, settings);
        return builder.Build();
    }

    /// <summary>Adds every service to a host being built (a console host, or the web host of <c>infoseek serve</c>).</summary>
    public static void Compose(IHostApplicationBuilder builder, string indexDirectory, string databasePath, IReadOnlyDictionary<string, string?>? settings = null)
    {
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bus:Transport"] = nameof(BusTransport.InMemory),
            ["Storage:Provider"] = "Sqlite",
            ["Storage:ConnectionString"] = $"Data Source={databasePath}",
            ["Browser:IndexDirectory"] = indexDirectory,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);

        builder.AddPlanner();
        builder.AddBrowser();
        builder.AddInProcessCorpusApi();
        builder.AddBlurring();
        builder.AddVerbalizer();
        builder.AddSampler();
        builder.AddInfoSeekBus();
    }
}
