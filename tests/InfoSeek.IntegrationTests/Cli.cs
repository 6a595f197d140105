using InfoSeek.TestSupport;

namespace InfoSeek.IntegrationTests;

/// <summary>Runs the infoseek CLI as its own process, on the featured sample corpus (INFOSEEK_CORPUS) and the shared test index cache.</summary>
public static class Cli
{
    public static string Dll => Path.Combine("services", "Cli", "InfoSeek.Cli", "bin", Repository.Configuration, "net10.0", "infoseek.dll");

    public static ChildProcess Start(params string[] arguments)
    {
        _ = Repository.SampleIndex; // build the shared index before the CLI looks for it
        return ChildProcess.Dotnet(Dll, arguments.Concat(["--cache", Repository.IndexCache]), new Dictionary<string, string> { ["NO_COLOR"] = "1", ["INFOSEEK_CORPUS"] = Repository.SampleCorpus });
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(TimeSpan timeout, params string[] arguments)
    {
        using var process = Start(arguments);
        var code = await process.WaitAsync(timeout);
        return (code, process.Output);
    }
}
