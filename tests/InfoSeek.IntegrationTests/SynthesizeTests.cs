using System.Text.Json.Nodes;
using InfoSeek.Contracts;
using InfoSeek.Corpus;
using InfoSeek.Domain;
using InfoSeek.Domain.Questions;
using InfoSeek.TestSupport;
using Microsoft.Data.Sqlite;

namespace InfoSeek.IntegrationTests;

/// <summary>The embedded default end to end: `infoseek synthesize` on the sample corpus.</summary>
[Collection(SynthesizedRun.Collection)]
public sealed class SynthesizeTests(SynthesizedRun run)
{
    private static readonly TimeSpan Timeout = SynthesizedRun.Timeout;

    [Fact]
    public void Synthesize_writes_count_questions_whose_answers_are_pages_and_whose_evidence_is_verbatim()
    {
        Assert.Equal(SynthesizedRun.Count, run.Samples.Count);
        Assert.Equal(SynthesizedRun.Count, run.Samples.Select(s => (string)s["answer"]!).Distinct().Count());
        using var index = CorpusIndex.Open(Repository.SampleIndex);
        foreach (var sample in run.Samples)
        {
            var answer = (string)sample["answer"]!;
            Assert.NotNull(index.FindPage(answer));
            Assert.EndsWith("?", (string)sample["question"]!);
            var root = sample["tree"]!["root"]!.AsObject();
            Assert.Equal(answer, (string)root["entity"]!);
            var claims = 0;
            foreach (var claim in Claims(root))
            {
                claims++;
                var evidence = claim["evidence"]!;
                var page = index.FindPage((string)evidence["page"]!);
                Assert.NotNull(page);
                var sentence = (string)evidence["sentence"]!;
                Assert.Equal(sentence, page.Text.Substring((int)evidence["start"]!, (int)evidence["length"]!));
            }

            Assert.True(claims >= 2, $"{answer}: {claims} claims");
        }
    }

    [Fact]
    public async Task Every_row_of_both_splits_and_the_trajectories_fits_the_features_the_card_declares()
    {
        Assert.Empty(await DatasetCardSchema.ViolationsAsync(run.Folder));
    }

    [Fact]
    public void No_question_has_its_answer_in_the_top_five_of_the_filter_s_index_and_a_plain_BM25_index_built_apart_agrees()
    {
        using var index = CorpusIndex.Open(Repository.SampleIndex);
        using var plain = PlainBm25Index.Of(index);
        var questions = run.Samples.Select(s => new ShortcutAudit.Question(
            (string)s["id"]!, (string)s["question"]!, (string)s["answer"]!, InfoSeekTreeJson.Read(s["tree"]).Tree)).ToList();

        var filterIndex = ShortcutAudit.Measure(questions, (q, k) => index.Search(q, k).Select(h => h.Title).ToList());
        var outside = ShortcutAudit.Measure(questions, plain.Search);

        // The filter's promise holds on its own index. The plain index ranks differently (on 100 default-corpus questions it
        // put 15 % of the answers in its top five, ranks 6 to 34 and beyond in the filter's), so it is held to at most one of three.
        Assert.Equal((0, 0), (filterIndex.QuestionTop5, filterIndex.ClaimTop1));
        Assert.True(outside.QuestionTop5 <= 1, string.Join("\n", outside.Offenders));
    }

    [Fact]
    public async Task The_same_seed_gives_byte_identical_questions_and_a_kill_9_run_resumes_without_duplicates()
    {
        // The shared run is the clean one; this one is crashed, resumed, and must write the same bytes.
        using var killed = new TempDirectory();
        var args = SynthesizedRun.Arguments;

        // Crash the second run as soon as it has stored its first ended tree.
        using (var first = Cli.Start([.. args, "--out", killed.Path]))
        {
            var db = Path.Combine(killed.Path, ".infoseek", "state.db");
            var deadline = DateTime.UtcNow + Timeout;
            while (!first.HasExited && await EndedTreesAsync(db) < 1 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            Assert.False(first.HasExited, "the run ended before it could be killed:\n" + first.Output);
            first.Kill();
        }

        var (resumedCode, resumedOutput) = await Cli.RunAsync(Timeout, [.. args, "--out", killed.Path]);
        Assert.True(resumedCode == 0, resumedOutput);
        Assert.Contains("Resuming run", resumedOutput);

        var expected = await File.ReadAllBytesAsync(run.Questions);
        var resumed = await File.ReadAllBytesAsync(killed.File("questions.jsonl"));
        Assert.Equal(SynthesizedRun.Count, (await File.ReadAllLinesAsync(killed.File("questions.jsonl"))).Length);
        Assert.Equal(expected, resumed);

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(killed.Path, ".infoseek", "state.db")}");
        await connection.OpenAsync();
        Assert.Equal(0L, await ScalarAsync(connection, "SELECT COUNT(*) FROM (SELECT tree_no FROM trees GROUP BY run_id, tree_no HAVING COUNT(*) > 1)"));
        Assert.Equal(await ScalarAsync(connection, "SELECT COUNT(*) FROM trees WHERE status = 'Accepted'"), await ScalarAsync(connection, "SELECT COUNT(*) FROM samples WHERE accepted = 1"));
    }

    [Fact]
    public async Task A_run_asking_more_answers_than_the_corpus_holds_ends_exhausted_once_its_roots_are_used_up_and_says_why()
    {
        using var temp = new TempDirectory();

        var (code, output) = await Cli.RunAsync(TimeSpan.FromMinutes(10), "synthesize", "--count", "200", "--seed", "1", "--vertices", "3-8", "--out", temp.Path);

        var oneLine = string.Join(' ', output.Split('\n', StringSplitOptions.TrimEntries));
        Assert.True(code == 1, $"exit {code}: {output}");
        Assert.Contains("exhausted", oneLine, StringComparison.Ordinal);
        Assert.Contains($"It ended short of 200 questions: root page: {BrowseFailed.RootsUsedUp} 3 rounds of trees", oneLine, StringComparison.Ordinal);
        var questions = File.ReadAllLines(temp.File("questions.jsonl"));
        Assert.InRange(questions.Length, 1, 199); // what it found is written
        await using var connection = new SqliteConnection($"Data Source={temp.File(".infoseek/state.db")};Mode=ReadOnly");
        await connection.OpenAsync();
        var pages = int.Parse(System.Text.RegularExpressions.Regex.Match(oneLine, @"\((\d+) pages can root").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(await ScalarAsync(connection, "SELECT trees_started FROM runs"), 3 * pages, (3 * pages) + 8); // three rounds and the trees in flight, no more
    }

    [Fact]
    public async Task A_missing_corpus_is_an_error_naming_the_path()
    {
        using var temp = new TempDirectory();
        var missing = temp.File("no-such-corpus.jsonl.gz");
        var (code, output) = await Cli.RunAsync(Timeout, "synthesize", "--corpus", missing, "--out", temp.Path);
        Assert.Equal(2, code);
        Assert.Contains(missing, output.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("questions.jsonl")));
    }

    private static IEnumerable<JsonObject> Claims(JsonObject vertex) =>
        vertex["claims"]!.AsArray().Select(c => c!.AsObject())
            .Concat(vertex["children"]!.AsArray().SelectMany(c => Claims(c!.AsObject())));

    internal static async Task<long> EndedTreesAsync(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        try
        {
            await using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly");
            await connection.OpenAsync();
            return await ScalarAsync(connection, "SELECT COUNT(*) FROM trees WHERE status IN ('Accepted', 'Rejected', 'Failed')");
        }
        catch (SqliteException)
        {
            return 0; // not migrated yet
        }
    }

    internal static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
