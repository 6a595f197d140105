using System.CommandLine;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Spectre.Console;

namespace InfoSeek.Cli;

/// <summary><c>infoseek serve</c>: every service in one process behind the gateway, with the web dashboard.</summary>
public static class ServeCommand
{
    public const string ApiKeyVariable = "INFOSEEK_API_KEY";

    public static Command Create()
    {
        var corpus = CliOptions.Corpus();
        var format = CliOptions.Format();
        var cache = CliOptions.Cache();
        var output = new Option<string>("--out") { Description = "Folder for the state (.infoseek/state.db, shared with synthesize --out) and exported datasets", DefaultValueFactory = _ => "out" };
        var host = new Option<string>("--host") { Description = "Address to listen on", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = "Port to listen on", DefaultValueFactory = _ => 5080 };
        var apiKey = new Option<string?>("--api-key")
        {
            Description = $"The key for the dashboard and the API (X-Api-Key); default: ${ApiKeyVariable}, else a random key that is printed",
        };

        var command = new Command("serve", "Run every service in one process with the gateway's API and web dashboard")
        {
            corpus, format, cache, output, host, port, apiKey,
        };
        command.SetAction(async (parse, ct) =>
        {
            var key = parse.GetValue(apiKey) ?? Environment.GetEnvironmentVariable(ApiKeyVariable);
            var printKey = string.IsNullOrEmpty(key);
            key = printKey ? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) : key!;
            if (key.Length < Gateway.GatewayOptions.MinKeyLength)
            {
                await Console.Error.WriteLineAsync($"error: --api-key must have at least {Gateway.GatewayOptions.MinKeyLength} characters (has {key.Length}).");
                return 2;
            }

            if (parse.GetValue(port) is not (>= 0 and <= 65535) and var badPort)
            {
                await Console.Error.WriteLineAsync($"error: --port must be between 0 and 65535 (was {badPort}).");
                return 2;
            }

            string indexDirectory;
            try
            {
                indexDirectory = IndexStep.Ensure(Path.GetFullPath(parse.GetValue(corpus) ?? CliPaths.DefaultCorpus()), parse.GetValue(cache)!, parse.GetValue(format), ct);
            }
            catch (Exception e) when (e is ArgumentException or FileNotFoundException or InvalidDataException)
            {
                await Console.Error.WriteLineAsync($"error: {e.Message}");
                return 2;
            }

            var outDir = Path.GetFullPath(parse.GetValue(output)!);
            Directory.CreateDirectory(Path.Combine(outDir, ".infoseek"));
            var urls = $"http://{parse.GetValue(host)}:{parse.GetValue(port)}";
            await using var app = ServeHost.Build(
                indexDirectory, Path.Combine(outDir, ".infoseek", "state.db"), Path.Combine(outDir, "datasets"), urls, key);
            await app.StartAsync(ct);
            AnsiConsole.MarkupLineInterpolated($"Dashboard on [bold]{string.Join(", ", app.Urls.Select(u => u + "/dashboard/"))}[/]; press Ctrl+C to stop.");
            if (printKey)
            {
                AnsiConsole.MarkupLineInterpolated($"API key (X-Api-Key) for this session: [bold]{key}[/] (set --api-key or ${ApiKeyVariable} to choose one).");
            }

            await app.WaitForShutdownAsync(ct);
            return 0;
        });
        return command;
    }
}
