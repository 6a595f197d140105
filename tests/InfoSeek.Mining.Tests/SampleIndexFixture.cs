using InfoSeek.Corpus;
using InfoSeek.TestSupport;

namespace InfoSeek.Mining.Tests;

/// <summary>The sample corpus's index, opened once for the whole test assembly.</summary>
public sealed class SampleIndexFixture : IDisposable
{
    public CorpusIndex Index { get; } = CorpusIndex.Open(Repository.SampleIndex);

    public string? Resolve(string target) => Index.Resolve(target);

    public CorpusPage Page(string title) => Index.FindPage(title) ?? throw new InvalidOperationException($"No page \"{title}\" in the sample corpus.");

    public void Dispose() => Index.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SampleIndexCollection : ICollectionFixture<SampleIndexFixture>
{
    public const string Name = "sample index";
}
