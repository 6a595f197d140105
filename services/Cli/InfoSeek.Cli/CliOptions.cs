using System.CommandLine;

namespace InfoSeek.Cli;

/// <summary>The options several commands take, spelled and defaulted the same everywhere.</summary>
public static class CliOptions
{
    public static Option<string> Corpus() =>
        new("--corpus") { Description = "Corpus file or folder (default: data/corpus/wikispeedia.jsonl.gz in the repository)" };

    public static Option<string?> Format() =>
        new("--format") { Description = "Reader to use: jsonl, mediawiki or html (default: by file type)" };

    public static Option<string> Cache() =>
        new("--cache") { Description = "Index cache folder", DefaultValueFactory = _ => CliPaths.DefaultCache() };

    public static Option<int> MaxDepth() =>
        new("--max-depth") { Description = "Deepest level of a tree (root = 0)", DefaultValueFactory = _ => 3 };

    public static Option<int> MaxBreadth() =>
        new("--max-breadth") { Description = "Most children of one vertex", DefaultValueFactory = _ => 3 };
}
