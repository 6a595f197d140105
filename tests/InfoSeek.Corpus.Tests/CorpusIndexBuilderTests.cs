using System.Text.Json;

namespace InfoSeek.Corpus.Tests;

public sealed class CorpusIndexBuilderTests : IDisposable
{
    private readonly TempDir _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Page(string id, string title, string text) =>
        JsonSerializer.Serialize(new { id, title, text });

    /// <summary>A tiny corpus: Alpha → Beta, Gamma; Beta → Alpha (twice), itself; Gamma → nothing in corpus; one bad line.</summary>
    private string SmallCorpus()
    {
        var path = _temp.File("small.jsonl");
        File.WriteAllLines(path,
        [
            Page("10", "Alpha", "Alpha is first. It links to <a href=\"beta\">beta</a>, <a href=\"Gamma%20ray#Uses\">gamma rays</a>, <a href=\"Beta\">Beta again</a> and <a href=\"Outside\">outside</a>."),
            Page("11", "Beta", "Beta cites <a href=\"alpha\">alpha</a>, <a href=\"Alpha\">Alpha</a>, <a href=\"Beta\">itself</a> and <a href=\"#Notes\">notes</a>."),
            "{not json",
            Page("12", "Gamma ray", "Gamma rays are photons. Nothing in corpus."),
        ]);
        return path;
    }

    [Fact]
    public void The_plain_ranking_reads_words_unstemmed_and_agrees_with_a_plain_index_built_apart()
    {
        var path = _temp.File("runners.jsonl");
        File.WriteAllLines(path,
        [
            Page("1", "Marathon", "A marathon is a long race. Thousands of runners take part."),
            Page("2", "Sprint", "A sprint is a short race; the runner runs as fast as possible."),
            Page("3", "Relay", "In a relay each member of a team running in turn carries a baton."),
        ]);
        CorpusIndexBuilder.Build(path, _temp.File("runners"));
        using var index = CorpusIndex.Open(_temp.File("runners"));
        using var plain = PlainBm25Index.Of(index);

        // Stemmed, "running" is "run" and matches "runs" too; plain, it is only itself.
        Assert.Equal(["Relay", "Sprint"], index.Search("running", 5, SearchRanking.Stemmed).Select(h => h.Title).Order());
        Assert.Equal(["Relay"], index.Search("running", 5, SearchRanking.Plain).Select(h => h.Title));
        foreach (var query in new[] { "running", "runners race", "a short race", "team baton", "Marathon runners" })
        {
            Assert.Equal(plain.Search(query, 3), index.Search(query, 3, SearchRanking.Plain).Select(h => h.Title));
        }
    }

