using System.Diagnostics;

namespace InfoSeek.Corpus.Tests;

/// <summary>
/// The real sample corpus (../shared/corpus next to the repository, or INFOSEEK_CORPUS_DIR) and its index,
/// built once per test run through the shared cache in .infoseek/test-cache so other test projects reuse it.
/// </summary>
public static class SampleCorpus
{
    private static readonly Lazy<string> RepoRootLazy = new(FindRepoRoot);
    private static readonly Lazy<string> IndexDirLazy = new(BuildIndex);
    private static readonly Lazy<CorpusIndex> IndexLazy = new(() => CorpusIndex.Open(IndexDir));

    public static string RepoRoot => RepoRootLazy.Value;

    public static string CorpusDir =>
        Environment.GetEnvironmentVariable("INFOSEEK_CORPUS_DIR") is { Length: > 0 } dir
            ? Path.GetFullPath(dir)
            : Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "corpus"));

    public static string PagesPath => Path.Combine(CorpusDir, "pages.jsonl.gz");

    public static string DumpPath => Path.Combine(CorpusDir, "sample-dump.xml.bz2");

    public static string CacheRoot => Path.Combine(RepoRoot, ".infoseek", "test-cache");

    public static string IndexDir => IndexDirLazy.Value;

    /// <summary>Shared by all tests; never disposed (it lives as long as the test process).</summary>
    public static CorpusIndex Index => IndexLazy.Value;

    /// <summary>How long getting the index took in this process (a cache hit is fast).</summary>
    public static TimeSpan IndexElapsed { get; private set; }

    private static string BuildIndex()
    {
        var clock = Stopwatch.StartNew();
        var dir = CorpusIndexCache.GetOrBuild(PagesPath, CacheRoot);
        IndexElapsed = clock.Elapsed;
        return dir;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InfoSeek.sln")) || File.Exists(Path.Combine(dir.FullName, "Directory.Packages.props")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No folder holding InfoSeek.sln or Directory.Packages.props above {AppContext.BaseDirectory}.");
    }
}
