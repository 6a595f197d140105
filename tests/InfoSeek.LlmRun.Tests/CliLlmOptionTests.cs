using InfoSeek.TestSupport;

namespace InfoSeek.LlmRun.Tests;

/// <summary>`infoseek synthesize --llm` as its own process: roles without an endpoint are refused before the run starts.</summary>
public sealed class CliLlmOptionTests
{
    private static readonly string Dll = Path.Combine("services", "Cli", "InfoSeek.Cli", "bin", Repository.Configuration, "net10.0", "infoseek.dll");

    private static async Task<(int Code, string Output)> SynthesizeAsync(string outDir, params string[] arguments)
    {
        _ = Repository.SampleIndex;
        // Empty endpoints, whatever the machine's environment says: no role is configured.
        var environment = new Dictionary<string, string> { ["NO_COLOR"] = "1", ["INFOSEEK_CORPUS"] = Repository.SampleCorpus, ["Llm__Default__BaseAddress"] = "" };
        foreach (var role in new[] { "Planner", "Browser", "Blurring", "Verbalizer", "Sampler" })
        {
            environment[$"Llm__{role}__BaseAddress"] = "";
        }

        using var process = ChildProcess.Dotnet(Dll, ["synthesize", "--count", "1", "--out", outDir, "--cache", Repository.IndexCache, .. arguments], environment);
        var code = await process.WaitAsync(TimeSpan.FromMinutes(2));
        return (code, process.Output);
    }

    [Fact]
    public async Task Roles_put_on_the_model_without_an_endpoint_exit_with_2_naming_their_settings()
    {
        using var temp = new TempDirectory();

        var (code, output) = await SynthesizeAsync(temp.Path, "--llm", "verbalizer, planner");

        Assert.True(code == 2, output);
        Assert.Contains(
            "error: --llm puts Planner, Verbalizer on the model back end, but no LLM endpoint is configured for them: " +
            "set Llm__Planner__BaseAddress and Llm__Verbalizer__BaseAddress (or Llm__Default__BaseAddress) and the Model.", output);
        Assert.False(File.Exists(temp.File("questions.jsonl")));
    }

    [Fact]
    public async Task An_unknown_role_exits_with_2_naming_it()
    {
        using var temp = new TempDirectory();

        var (code, output) = await SynthesizeAsync(temp.Path, "--llm", "planner,critic");

        Assert.True(code == 2, output);
        Assert.Contains("error: 'critic' is not an agent role; use planner, browser, blurring, verbalizer, sampler or all.", output);
    }
}