    [Fact]
    public void A_small_corpus_builds_an_index_with_ordinals_links_and_a_report()
    {
        var corpus = SmallCorpus();
        var progress = new List<IngestProgress>();
        var report = CorpusIndexBuilder.Build(corpus, _temp.File("index"), progress: new SyncProgress<IngestProgress>(progress.Add));

        Assert.Equal(3, report.Pages);
        Assert.Equal(8, report.Links);
        Assert.Equal(1, report.EmptyLinkTargets);
        Assert.Equal(5, report.InCorpusLinks);
        Assert.Equal(1, report.Rejected);
        Assert.Equal(3, report.Issues.Single().Line);
        Assert.Equal(new FileInfo(corpus).Length, report.Bytes);
        Assert.Equal(3, progress[^1].Pages);
        Assert.Equal(report.Bytes, progress[^1].TotalBytes);

        using var index = CorpusIndex.Open(_temp.File("index"));
        Assert.Equal(["Alpha", "Beta", "Gamma ray"], Enumerable.Range(0, 3).Select(index.GetTitle));
        Assert.Equal("11", index.GetPage(1).Id);
        Assert.Equal([1, 2], index.OutLinksInCorpus(0));
        Assert.Equal([0], index.OutLinksInCorpus(1));
        Assert.Empty(index.OutLinksInCorpus(2));
        Assert.Equal([1], index.InLinks(0));
        Assert.Equal([0], index.InLinks(1));
        Assert.Equal(1, index.InLinkCount(2));
        Assert.Equal(report, index.BuildReport with { Issues = report.Issues });
        Assert.Equal(report.Issues, index.BuildReport.Issues);
        Assert.Equal("Gamma ray", index.Search("photons", 5).Single().Title);
        Assert.Throws<ArgumentOutOfRangeException>(() => index.GetPage(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.InLinks(-1));
    }

    [Fact]
    public void Progress_is_reported_every_1000_pages()
    {
        var path = _temp.File("many.jsonl");
        File.WriteAllLines(path, Enumerable.Range(0, 2500).Select(i => Page(i.ToString(), $"Page {i}", $"Text of page {i} links to <a href=\"Page%20{(i + 1) % 2500}\">the next</a>.")));
        var progress = new List<IngestProgress>();

        var report = CorpusIndexBuilder.Build(path, _temp.File("index"), progress: new SyncProgress<IngestProgress>(progress.Add));

        Assert.Equal([1000L, 2000L, 2500L], progress.Select(p => p.Pages));
        Assert.True(progress.Zip(progress.Skip(1)).All(p => p.First.Bytes <= p.Second.Bytes && p.First.Elapsed <= p.Second.Elapsed));
        Assert.Equal(2500, report.InCorpusLinks);
        using var index = CorpusIndex.Open(_temp.File("index"));
        Assert.All(Enumerable.Range(0, 2500), i => Assert.Equal(1, index.InLinkCount(i)));
        Assert.Equal(1999, index.FindOrdinal("page_1999"));
    }

    [Fact]
    public void Rebuilding_replaces_the_index_and_leaves_no_temporary_directories()
    {
        var corpus = SmallCorpus();
        var dir = _temp.File("index");
        CorpusIndexBuilder.Build(corpus, dir);
        File.AppendAllText(corpus, Page("13", "Delta", "Delta links to <a href=\"Alpha\">Alpha</a>.") + "\n");

        CorpusIndexBuilder.Build(corpus, dir);

        using var index = CorpusIndex.Open(dir);
        Assert.Equal(4, index.PageCount);
        Assert.Equal([1, 3], index.InLinks(0));
        Assert.Equal(["index", "small.jsonl"], Directory.EnumerateFileSystemEntries(_temp.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_cancelled_build_leaves_nothing_behind()
    {
        using var cts = new CancellationTokenSource();
        var progress = new SyncProgress<IngestProgress>(_ => cts.Cancel());
        var path = _temp.File("many.jsonl");
        File.WriteAllLines(path, Enumerable.Range(0, 1500).Select(i => Page(i.ToString(), $"Page {i}", "Text.")));

        Assert.ThrowsAny<OperationCanceledException>(() => CorpusIndexBuilder.Build(path, _temp.File("index"), progress: progress, ct: cts.Token));

        Assert.Equal(["many.jsonl"], Directory.EnumerateFileSystemEntries(_temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Opening_a_directory_that_is_not_a_complete_index_fails_clearly()
    {
        Assert.Throws<DirectoryNotFoundException>(() => CorpusIndex.Open(_temp.File("absent")));
        Directory.CreateDirectory(_temp.File("half"));
        var ex = Assert.Throws<InvalidDataException>(() => CorpusIndex.Open(_temp.File("half")));
        Assert.Contains("not a complete corpus index", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Racing_builders_in_one_cache_agree_on_one_index()
    {
        var corpus = SmallCorpus();
        var root = _temp.File("cache");
        var dirs = new string[4];
        Parallel.For(0, dirs.Length, i => dirs[i] = CorpusIndexCache.GetOrBuild(corpus, root));

        Assert.Single(dirs.Distinct());
        Assert.Equal([Path.GetFileName(dirs[0])], Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName));
        Assert.StartsWith(Path.GetFullPath(root), dirs[0], StringComparison.Ordinal);
        using var index = CorpusIndex.Open(dirs[0]);
        Assert.Equal(3, index.PageCount);

        // A hit does not build: no progress is reported.
        var reports = 0;
        Assert.Equal(dirs[0], CorpusIndexCache.GetOrBuild(corpus, root, "jsonl", new SyncProgress<IngestProgress>(_ => reports++)));
        Assert.Equal(0, reports);
    }

    [Fact]
    public void The_cache_key_follows_the_corpus_content()
    {
        var corpus = SmallCorpus();
        var root = _temp.File("cache");
        var first = CorpusIndexCache.GetOrBuild(corpus, root);
        File.AppendAllText(corpus, Page("13", "Delta", "Delta.") + "\n");
        var second = CorpusIndexCache.GetOrBuild(corpus, root);

        Assert.NotEqual(first, second);
        using var index = CorpusIndex.Open(second);
        Assert.Equal(4, index.PageCount);
    }

    /// <summary>Reports synchronously (Progress&lt;T&gt; posts to the thread pool, which makes assertions racy).</summary>
    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
