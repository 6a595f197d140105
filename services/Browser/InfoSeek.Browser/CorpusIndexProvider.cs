using InfoSeek.Corpus;
using Microsoft.Extensions.Options;

namespace InfoSeek.Browser;

/// <summary>Opens the configured index once (building it into the cache on first use) and shares it.</summary>
public sealed class CorpusIndexProvider(IOptions<BrowserOptions> options) : IDisposable
{
    private readonly Lazy<CorpusIndex> index = new(() => Open(options.Value), LazyThreadSafetyMode.ExecutionAndPublication);

    public CorpusIndex Index => index.Value;

    private static CorpusIndex Open(BrowserOptions o)
    {
        if (!string.IsNullOrWhiteSpace(o.IndexDirectory))
        {
            return CorpusIndex.Open(o.IndexDirectory);
        }

        if (string.IsNullOrWhiteSpace(o.CorpusPath))
        {
            throw new InvalidOperationException("Browser needs Browser:IndexDirectory or Browser:CorpusPath.");
        }

        return CorpusIndex.Open(CorpusIndexCache.GetOrBuild(o.CorpusPath, o.IndexCacheDirectory, o.Format));
    }

    public void Dispose()
    {
        if (index.IsValueCreated)
        {
            index.Value.Dispose();
        }
    }
}
