using InfoSeek.Corpus;

namespace InfoSeek.Browser;

/// <summary>Opens one corpus's index once (building it into the cache on first use) and shares it.</summary>
public sealed class CorpusIndexProvider(string name, CorpusOptions source, string indexCacheDirectory) : IDisposable
{
    private readonly Lazy<CorpusIndex> index = new(() => Open(name, source, indexCacheDirectory), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A ready index directory, as the CLI's verify opens it.</summary>
    public CorpusIndexProvider(string indexDirectory)
        : this(CorpusCatalog.DefaultName, new CorpusOptions { IndexDirectory = indexDirectory }, Path.GetTempPath())
    {
    }

    public CorpusIndex Index => index.Value;

    private static CorpusIndex Open(string name, CorpusOptions o, string indexCacheDirectory)
    {
        if (!string.IsNullOrWhiteSpace(o.IndexDirectory))
        {
            return CorpusIndex.Open(o.IndexDirectory);
        }

        if (string.IsNullOrWhiteSpace(o.CorpusPath))
        {
            throw new InvalidOperationException(name == CorpusCatalog.DefaultName
                ? "Browser needs Browser:IndexDirectory or Browser:CorpusPath."
                : $"Corpus '{name}' needs Browser:Corpora:{name}:IndexDirectory or Browser:Corpora:{name}:CorpusPath.");
        }

        return CorpusIndex.Open(CorpusIndexCache.GetOrBuild(o.CorpusPath, indexCacheDirectory, o.Format));
    }

    public void Dispose()
    {
        if (index.IsValueCreated)
        {
            index.Value.Dispose();
        }
    }
}
