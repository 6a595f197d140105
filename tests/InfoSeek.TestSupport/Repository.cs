using InfoSeek.Corpus;

namespace InfoSeek.TestSupport;

/// <summary>Paths the tests share: the repository, the sample corpus beside it, one index cache per checkout.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string CorpusDirectory =>
        Environment.GetEnvironmentVariable("INFOSEEK_CORPUS_DIR") is { Length: > 0 } dir ? dir : Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));

    public static string SampleCorpus => Path.Combine(CorpusDirectory, "pages.jsonl.gz");

    public static string Wikispeedia => Path.Combine(CorpusDirectory, "wikispeedia.jsonl.gz");

    /// <summary>Mined claims labelled true, vague or false by reading their pages (<c>infoseek eval claims</c>).</summary>
    public static string ClaimLabels => Path.Combine(Root, "data", "eval", "claims.jsonl");

    public static string TypeLabels => Path.Combine(Root, "data", "eval", "types.jsonl");

    public static string SampleDump => Path.Combine(CorpusDirectory, "sample-dump.xml.bz2");

    public static string IndexCache => Path.Combine(Root, ".infoseek", "test-cache");

    private static readonly Lazy<string> SampleIndexDirectory = new(() => CorpusIndexCache.GetOrBuild(SampleCorpus, IndexCache));

    /// <summary>The sample corpus's index, built once per checkout and shared by every test project.</summary>
    public static string SampleIndex => SampleIndexDirectory.Value;

    /// <summary>"Debug" or "Release": what the running tests were built as, so they find sibling builds.</summary>
    public static string Configuration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InfoSeek.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No InfoSeek.sln above {AppContext.BaseDirectory}.");
    }
}
