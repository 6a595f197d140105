namespace InfoSeek.Cli;

/// <summary>Where the CLI finds things when it is not told: the corpus shipped in the repository, the labelled claims, the index cache.</summary>
public static class CliPaths
{
    /// <summary>
    /// data/corpus/wikispeedia.jsonl.gz in the repository that holds InfoSeek.sln (INFOSEEK_CORPUS overrides it): of the
    /// corpora shipped, the one that holds by far the most research trees (see the README).
    /// </summary>
    public static string DefaultCorpus()
    {
        var env = Environment.GetEnvironmentVariable("INFOSEEK_CORPUS");
        if (!string.IsNullOrWhiteSpace(env))
        {
            return env;
        }

        var repository = FindRepository(Directory.GetCurrentDirectory()) ?? FindRepository(AppContext.BaseDirectory);
        return Path.GetFullPath(Path.Combine(repository ?? ".", "data", "corpus", "wikispeedia.jsonl.gz"));
    }

    /// <summary>data/eval/claims.jsonl in the repository that holds InfoSeek.sln.</summary>
    public static string DefaultClaimLabels()
    {
        var repository = FindRepository(Directory.GetCurrentDirectory()) ?? FindRepository(AppContext.BaseDirectory);
        return Path.Combine(repository ?? ".", "data", "eval", "claims.jsonl");
    }

    /// <summary>data/eval/types.jsonl in the repository that holds InfoSeek.sln.</summary>
    public static string DefaultTypeLabels() => Path.Combine(Path.GetDirectoryName(DefaultClaimLabels())!, "types.jsonl");

    public static string DefaultCache()
    {
        var env = Environment.GetEnvironmentVariable("INFOSEEK_CACHE");
        if (!string.IsNullOrWhiteSpace(env))
        {
            return env;
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(string.IsNullOrWhiteSpace(xdg) ? Path.Combine(home, ".cache") : xdg, "infoseek", "indexes");
    }

    private static string? FindRepository(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InfoSeek.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
