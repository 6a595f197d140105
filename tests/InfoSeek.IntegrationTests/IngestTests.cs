using System.Text.Json;
using InfoSeek.TestSupport;

namespace InfoSeek.IntegrationTests;

/// <summary>`infoseek ingest` says what it found of a corpus's links.</summary>
public sealed class IngestTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_corpus_of_plain_pages_ingests_and_says_that_no_page_links_inside_it()
    {
        var corpus = _temp.File("plain.jsonl");
        File.WriteAllLines(corpus,
        [
            JsonSerializer.Serialize(new { id = "1", title = "Moon", text = "The Moon orbits the Earth." }),
            JsonSerializer.Serialize(new { id = "2", title = "Earth", text = "Earth has one moon." }),
        ]);

        var output = await IngestAsync(corpus);

        Assert.Contains("2 pages, 0 links", output, StringComparison.Ordinal);
        Assert.Contains("No in-corpus links", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corpus_with_link_lists_reports_the_share_placed_in_the_text()
    {
        var corpus = _temp.File("listed.jsonl");
        File.WriteAllLines(corpus,
        [
            JsonSerializer.Serialize(new { id = "1", title = "Moon", text = "The Moon orbits the Earth.", links = new[] { "Earth", "Sun" } }),
            JsonSerializer.Serialize(new { id = "2", title = "Earth", text = "Earth has one moon.", links = new[] { "Moon" } }),
            JsonSerializer.Serialize(new { id = "3", title = "Sun", text = "A star.", links = Array.Empty<string>() }),
        ]);

        var output = await IngestAsync(corpus);

        Assert.Contains("2 of 3 listed links placed at their mentions in the text (66.7 %)", output, StringComparison.Ordinal);
        Assert.Contains("1 without a mention are page-level links", output, StringComparison.Ordinal);

        // The pages as trees read them are stored with the index, for Browsers that serve it read-only.
        Assert.Single(Directory.GetFiles(_temp.File("index"), "browsed-pages-*.bin"));
        Assert.Contains("pages for trees: 3 read and stored in", output, StringComparison.Ordinal);
    }

    private async Task<string> IngestAsync(string corpus)
    {
        using var process = ChildProcess.Dotnet(Cli.Dll, ["ingest", corpus, "--index", _temp.File("index")], new Dictionary<string, string> { ["NO_COLOR"] = "1" });
        var code = await process.WaitAsync(SynthesizedRun.Timeout);
        Assert.True(code == 0, process.Output);
        // The console may wrap long lines.
        return string.Join(' ', process.Output.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
    }
}
