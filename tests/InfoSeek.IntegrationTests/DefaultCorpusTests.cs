using System.Text.Json.Nodes;
using InfoSeek.TestSupport;

namespace InfoSeek.IntegrationTests;

/// <summary>The quick start needs nothing beside the repository: the default corpus ships in data/corpus.</summary>
[Collection(Collection)]
public sealed class DefaultCorpusTests : IDisposable
{
    /// <summary>
    /// The tests that run on the default corpus go one after another, so that the first builds its index and reads its
    /// pages for trees into the shared cache and the others find them there, instead of each building its own copy.
    /// </summary>
    public const string Collection = "default corpus";

    private readonly TempDirectory _output = new();

    public void Dispose() => _output.Dispose();

    [Fact]
    public async Task Synthesize_without_a_corpus_uses_the_shipped_corpus_and_the_card_gives_its_licence()
    {
        Assert.True(File.Exists(Path.Combine(Repository.Root, "data", "corpus", "wikispeedia.jsonl.gz")));
        Assert.True(File.Exists(Path.Combine(Repository.Root, "data", "corpus", "LICENSE-GFDL-1.2.txt")));

        // No INFOSEEK_CORPUS: the CLI's own default.
        using var process = ChildProcess.Dotnet(Cli.Dll, ["synthesize", "--count", "2", "--seed", "1", "--run", "default", "--out", _output.Path, "--cache", Repository.IndexCache],
            new Dictionary<string, string> { ["NO_COLOR"] = "1", ["INFOSEEK_CORPUS"] = "" });
        var code = await process.WaitAsync(SynthesizedRun.Timeout);

        Assert.True(code == 0, process.Output);
        var samples = File.ReadAllLines(_output.File("questions.jsonl")).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(2, samples.Count);
        var card = File.ReadAllText(_output.File("README.md"));
        Assert.Contains("license: gfdl", card, StringComparison.Ordinal);
        Assert.Contains("`wikispeedia.jsonl.gz`", card, StringComparison.Ordinal);
    }
}
