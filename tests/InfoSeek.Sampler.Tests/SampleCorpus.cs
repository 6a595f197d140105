using InfoSeek.Browser;
using InfoSeek.Contracts;
using InfoSeek.CorpusApi;
using InfoSeek.Domain;
using InfoSeek.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace InfoSeek.Sampler.Tests;

/// <summary>The Browser's corpus API in-process over the sample corpus's index, as the all-in-one host serves it.</summary>
public sealed class SampleCorpus : IDisposable
{
    private readonly IHost host;

    public SampleCorpus()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Browser:IndexDirectory"] = Repository.SampleIndex });
        builder.AddBrowser();
        builder.AddInProcessCorpusApi();
        host = builder.Build();
        Api = host.Services.GetRequiredService<ICorpusApi>();
    }

    public ICorpusApi Api { get; }

    public void Dispose() => host.Dispose();
}

/// <summary>
/// A tree the system produced from the sample corpus, kept as test data (TestData/*.json). Its message carries a
/// question that names none of the tree's words, unless the test gives one: the sample corpus holds only a few
/// constellations and towns, so any wording of these trees puts the answer among the top five hits, and the tests
/// that are about the tree (verifiability, trajectories) would all stop at the shortcut filter.
/// </summary>
public sealed record StoredQuestion(string Question, string Answer, TreeSnapshot Tree)
{
    public static StoredQuestion Load(string name) =>
        System.Text.Json.JsonSerializer.Deserialize<StoredQuestion>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", $"{name}.json")), JsonDefaults.Options)!;

    public QuestionVerbalized Message(string? question = null) =>
        new(Guid.Empty, DeterministicIds.TreeId(Guid.Empty, 1), 9, question ?? Unworded, Answer, Tree);

    public const string Unworded = "Which page is this?";
}
