using System.Collections.Concurrent;
using InfoSeek.Contracts;
using InfoSeek.Corpus;
using InfoSeek.CorpusApi;
using InfoSeek.Domain.Mining;

namespace InfoSeek.Browser;

/// <summary>
/// Every corpus query the system makes, in one place: the HTTP endpoints, the in-process
/// <see cref="ICorpusApi"/> and the Browser's own consumer all call these methods.
/// </summary>
public sealed class CorpusQueries(CorpusIndexProvider provider, ClaimMatcher matcher)
{
    public const int MaxSearchResults = 100;

    private readonly ConcurrentDictionary<int, int[]> pagesWithLinks = new();
    private readonly ConcurrentDictionary<(int Seed, int MinLinks, int MinVertices, int MaxDepth, int MaxBreadth), RootOrder> rootOrders = new();

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

    /// <summary>
    /// The Browser agent's work for one BrowsePage command. A root page must have a type descriptor (the
    /// question names its answer by it), a tree of MinVertices must be able to grow from it (see
    /// <see cref="Capacity"/>), and it must be extendable: at least MinLinks relations to pages of the corpus that fit two pages or more with their target
    /// unknown, the ones the Planner may follow; see <see cref="RootOrder"/>.
    /// </summary>
    public ITreeMessage Browse(BrowsePage command)
    {
        BrowsedPage? browsed;
        if (command.Title is not null)
        {
            browsed = Index.FindPage(command.Title) is { } page ? WithCluePages(ClaimMiner.Mine(page, Index.Resolve)) : null;
        }
        else
        {
            var key = (command.RandomSeed, command.MinLinks, command.MinVertices, command.MaxDepth, command.MaxBreadth);
            var order = rootOrders.GetOrAdd(key, k => new RootOrder(PagesWithLinks(k.MinLinks), k.Seed));
            browsed = order.Root(command.RootNumber, ordinal => CanRoot(ordinal, command.MinLinks, command.MinVertices, command.MaxDepth, command.MaxBreadth)) is { } root
                ? WithCluePages(ClaimMiner.Mine(Index.GetPage(root), Index.Resolve))
                : null;
        }

        if (browsed is null)
        {
            var reason = command.Title is null
                ? $"no page of the corpus can root a tree of {command.MinVertices} vertices (a type, {command.MinLinks} relation claims to pages of the corpus that a tree can follow)"
                : $"'{command.Title}' is not a page of the corpus";
            return new BrowseFailed(command.RunId, command.TreeId, command.Step, command.VertexId, command.Title, reason);
        }

        return new PageBrowsed(command.RunId, command.TreeId, command.Step, command.VertexId, browsed.Title, browsed.TypeDescriptor, browsed.Claims);
    }

    /// <summary>
    /// How many research trees the corpus can hold: of the pages with a link into the corpus, those with a relation
    /// a tree can grow through (<see cref="ClaimCandidateExtensions.CanGrowTree"/>), those of them with a type (a
    /// root needs one), and those from which the Planner's rules can reach <paramref name="minVertices"/> vertices
    /// (children with a type, at most <paramref name="maxBreadth"/> per vertex, down to <paramref name="maxDepth"/>).
    /// The last is an upper bound on the distinct answers of a run: Blurring, the Verbalizer and the Sampler
    /// still reject some of those trees.
    /// </summary>
    public TreeCapacity Capacity(int minVertices, int maxDepth, int maxBreadth, IProgress<(int Done, int Total)>? progress = null, CancellationToken ct = default)
    {
        var pages = PagesWithLinks(1);
        int growable = 0, typed = 0, roots = 0;
        for (var i = 0; i < pages.Length; i++)
        {
            ct.ThrowIfCancellationRequested();
            var page = Summary(pages[i]);
            growable += page.Targets.Count > 0 ? 1 : 0;
            typed += page.Targets.Count > 0 && page.Typed ? 1 : 0;
            roots += CanRoot(pages[i], 1, minVertices, maxDepth, maxBreadth) ? 1 : 0;
            progress?.Report((i + 1, pages.Length));
        }

        return new TreeCapacity(Index.PageCount, pages.Length, growable, typed, roots);
    }

    /// <summary>
    /// Whether a tree may start from the page: it has a type (the question names its answer by it), at least
    /// <paramref name="minLinks"/> relations a tree can grow through, and a tree of <paramref name="minVertices"/>
    /// can grow from it.
    /// </summary>
    private bool CanRoot(int ordinal, int minLinks, int minVertices, int maxDepth, int maxBreadth) =>
        Summary(ordinal) is { Typed: true } page && page.Targets.Count >= minLinks && Reach(ordinal, minVertices, maxDepth, maxBreadth) >= minVertices;

