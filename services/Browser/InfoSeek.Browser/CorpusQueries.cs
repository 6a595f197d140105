using System.Collections.Concurrent;
using InfoSeek.Browser.Agent;
using InfoSeek.Contracts;
using InfoSeek.Corpus;
using InfoSeek.CorpusApi;

namespace InfoSeek.Browser;

/// <summary>
/// Every corpus query the system makes, in one place: the HTTP endpoints, the in-process
/// <see cref="ICorpusApi"/> and the Browser's own consumer all call these methods.
/// </summary>
public sealed class CorpusQueries(CorpusIndexProvider provider, ClaimMatcher matcher)
{
    public const int MaxSearchResults = 100;

    private readonly ConcurrentDictionary<int, int[]> pagesWithLinks = new();

    private CorpusIndex Index => provider.Index;

    public PageDto? GetPage(string title)
    {
        var page = Index.FindPage(title);
        return page is null ? null : ToDto(page);
    }

    public SearchResponse Search(string query, int k)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            throw new ArgumentException("The search query 'q' is empty.", nameof(query));
        }

        if (k is < 1 or > MaxSearchResults)
        {
            throw new ArgumentException($"'k' must be between 1 and {MaxSearchResults} (was {k}).", nameof(k));
        }

        return new SearchResponse(query, Index.Search(query, k).Select(h => new SearchHitDto(h.Title, h.Score)).ToList());
    }

    public CandidateSetsResponse CandidateSets(CandidateSetsRequest request)
    {
        if (request.Claims is null || request.Claims.Count == 0)
        {
            throw new ArgumentException("The request has no claims.", nameof(request));
        }

        return new CandidateSetsResponse(request.Claims.Select(c => matcher.Candidates(request.Subject, c, Math.Max(0, request.MaxMembers))).ToList());
    }

    /// <summary>A page chosen by the seed among those with at least <paramref name="minLinks"/> distinct in-corpus links.</summary>
    public CorpusPage? RandomPage(int seed, int minLinks)
    {
        var eligible = PagesWithLinks(minLinks);
        return eligible.Length == 0 ? null : Index.GetPage(eligible[new Random(seed).Next(eligible.Length)]);
    }

    /// <summary>Random roots tried, in seeded order, before the Browser reports that none can grow a tree.</summary>
    public const int RootAttempts = 400;

    /// <summary>
    /// The Browser agent's work for one BrowsePage command. A random root must be extendable: the
    /// pages are tried in an order drawn from the seed until one yields at least MinLinks relation
    /// claims whose targets are in the corpus.
    /// </summary>
    public ITreeMessage Browse(BrowsePage command)
    {
        BrowsedPage? browsed = null;
        if (command.Title is not null)
        {
            browsed = Index.FindPage(command.Title) is { } page ? BrowserAgent.Browse(page, Index.Resolve) : null;
        }
        else
        {
            var eligible = PagesWithLinks(command.MinLinks);
            var rng = new Random(command.RandomSeed);
            for (var attempt = 0; attempt < RootAttempts && eligible.Length > 0 && browsed is null; attempt++)
            {
                var candidate = BrowserAgent.Browse(Index.GetPage(eligible[rng.Next(eligible.Length)]), Index.Resolve);
                var extendable = candidate.Claims.Where(c => c.TargetInCorpus).Select(c => c.Target).Distinct().Count();
                browsed = extendable >= command.MinLinks ? candidate : null;
            }
        }

        if (browsed is null)
        {
            var reason = command.Title is null
                ? $"none of {RootAttempts} random pages has {command.MinLinks} relation claims to pages of the corpus"
                : $"'{command.Title}' is not a page of the corpus";
            return new BrowseFailed(command.RunId, command.TreeId, command.Step, command.VertexId, command.Title, reason);
        }

        return new PageBrowsed(command.RunId, command.TreeId, command.Step, command.VertexId, browsed.Title, browsed.TypeDescriptor, browsed.Claims);
    }

    private int[] PagesWithLinks(int minLinks) => pagesWithLinks.GetOrAdd(minLinks, n =>
        Enumerable.Range(0, Index.PageCount).Where(o => Index.OutLinksInCorpus(o).Count >= n).ToArray());

    private PageDto ToDto(CorpusPage page) => new(
        page.Id,
        page.Title,
        page.Text,
        page.Links.Select(l => new PageLinkDto(l.Target, l.Anchor, l.Start, l.Length, Index.Resolve(l.Target) is not null)).ToList(),
        Index.InLinkCount(page.Ordinal));
}
