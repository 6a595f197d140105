using System.Diagnostics;
using System.Text.Json;
using InfoSeek.TestSupport;

namespace InfoSeek.IntegrationTests;

/// <summary>SIGTERM and SIGINT stop the CLI within a bound, keep what a resume needs and nothing half-built.</summary>
[Collection(SynthesizedRun.Collection)]
public sealed class StopSignalTests(SynthesizedRun run) : IDisposable
{
    private static readonly TimeSpan StopBound = TimeSpan.FromSeconds(30);

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_run_stopped_by_SIGTERM_exits_143_says_how_to_resume_and_resumes_to_the_questions_of_an_uninterrupted_run()
    {
        var args = SynthesizedRun.Arguments;
        using (var first = Cli.Start([.. args, "--out", _temp.Path]))
        {
            var db = Path.Combine(_temp.Path, ".infoseek", "state.db");
            var deadline = DateTime.UtcNow + SynthesizedRun.Timeout;
            while (!first.HasExited && await SynthesizeTests.EndedTreesAsync(db) < 1 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            Assert.False(first.HasExited, "the run ended before it could be stopped:\n" + first.Output);
            first.Signal("TERM");
            var clock = Stopwatch.StartNew();
            var code = await first.WaitAsync(StopBound);

            Assert.True(code == 143, $"exit code {code} after {clock.Elapsed}:\n{first.Output}");
            Assert.Contains($"--run shared --out {_temp.Path} to resume it", first.Output.ReplaceLineEndings(" "), StringComparison.Ordinal);
            Assert.False(File.Exists(_temp.File("questions.jsonl")), "a stopped run writes no dataset");
        }

        var (resumedCode, resumedOutput) = await Cli.RunAsync(SynthesizedRun.Timeout, [.. args, "--out", _temp.Path]);
        Assert.True(resumedCode == 0, resumedOutput);
        Assert.Contains("Resuming run", resumedOutput, StringComparison.Ordinal);
        Assert.Equal(SynthesizedRun.Count, (await File.ReadAllLinesAsync(_temp.File("questions.jsonl"))).Length);
        Assert.Equal(await File.ReadAllBytesAsync(run.Questions), await File.ReadAllBytesAsync(_temp.File("questions.jsonl")));
    }

    [Fact]
    public async Task A_run_started_beside_a_stopped_one_leaves_the_stopped_run_as_it_was_for_its_own_resume()
    {
        var db = Path.Combine(_temp.Path, ".infoseek", "state.db");
        using (var first = Cli.Start([.. SynthesizedRun.Arguments, "--out", _temp.Path]))
        {
            var deadline = DateTime.UtcNow + SynthesizedRun.Timeout;
            while (!first.HasExited && await SynthesizeTests.EndedTreesAsync(db) < 1 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            Assert.False(first.HasExited, "the run ended before it could be stopped:\n" + first.Output);
            first.Signal("TERM");
            Assert.Equal(143, await first.WaitAsync(StopBound));
        }

        var stopped = await TreesOfAsync(db, "shared");
        Assert.Matches("Growing|Blurring|Verbalizing|Judging", stopped); // trees waiting on a command, which only their own run may send again

        // Another run in the same folder (it could name another corpus): its process must not drive the stopped run.
        var (code, output) = await Cli.RunAsync(SynthesizedRun.Timeout, "synthesize", "--count", "1", "--seed", "2", "--run", "beside", "--out", _temp.Path);

        Assert.True(code == 0, output);
        Assert.Equal(stopped, await TreesOfAsync(db, "shared"));
    }

    /// <summary>Every tree of the named run, as "number status version" lines.</summary>
    private static async Task<string> TreesOfAsync(string db, string run)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT t.tree_no, t.status, t.version FROM trees t JOIN runs r ON r.run_id = t.run_id WHERE r.name = $run ORDER BY t.tree_no";
        command.Parameters.AddWithValue("$run", run);
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add($"{reader.GetInt32(0)} {reader.GetString(1)} {reader.GetInt32(2)}");
        }

        return string.Join('\n', lines);
    }

    [Fact]
    public async Task An_ingest_stopped_by_SIGINT_exits_130_and_leaves_no_index_and_no_build_folder()
    {
        using var process = ChildProcess.Dotnet(Cli.Dll, ["ingest", Repository.SampleCorpus, "--index", _temp.File("index")], new Dictionary<string, string> { ["NO_COLOR"] = "1" });
        while (!process.HasExited && !Directory.EnumerateDirectories(_temp.Path).Any())
        {
            await Task.Delay(20);
        }

        await Task.Delay(500);
        Assert.False(process.HasExited, process.Output);
        process.Signal("INT");
        var code = await process.WaitAsync(StopBound);

        Assert.True(code == 130, $"exit code {code}:\n{process.Output}");
        Assert.Empty(Directory.EnumerateFileSystemEntries(_temp.Path));
    }

    [Fact]
    public async Task An_ingest_removes_the_build_folder_a_killed_ingest_left()
    {
        var corpus = _temp.File("pages.jsonl");
        File.WriteAllLines(corpus, [JsonSerializer.Serialize(new { id = "1", title = "Moon", text = "The Moon." })]);
        var killed = _temp.File("index.building-0123456789abcdef");
        Directory.CreateDirectory(Path.Combine(killed, "lucene"));
        File.WriteAllText(Path.Combine(killed, "lucene", "_0.cfs"), "half an index");

        using var process = ChildProcess.Dotnet(Cli.Dll, ["ingest", corpus, "--index", _temp.File("index")], new Dictionary<string, string> { ["NO_COLOR"] = "1" });
        var code = await process.WaitAsync(SynthesizedRun.Timeout);

        Assert.True(code == 0, process.Output);
        Assert.Equal(["index", "pages.jsonl"], Directory.EnumerateFileSystemEntries(_temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_folder_corpus_is_indexed_through_the_cache()
    {
        var folder = _temp.File("pages");
        Directory.CreateDirectory(folder);
        foreach (var (title, other) in new[] { ("Moon", "Earth"), ("Earth", "Sun"), ("Sun", "Moon") })
        {
            File.WriteAllText(Path.Combine(folder, $"{title}.html"), $"<html><head><title>{title}</title></head><body><p>{title} is near the <a href=\"{other}.html\">{other}</a>.</p></body></html>");
        }

        using var process = ChildProcess.Dotnet(Cli.Dll, ["capacity", "--corpus", folder, "--cache", _temp.File("cache")], new Dictionary<string, string> { ["NO_COLOR"] = "1" });
        var code = await process.WaitAsync(SynthesizedRun.Timeout);

        Assert.True(code == 0, process.Output);
        Assert.Contains("pages: 3", process.Output, StringComparison.Ordinal);
        Assert.Contains("with a link to another page of the corpus: 3", process.Output, StringComparison.Ordinal);
    }
}
