using System.Text.Json;
using InfoSeek.TestSupport;

namespace InfoSeek.IntegrationTests;

/// <summary>`infoseek bench synthesize` measures a real run of the whole flow on the sample corpus.</summary>
public sealed class BenchSynthesizeTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_bench_run_of_two_questions_prints_positive_figures_and_writes_json_with_both_questions_accepted()
    {
        var json = _temp.File("bench.json");

        var (code, output) = await Cli.RunAsync(SynthesizedRun.Timeout, "bench", "synthesize", "--count", "2", "--seed", "3", "--json", json);

        Assert.True(code == 0, output);
        var text = string.Join(' ', output.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("2 of 2 asked", text, StringComparison.Ordinal);
        foreach (var row in new[] { "questions per second", "process CPU of the run", "index load", "pages read for trees", "searches", "candidate sets", "bytes allocated", "peak RSS", "blur", "judge", "trajectories" })
        {
            Assert.Contains(row, text, StringComparison.Ordinal);
        }

        using var result = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var root = result.RootElement;
        Assert.Equal(2, root.GetProperty("Accepted").GetInt32());
        Assert.Equal(2, root.GetProperty("Count").GetInt32());
        Assert.Equal("inmemory", root.GetProperty("Transport").GetString());
        Assert.True(root.GetProperty("TreesStarted").GetInt32() >= 2);
        foreach (var figure in new[] { "WallSeconds", "CpuSeconds", "QuestionsPerSecond", "CpuSecondsPerQuestion", "Yield", "IndexLoadSeconds", "StartupSeconds", "SearchesPerQuestion", "CandidateSetsPerQuestion" })
        {
            Assert.True(root.GetProperty(figure).GetDouble() > 0, $"{figure} is {root.GetProperty(figure)}");
        }

        Assert.True(root.GetProperty("PagesForTreesSeconds").GetDouble() >= 0);
        Assert.True(root.TryGetProperty("PagesForTreesRead", out _), "the JSON says whether the pages were read or worked out");
        Assert.True(root.GetProperty("AllocatedBytes").GetInt64() > 0);
        Assert.True(root.GetProperty("PeakRssBytes").GetInt64() > 0);
        Assert.True(root.GetProperty("Yield").GetDouble() <= 1);
        var stages = root.GetProperty("Stages").EnumerateArray().ToDictionary(s => s.GetProperty("Stage").GetString()!, s => s);
        foreach (var stage in new[] { "root choice", "browse", "blur", "verbalize", "judge", "trajectories" })
        {
            Assert.True(stages.TryGetValue(stage, out var timing), $"no stage '{stage}' in {string.Join(", ", stages.Keys)}");
            Assert.True(timing.GetProperty("Messages").GetInt64() > 0 && timing.GetProperty("Seconds").GetDouble() > 0, $"{stage}: {timing}");
        }

        // The work folder of the run is gone.
        var work = output.Split(' ', '\n').FirstOrDefault(w => w.Contains("infoseek-bench-", StringComparison.Ordinal))?.Trim();
        Assert.False(work is { Length: > 0 } && Directory.Exists(work), $"{work} was left behind");
    }
}
