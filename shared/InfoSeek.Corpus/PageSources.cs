namespace InfoSeek.Corpus;

/// <summary>Chooses the <see cref="IPageSource"/> for a corpus path.</summary>
public static class PageSources
{
    public const string JsonLines = "jsonl";
    public const string MediaWiki = "mediawiki";
    public const string Html = "html";

    /// <summary>Opens a corpus, by explicit <paramref name="format"/> or else by the path's extension.</summary>
    /// <exception cref="FileNotFoundException">The path does not exist.</exception>
    /// <exception cref="ArgumentException">The format is unknown or cannot be told from the path.</exception>
    public static IPageSource Open(string path, string? format = null, Action<IngestIssue>? onIssue = null) =>
        DetectFormat(path, format) switch
        {
            JsonLines => new JsonLinesPageSource(path, onIssue),
            MediaWiki => new MediaWikiPageSource(path, onIssue),
            _ => new HtmlPageSource(path, onIssue),
        };

    /// <summary>Returns the canonical format name ("jsonl", "mediawiki" or "html") for a path.</summary>
    public static string DetectFormat(string path, string? format = null)
    {
        EnsureExists(path);
        if (format is not null)
        {
            var f = format.Trim().ToLowerInvariant();
            return f switch
            {
                "jsonl" or "json" or "ndjson" or "wikiextractor" => JsonLines,
                "mediawiki" or "xml" or "wikitext" => MediaWiki,
                "html" or "zip" => Html,
                _ => throw new ArgumentException($"Unknown corpus format '{format}' for {path}; use jsonl, mediawiki or html.", nameof(format)),
            };
        }

        if (Directory.Exists(path))
        {
            return Html;
        }

        var name = Path.GetFileName(path).ToLowerInvariant();
        foreach (var suffix in new[] { ".gz", ".bz2" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                name = name[..^suffix.Length];
            }
        }

        return Path.GetExtension(name) switch
        {
            ".jsonl" or ".json" or ".ndjson" => JsonLines,
            ".xml" => MediaWiki,
            ".zip" or ".html" or ".htm" => Html,
            _ => throw new ArgumentException($"Cannot tell the corpus format of {path} from its name; pass format jsonl, mediawiki or html.", nameof(path)),
        };
    }

    internal static void EnsureExists(string path)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new FileNotFoundException($"Corpus not found: {Path.GetFullPath(path)}", path);
        }
    }
}
