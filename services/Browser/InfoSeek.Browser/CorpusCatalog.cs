using System.Collections.Concurrent;
using InfoSeek.Contracts;
using InfoSeek.CorpusApi;
using InfoSeek.Domain.Claims;
using InfoSeek.Domain.Trees;
using Microsoft.Extensions.Options;

namespace InfoSeek.Browser;

/// <summary>
/// Every corpus the Browser serves, by name, each opened on first use with its own index, claim
/// matcher, queries and page browsing. A query without a name asks the default corpus.
/// </summary>
public sealed class CorpusCatalog : IDisposable
{
    public const string DefaultName = "default";

    private readonly BrowserOptions options;
    private readonly IReadOnlyDictionary<string, CorpusOptions> sources;
    private readonly ConcurrentDictionary<string, Lazy<Served>> served = new(StringComparer.OrdinalIgnoreCase);

    public CorpusCatalog(IOptions<BrowserOptions> options)
    {
        this.options = options.Value;
        var sources = new Dictionary<string, CorpusOptions>(StringComparer.OrdinalIgnoreCase);
        if (this.options.IsConfigured || this.options.Corpora.Count == 0)
        {
            // Unconfigured, the default corpus still exists: its first query says what to configure.
            sources[DefaultName] = this.options;
        }

        foreach (var (name, source) in this.options.Corpora.OrderBy(c => c.Key, StringComparer.OrdinalIgnoreCase))
        {
            if (!CorpusNames.IsValid(name))
            {
                throw new InvalidOperationException($"Browser:Corpora:{name}: {CorpusNames.Rule}.");
            }

            if (!sources.TryAdd(name, source))
            {
                throw new InvalidOperationException($"Browser:Corpora:{name}: the name '{DefaultName}' is the corpus of Browser:IndexDirectory or Browser:CorpusPath.");
            }
        }

        this.sources = sources;
    }

    /// <summary>The corpora: the default first (when there is one), then the others by name.</summary>
    public CorporaResponse Describe() => new(sources.ContainsKey(DefaultName) ? DefaultName : null, [.. sources.Keys]);

    /// <summary>Why the named corpus (null: the default) cannot be asked; null when it can.</summary>
    public string? Unknown(string? corpus)
    {
        var name = NameOf(corpus);
        return sources.ContainsKey(name) ? null
            : name == DefaultName ? $"The Browser has no default corpus; name one of: {string.Join(", ", sources.Keys)}."
            : $"No corpus named '{name}'; the Browser serves: {string.Join(", ", sources.Keys)}.";
    }

    /// <summary>The queries of the named corpus (null: the default); an unknown name is an ArgumentException naming "corpus".</summary>
    public CorpusQueries Queries(string? corpus) => Serve(corpus).Queries;

    /// <summary>The page browsing of the named corpus (null: the default); an unknown name is an ArgumentException naming "corpus".</summary>
    public PageBrowsing Browsing(string? corpus) => Serve(corpus).Browsing;

    private Served Serve(string? corpus)
    {
        if (Unknown(corpus) is { } problem)
        {
            throw new ArgumentException(problem, nameof(corpus));
        }

        var name = NameOf(corpus);
        return served.GetOrAdd(name, n => new Lazy<Served>(() => Served.Open(n, sources[n], options.IndexCacheDirectory))).Value;
    }

    private static string NameOf(string? corpus) => string.IsNullOrWhiteSpace(corpus) ? DefaultName : corpus;

    public void Dispose()
    {
        foreach (var s in served.Values.Where(s => s.IsValueCreated))
        {
            s.Value.Dispose();
        }
    }

    private sealed record Served(CorpusIndexProvider Provider, ClaimMatcher Matcher, PageClaims Claims, BrowsedPages Pages, CorpusQueries Queries, PageBrowsing Browsing) : IDisposable
    {
        public static Served Open(string name, CorpusOptions source, string indexCacheDirectory)
        {
            var provider = new CorpusIndexProvider(name, source, indexCacheDirectory);
            var matcher = new ClaimMatcher(() => provider.Index);
            var claims = new PageClaims(() => provider.Index);
            var pages = new BrowsedPages(() => provider.Index, matcher, claims);
            var capacity = new CorpusCapacity(() => provider.Index, pages);
            var browsing = new PageBrowsing(provider, capacity, pages);
            return new Served(provider, matcher, claims, pages, new CorpusQueries(provider, matcher, capacity, pages), browsing);
        }

        public void Dispose()
        {
            Pages.Dispose();
            Claims.Dispose();
            Matcher.Dispose();
            Provider.Dispose();
        }
    }
}
