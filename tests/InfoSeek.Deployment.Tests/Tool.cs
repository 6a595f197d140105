using System.Diagnostics;
using InfoSeek.TestSupport;

namespace InfoSeek.Deployment.Tests;

/// <summary>The result of one run of a command-line tool.</summary>
public sealed record ToolResult(int ExitCode, string StandardOutput, string StandardError)
{
    public string Describe() => $"exit code {ExitCode}\n--- stderr ---\n{StandardError}\n--- stdout ---\n{StandardOutput}";
}

/// <summary>Runs the deployment tools (docker-compose, kubectl) from the repository root, stdout and stderr apart.</summary>
public static class Tool
{
    /// <summary>Variables docker-compose.yml reads: removed so that its own defaults are what the tests see.</summary>
    public static readonly string[] ComposeVariables =
    [
        "MSSQL_SA_PASSWORD", "RABBITMQ_USER", "RABBITMQ_PASSWORD", "INFOSEEK_CORPUS_DIR", "INFOSEEK_CORPUS_FILE",
        "INFOSEEK_GATEWAY_PORT", "INFOSEEK_TAG", "OTEL_EXPORTER_OTLP_ENDPOINT", "COMPOSE_FILE", "COMPOSE_PROJECT_NAME",
        "LLM_BASE_ADDRESS", "LLM_MODEL", "LLM_API_KEY", "LLM_INPUT_PRICE_PER_MILLION", "LLM_OUTPUT_PRICE_PER_MILLION",
    ];

    public static string Require(string name, string installHint)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
        return path ?? throw new InvalidOperationException($"'{name}' is not installed, so the deployment files cannot be checked. {installHint}");
    }

    public static ToolResult Run(string executable, IEnumerable<string> arguments, IDictionary<string, string?>? environment = null)
    {
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repository.Root,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                info.Environment.Remove(key);
            }
            else
            {
                info.Environment[key] = value;
            }
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {executable}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{executable} {string.Join(' ', info.ArgumentList)} did not finish within 60 s.");
        }

        process.WaitForExit();
        return new ToolResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    /// <summary>docker-compose with the compose variables unset except <paramref name="overrides"/>.</summary>
    public static ToolResult Compose(IEnumerable<string> arguments, IDictionary<string, string>? overrides = null)
    {
        var executable = Require("docker-compose", "Install Debian's package: apt-get install -y docker-compose (tests/run.sh does).");
        var environment = ComposeVariables.ToDictionary(v => v, _ => (string?)null);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        return Run(executable, new[] { "-f", "docker-compose.yml" }.Concat(arguments), environment);
    }

    public static ToolResult Kustomize(string directory) =>
        Run(Require("kubectl", "Install kubectl (1.32 renders kustomizations offline)."), ["kustomize", directory]);
}
