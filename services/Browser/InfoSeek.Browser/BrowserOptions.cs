namespace InfoSeek.Browser;

/// <summary>The corpus the Browser serves. Bound from the "Browser" configuration section.</summary>
public sealed class BrowserOptions
{
    /// <summary>A ready index directory. When empty, the index of <see cref="CorpusPath"/> is built (or found) in <see cref="IndexCacheDirectory"/>.</summary>
    public string? IndexDirectory { get; set; }

    /// <summary>The corpus file or folder (JSON Lines, MediaWiki XML, HTML).</summary>
    public string? CorpusPath { get; set; }

    /// <summary>Forces the reader ("jsonl", "mediawiki", "html") instead of choosing by file type.</summary>
    public string? Format { get; set; }

    public string IndexCacheDirectory { get; set; } = Path.Combine(Path.GetTempPath(), "infoseek-index-cache");
}
