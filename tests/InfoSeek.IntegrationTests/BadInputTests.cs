using InfoSeek.TestSupport;

namespace InfoSeek.IntegrationTests;

/// <summary>
/// Every kind of bad input the CLI takes (corpus files, options, state files, questions files) ends with exit code 2
/// and an error naming the input and the problem, and leaves every file as it was: no index, no state, no dataset.
/// </summary>
public sealed class BadInputTests(BadInputWorkspace workspace) : IClassFixture<BadInputWorkspace>
{
    /// <summary>Name, command line ({w} is the workspace folder), what the error says. Every row exits with 2.</summary>
    public static TheoryData<string, string, string> Rows => new()
    {
        // Corpus files.
        { "a JSON Lines file whose only record is not UTF-8", "ingest {w}/not-utf8.jsonl --index {w}/index", "not-utf8.jsonl: no pages; all 1 records were rejected, the first: line 1: not valid UTF-8" },
        { "a truncated .jsonl.gz", "ingest {w}/truncated.jsonl.gz --index {w}/index", "truncated.jsonl.gz: cannot read after line" },
        { "a truncated .jsonl.bz2", "ingest {w}/truncated.jsonl.bz2 --index {w}/index", "truncated.jsonl.bz2: the bzip2 data is corrupt or truncated" },
        { "a .bz2 with bytes after its stream", "ingest {w}/trailing-garbage.jsonl.bz2 --index {w}/index", "are not another bzip2 stream" },
        { "a .gz that is not gzip", "ingest {w}/plain-named.jsonl.gz --index {w}/index", "plain-named.jsonl.gz: the name says '.gz'" },
        { "an empty .jsonl", "ingest {w}/empty.jsonl --index {w}/index", "empty.jsonl: no pages (the corpus is empty" },
        { "a .jsonl of blank lines", "ingest {w}/blank-lines.jsonl --index {w}/index", "blank-lines.jsonl: no pages" },
        { "random bytes named .jsonl", "ingest {w}/random.jsonl --index {w}/index", "random.jsonl: no pages; all" },
        { "a JSON array instead of lines of objects", "ingest {w}/array.jsonl --index {w}/index", "expected a JSON object, found Array" },
        { "records without titles", "ingest {w}/no-titles.jsonl --index {w}/index", "all 2 records were rejected, the first: line 1: missing or empty \"title\"" },
        { "a record without text", "ingest {w}/no-text.jsonl --index {w}/index", "line 1: page \"Moon\": missing \"text\"" },
        { "a corpus extension no reader takes", "ingest {w}/pages.txt --index {w}/index", "Cannot tell the corpus format of {w}/pages.txt" },
        { "a missing corpus", "ingest {w}/no-such.jsonl --index {w}/index", "Corpus not found: {w}/no-such.jsonl" },
        { "an unknown --format", "ingest {w}/good.jsonl --index {w}/index --format csv", "Unknown corpus format 'csv'" },
        { "a truncated MediaWiki .xml", "ingest {w}/truncated.xml --index {w}/index", "truncated.xml: the XML is malformed or truncated" },
        { "a truncated MediaWiki .xml.bz2", "ingest {w}/truncated.xml.bz2 --index {w}/index", "truncated.xml.bz2: the bzip2 data is corrupt or truncated" },
        { "a MediaWiki export without pages", "ingest {w}/no-pages.xml --index {w}/index", "no-pages.xml: no pages" },
        { "an empty corpus folder", "ingest {w}/empty-folder --index {w}/index", "empty-folder: no pages (a corpus folder is read as saved HTML pages" },
        { "--index that is a file", "ingest {w}/good.jsonl --index {w}/a-file", "--index {w}/a-file is a file" },
        { "capacity on an empty corpus", "capacity --corpus {w}/empty.jsonl", "empty.jsonl: no pages" },
        { "synthesize on a truncated corpus", "synthesize --corpus {w}/truncated.jsonl.gz --out {w}/out", "truncated.jsonl.gz: cannot read after line" },
        { "synthesize on a missing corpus", "synthesize --corpus {w}/no-such.jsonl --out {w}/out", "Corpus not found: {w}/no-such.jsonl" },
        { "synthesize on an empty folder", "synthesize --corpus {w}/empty-folder --out {w}/out", "empty-folder: no pages" },

        // Options out of range or not numbers.
        { "--count 0", "synthesize --count 0 --out {w}/out", "--count must be between 1 and 1000000 (was 0)" },
        { "--count 1000001", "synthesize --count 1000001 --out {w}/out", "--count must be between 1 and 1000000 (was 1000001)" },
        { "--count that is no number", "synthesize --count many --out {w}/out", "many" },
        { "--per-answer 0", "synthesize --per-answer 0 --out {w}/out", "--per-answer must be between 1 and 100 (was 0)" },
        { "--per-answer 101", "synthesize --per-answer 101 --out {w}/out", "--per-answer must be between 1 and 100 (was 101)" },
        { "--vertices 1-3", "synthesize --vertices 1-3 --out {w}/out", "--vertices '1-3' must be MIN-MAX with 2 <= MIN <= MAX" },
        { "--vertices 5-3", "synthesize --vertices 5-3 --out {w}/out", "--vertices '5-3' must be MIN-MAX" },
        { "--vertices 3-65", "synthesize --vertices 3-65 --out {w}/out", "--vertices must be between MinVertices and 64 (was 65)" },
        { "--vertices without a range", "synthesize --vertices three --out {w}/out", "--vertices 'three' must be MIN-MAX" },
        { "--max-depth 0", "synthesize --max-depth 0 --out {w}/out", "--max-depth must be between 1 and 16 (was 0)" },
        { "--max-depth 17", "synthesize --max-depth 17 --out {w}/out", "--max-depth must be between 1 and 16 (was 17)" },
        { "--max-breadth 0", "synthesize --max-breadth 0 --out {w}/out", "--max-breadth must be between 1 and 16 (was 0)" },
        { "--max-breadth 17", "synthesize --max-breadth 17 --out {w}/out", "--max-breadth must be between 1 and 16 (was 17)" },
        { "--parallelism 0", "synthesize --parallelism 0 --out {w}/out", "--parallelism must be between 1 and 1024 (was 0)" },
        { "--parallelism 1025", "synthesize --parallelism 1025 --out {w}/out", "--parallelism must be between 1 and 1024 (was 1025)" },
        { "--test-fraction 1", "synthesize --test-fraction 1 --out {w}/out", "--test-fraction 1 must be at least 0 and below 1" },
        { "--test-fraction -0.1", "synthesize --test-fraction -0.1 --out {w}/out", "--test-fraction -0.1 must be at least 0 and below 1" },
        { "--seed that is no number", "synthesize --seed x --out {w}/out", "'x'" },
        { "an unknown --llm role", "synthesize --llm oracle --out {w}/out", "'oracle' is not an agent role" },
        { "an unknown option", "synthesize --colour blue --out {w}/out", "--colour" },
        { "capacity --max-depth 0", "capacity --max-depth 0", "--max-depth (0) and --max-breadth (3) must be at least 1" },
        { "capacity --vertices 2-1", "capacity --vertices 2-1", "--vertices '2-1' must be MIN-MAX" },
        { "eval claims --pages 0", "eval claims --pages 0", "--pages 0 must be at least 1" },
        { "eval claims --sample -1", "eval claims --sample -1", "--sample -1 must be at least 0" },
        { "eval claims --round 0", "eval claims --round 0", "--round 0 must be at least 1" },
        { "eval claims with missing labels", "eval claims --labels {w}/no-such-labels.jsonl", "Labels not found: {w}/no-such-labels.jsonl" },
        { "bench ingest --queries 0", "bench ingest --queries 0", "--queries 0 must be at least 1" },
        { "bench ingest on a missing corpus", "bench ingest --corpus {w}/no-such.jsonl", "Corpus not found: {w}/no-such.jsonl" },
        { "bench synthesize --count 0", "bench synthesize --count 0", "--count 0 must be at least 1" },
        { "bench synthesize on a missing corpus", "bench synthesize --corpus {w}/no-such.jsonl", "Corpus not found: {w}/no-such.jsonl" },
        { "bench synthesize over an unknown transport", "bench synthesize --transport carrier-pigeon", "carrier-pigeon" },

        // State files.
        { "--out that is a file", "synthesize --out {w}/a-file", "--out {w}/a-file is a file, not a folder" },
        { "a state.db that is not SQLite", "synthesize --out {w}/not-sqlite", "{w}/not-sqlite/.infoseek/state.db is not a SQLite database" },
        { "a damaged SQLite state.db", "synthesize --out {w}/damaged", "{w}/damaged/.infoseek/state.db is a damaged SQLite database" },
        { "a SQLite state.db of something else", "synthesize --out {w}/foreign", "{w}/foreign/.infoseek/state.db is a SQLite database of something else" },
        { "export from a state.db that is not SQLite", "export --run a --out {w}/not-sqlite", "{w}/not-sqlite/.infoseek/state.db is not a SQLite database" },
        { "export from a damaged state.db", "export --run a --out {w}/damaged", "is a damaged SQLite database" },
        { "export without a state store", "export --run a --out {w}/out", "No state store at {w}/out/.infoseek/state.db" },
        { "export of a run the store does not hold", "export --run other --out {w}/running", "No run named or with id 'other'" },
        { "export of a run that never ended", "export --run stopped --out {w}/running", "Run 'stopped' in {w}/running/.infoseek/state.db has not ended (status running): nothing was written" },
        { "export --test-fraction 1.5", "export --run stopped --out {w}/running --test-fraction 1.5", "--test-fraction 1.5 must be at least 0 and below 1" },

        // Questions files.
        { "verify on an empty questions file", "verify {w}/no-questions.jsonl --corpus {w}/good.jsonl", "no-questions.jsonl holds no samples: nothing to verify" },
        { "verify on a missing questions file", "verify {w}/no-such-questions.jsonl --corpus {w}/good.jsonl", "Questions file not found: {w}/no-such-questions.jsonl" },
        { "verify on a malformed line", "verify {w}/malformed-questions.jsonl --corpus {w}/good.jsonl", "malformed-questions.jsonl line 1:" },
        { "verify on a sample without a tree", "verify {w}/treeless-questions.jsonl --corpus {w}/good.jsonl", "treeless-questions.jsonl line 1: $.tree: missing" },
        { "verify on a folder", "verify {w}/empty-folder --corpus {w}/good.jsonl", "Questions file not found: {w}/empty-folder" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Bad_input_exits_with_2_naming_the_input_and_the_problem_and_stores_nothing(string input, string commandLine, string error)
    {
        var before = workspace.Snapshot();

        using var process = ChildProcess.Dotnet(Cli.Dll, commandLine.Replace("{w}", workspace.Root, StringComparison.Ordinal).Split(' '), new Dictionary<string, string>
        {
            ["NO_COLOR"] = "1",
            ["INFOSEEK_CORPUS"] = workspace.In("good.jsonl"),
            ["INFOSEEK_CACHE"] = workspace.In("cache"),
        });
        var code = await process.WaitAsync(TimeSpan.FromSeconds(60));

        // The console may wrap long lines.
        var output = string.Join(' ', process.Output.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        Assert.True(code == 2, $"{input}: exit code {code}\n{process.Output}");
        Assert.Contains("error: ", output, StringComparison.Ordinal);
        Assert.Contains(error.Replace("{w}", workspace.Root, StringComparison.Ordinal), output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", process.Output, StringComparison.Ordinal);
        Assert.Equal(before, workspace.Snapshot());
    }
}
