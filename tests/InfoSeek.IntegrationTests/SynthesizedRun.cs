using System.Text.Json.Nodes;
using InfoSeek.TestSupport;

namespace InfoSeek.IntegrationTests;

/// <summary>
/// One `infoseek synthesize --count 3 --seed 1` run shared by the end-to-end tests: its output is
/// checked, verified, hand-edited, and compared byte for byte with a killed and resumed run.
/// </summary>
public sealed class SynthesizedRun : IAsyncLifetime, IDisposable
{
    public const string Collection = "synthesized run";

    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);

    public const int Count = 3;

    /// <summary>The run's command line without --out.</summary>
    public static readonly string[] Arguments = ["synthesize", "--count", $"{Count}", "--seed", "1", "--run", "shared"];

    private readonly TempDirectory directory = new();

    public string Questions => directory.File("questions.jsonl");

    /// <summary>The dataset folder the run wrote.</summary>
    public string Folder => directory.Path;

    public IReadOnlyList<JsonObject> Samples { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var (code, output) = await Cli.RunAsync(Timeout, [.. Arguments, "--out", directory.Path]);
        Assert.True(code == 0, output);
        Samples = (await File.ReadAllLinesAsync(Questions)).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => directory.Dispose();
}

[CollectionDefinition(SynthesizedRun.Collection)]
public sealed class SynthesizedRunCollection : ICollectionFixture<SynthesizedRun>;