    /// <summary>Vertices a tree from this root can reach, breadth first, counted up to <paramref name="enough"/>.</summary>
    private int Reach(int root, int enough, int maxDepth, int maxBreadth)
    {
        var inTree = new HashSet<int> { root };
        var frontier = new Queue<(int Ordinal, int Depth)>([(root, 0)]);
        while (frontier.Count > 0 && inTree.Count < enough)
        {
            var (ordinal, depth) = frontier.Dequeue();
            if (depth >= maxDepth)
            {
                continue;
            }

            foreach (var child in Summary(ordinal).Targets.Where(t => !inTree.Contains(t) && Summary(t).Typed).Take(maxBreadth))
            {
                inTree.Add(child);
                frontier.Enqueue((child, depth + 1));
            }
        }

        return inTree.Count;
    }

    /// <summary>What the capacity count needs of a page, kept small so that a large corpus fits.</summary>
    private sealed record PageSummary(bool Typed, IReadOnlyList<int> Targets);

    private readonly ConcurrentDictionary<int, PageSummary> summaries = new();

    private PageSummary Summary(int ordinal) => summaries.GetOrAdd(ordinal, o =>
    {
        var page = WithCluePages(ClaimMiner.Mine(Index.GetPage(o), Index.Resolve));
        var targets = page.Claims.Where(c => c.CanGrowTree()).Select(c => Index.FindOrdinal(c.Target!)).OfType<int>().Where(t => t != o).Distinct().ToList();
        return new PageSummary(page.TypeDescriptor is not null, targets);
    });

    /// <summary>Counts, for each relation that could extend a tree, the pages it fits with its target unknown.</summary>
    private BrowsedPage WithCluePages(BrowsedPage page) => page with
    {
        Claims = page.Claims.Select(c =>
        {
            if (c.Kind != ClaimKind.Relation || !c.TargetInCorpus)
            {
                return c;
            }

            var clue = matcher.Candidates(page.Title, c with { Target = null, TargetInCorpus = false }, 0);
            return clue.Exact ? c with { CluePages = clue.Count } : c;
        }).ToList(),
    };

    private int[] PagesWithLinks(int minLinks) => pagesWithLinks.GetOrAdd(minLinks, n =>
        Enumerable.Range(0, Index.PageCount).Where(o => Index.OutLinksInCorpus(o).Count >= n).ToArray());

    private PageDto ToDto(CorpusPage page) => new(
        page.Id,
        page.Title,
        page.Text,
        page.Links.Select(l => new PageLinkDto(l.Target, l.Anchor, l.Start, l.Length, Index.Resolve(l.Target) is not null)).ToList(),
        Index.InLinkCount(page.Ordinal));
}

/// <summary>
/// The root pages of the runs that share a seed: the pages with enough in-corpus links, in an order
/// drawn from the seed, keeping those with a type descriptor whose mined claims can extend a tree. Root n is the n-th such
/// page (wrapping round when the run needs more trees than there are), so it depends only on the
/// seed and n, not on which tree asked first, and no page is the root of two trees until all have
/// been used. Pages are judged lazily, each once (their summaries are kept).
/// </summary>
internal sealed class RootOrder(int[] eligible, int seed)
{
    private readonly int[] order = Shuffled(eligible, seed);
    private readonly List<int> extendable = [];
    private int scanned;

    /// <summary>The ordinal of root <paramref name="number"/>, or null when no page can root a tree.</summary>
    public int? Root(int number, Func<int, bool> canRoot)
    {
        lock (extendable)
        {
            while (extendable.Count < number && scanned < order.Length)
            {
                var ordinal = order[scanned++];
                if (canRoot(ordinal))
                {
                    extendable.Add(ordinal);
                }
            }

            return extendable.Count == 0 ? null : extendable[(Math.Max(1, number) - 1) % extendable.Count];
        }
    }

    private static int[] Shuffled(int[] pages, int seed)
    {
        var copy = (int[])pages.Clone();
        new Random(seed).Shuffle(copy);
        return copy;
    }
}

/// <summary>The counts of <see cref="CorpusQueries.Capacity"/>, from all pages down to the pages that can root a tree.</summary>
public sealed record TreeCapacity(int Pages, int WithCorpusLinks, int WithGrowableRelation, int WithType, int Roots);
