namespace InfoSeek.Browser;

/// <summary>Where one corpus comes from: a ready index, or a corpus file or folder to index.</summary>
public class CorpusOptions
{
    /// <summary>A ready index directory. When empty, the index of <see cref="CorpusPath"/> is built (or found) in the index cache.</summary>
    public string? IndexDirectory { get; set; }

    /// <summary>The corpus file or folder (JSON Lines, MediaWiki XML, HTML).</summary>
    public string? CorpusPath { get; set; }

    /// <summary>Forces the reader ("jsonl", "mediawiki", "html") instead of choosing by file type.</summary>
    public string? Format { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(IndexDirectory) || !string.IsNullOrWhiteSpace(CorpusPath);
}

/// <summary>
/// The corpora the Browser serves. Bound from the "Browser" configuration section: its own
/// IndexDirectory/CorpusPath/Format are the default corpus (named "default"), and
/// Browser:Corpora:&lt;name&gt; adds more, which a run chooses by name (StartRun.Corpus).
/// </summary>
public sealed class BrowserOptions : CorpusOptions
{
    public string IndexCacheDirectory { get; set; } = Path.Combine(Path.GetTempPath(), "infoseek-index-cache");

    public Dictionary<string, CorpusOptions> Corpora { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
