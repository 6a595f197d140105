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
/// in-memory bus and a SQLite file, with the corpus API served in-process.
/// </summary>
public static class AllInOneHost
{
    public static IHost Build(string indexDirectory, string databasePath)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bus:Transport"] = nameof(BusTransport.InMemory),
            ["Storage:Provider"] = "Sqlite",
            ["Storage:ConnectionString"] = $"Data Source={databasePath}",
            ["Browser:IndexDirectory"] = indexDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);

        builder.AddPlanner();
        builder.AddBrowser();
        builder.AddInProcessCorpusApi();
        builder.AddBlurring();
        builder.AddVerbalizer();
        builder.AddSampler();
        builder.AddInfoSeekBus();
        return builder.Build();
    }
}
