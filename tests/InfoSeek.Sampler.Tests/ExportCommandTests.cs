using System.CommandLine;
using InfoSeek.Cli;
using InfoSeek.Domain;

namespace InfoSeek.Sampler.Tests;

/// <summary><c>infoseek export</c>, parsed and run in-process as the CLI runs it.</summary>
public sealed class ExportCommandTests
{
    [Fact]
    public async Task Export_by_run_name_writes_the_dataset_from_the_state_store()
    {
        using var store = await FilledStoreAsync();
        var output = store.Folder("exported");

        var (code, error) = await RunAsync("export", "--run", "two", "--state", store.StatePath, "--out", output);

        Assert.True(code == 0, error);
        Assert.Equal(2, File.ReadAllLines(Path.Combine(output, "questions.jsonl")).Length);
        foreach (var file in new[] { "trajectories.jsonl", "train.jsonl", "test.jsonl", "README.md", "report.md", "vertex-histogram.png" })
        {
            Assert.True(File.Exists(Path.Combine(output, file)), file);
        }
    }

    [Fact]
    public async Task Export_by_run_id_finds_the_same_run()
    {
        using var store = await FilledStoreAsync();
        var output = store.Folder("by-id");

        var (code, error) = await RunAsync("export", "--run", store.Run.RunId.ToString(), "--state", store.StatePath, "--out", output);

        Assert.True(code == 0, error);
        Assert.Equal(2, File.ReadAllLines(Path.Combine(output, "questions.jsonl")).Length);
    }

    [Fact]
    public async Task Export_of_a_run_the_store_does_not_hold_is_an_error_naming_the_run_and_the_store()
    {
        using var store = await FilledStoreAsync();
        var output = store.Folder("missing-run");

        var (code, error) = await RunAsync("export", "--run", "no-such-run", "--state", store.StatePath, "--out", output);

        Assert.Equal(2, code);
        Assert.Contains("error: No run named or with id 'no-such-run'", error);
        Assert.Contains(store.StatePath, error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task Export_without_a_state_store_is_an_error_naming_the_expected_path_and_creates_nothing()
    {
        using var temp = new TestSupport.TempDirectory();
        var expected = Path.Combine(temp.Path, ".infoseek", "state.db");

        var (code, error) = await RunAsync("export", "--run", "two", "--out", temp.Path);

        Assert.Equal(2, code);
        Assert.Contains($"No state store at {expected}", error);
        Assert.False(File.Exists(expected));
    }

    [Fact]
    public async Task A_test_fraction_outside_zero_to_one_is_rejected_naming_the_option()
    {
        using var store = await FilledStoreAsync();

        var (code, error) = await RunAsync("export", "--run", "two", "--state", store.StatePath, "--out", store.Folder("x"), "--test-fraction", "1.5");

        Assert.NotEqual(0, code);
        Assert.Contains("--test-fraction 1.5 must be at least 0 and below 1", error);
    }

    private static async Task<RunStore> FilledStoreAsync()
    {
        var store = await RunStore.CreateAsync("two", count: 2, seed: 3);
        await store.AddJudgedTreeAsync(1, "Stretford", 3, RunStore.Passed());
        await store.AddEndedTreeAsync(2, TreeStatus.Failed, "verbalizing: too long: 130 words (limit 120)");
        await store.AddJudgedTreeAsync(3, "Pavo (constellation)", 4, RunStore.Passed());
        return store;
    }

    private static async Task<(int Code, string Error)> RunAsync(params string[] args)
    {
        using var error = new StringWriter();
        using var output = new StringWriter();
        var root = new RootCommand { ExportCommand.Create() };
        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Error = error, Output = output });
        return (code, error.ToString());
    }
}
