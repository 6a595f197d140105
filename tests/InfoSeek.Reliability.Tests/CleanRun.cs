using InfoSeek.Contracts;
using InfoSeek.Domain;
using InfoSeek.Storage;

namespace InfoSeek.Reliability.Tests;

/// <summary>The run with every message delivered once: what the runs with lost, repeated and failing messages must give.</summary>
public class CleanRun : IAsyncLifetime
{
    private readonly StartRun request;

    public CleanRun()
        : this(AllInOneRun.Request)
    {
    }

    protected CleanRun(StartRun request)
    {
        this.request = request;
    }

    public IReadOnlyList<TreeOutcome> Outcomes { get; private set; } = [];

    /// <summary>The dataset's files by name, except report.md, which records when the run started and ended.</summary>
    public IReadOnlyDictionary<string, byte[]> Dataset { get; private set; } = new Dictionary<string, byte[]>();

    public async Task InitializeAsync()
    {
        await using var run = await AllInOneRun.StartAsync(request: request);
        Assert.Equal(RunStatus.Completed, (await run.WaitUntilEndedAsync()).Status);
        Outcomes = await run.OutcomesAsync();
        Dataset = Files(await run.ExportAsync());
        Assert.NotEmpty(Dataset["questions.jsonl"]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static IReadOnlyDictionary<string, byte[]> Files(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(f => Path.GetFileName(f) != "report.md")
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

    /// <summary>Trees that ended on their own in both runs (not abandoned when the run had its question) ended alike.</summary>
    public void AssertSameOutcomes(IReadOnlyList<TreeOutcome> other)
    {
        var ended = Outcomes.Where(Settled).ToDictionary(o => o.TreeNo);
        var compared = 0;
        foreach (var outcome in other.Where(Settled))
        {
            if (ended.TryGetValue(outcome.TreeNo, out var clean))
            {
                Assert.Equal((clean.Status, clean.FailureReason, clean.Answer), (outcome.Status, outcome.FailureReason, outcome.Answer));
                compared++;
            }
        }

        Assert.True(compared >= 2, $"only {compared} trees ended in both runs");
    }

    public void AssertSameDataset(string folder)
    {
        var files = Files(folder);
        Assert.Equal(Dataset.Keys.Order(StringComparer.Ordinal), files.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, bytes) in Dataset)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(files[name]), $"{name} differs from the clean run's");
        }
    }

    private static bool Settled(TreeOutcome o) => o.Status.IsEnded() && o.Status != TreeStatus.Abandoned;
}

[CollectionDefinition(Name)]
public sealed class CleanRunCollection : ICollectionFixture<CleanRun>
{
    public const string Name = "clean run";
}
