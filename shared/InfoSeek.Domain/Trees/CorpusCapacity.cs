using System.Collections.Concurrent;
using InfoSeek.Contracts;
using InfoSeek.Corpus;
using InfoSeek.Domain.Claims;

namespace InfoSeek.Domain.Trees;

/// <summary>
/// The research trees a corpus can hold under the growth rules (<see cref="TreeGrowth"/>): whether a page can
/// root one, and how many pages can. Each page is mined once and kept as a small summary (whether it has a
/// type, and the pages its growable relations lead to, read both ways: <see cref="PageClaims"/>), so that a large corpus fits.
/// </summary>
/// <param name="openIndex">The corpus index, asked for on first use.</param>
/// <param name="matcher">Counts the clue pages of each relation (<see cref="ClaimMatcher.WithCluePages"/>).</param>
/// <param name="claims">The pages' claims, mined once for both directions.</param>
public sealed class CorpusCapacity(Func<CorpusIndex> openIndex, ClaimMatcher matcher, PageClaims claims)
{
    private readonly ConcurrentDictionary<int, int[]> pagesWithLinks = new();
    private readonly ConcurrentDictionary<int, PageSummary> summaries = new();

    private CorpusIndex Index => openIndex();

    /// <summary>
    /// How many research trees the corpus can hold: of the pages with a link into the corpus, those with a relation
    /// a tree can grow through (<see cref="ClaimCandidateExtensions.CanGrowTree"/>), those of them with a type (a
    /// root needs one), and those from which the Planner's rules can reach the shape's MinVertices vertices
    /// (children with a type, at most MaxBreadth per vertex, down to MaxDepth).
    /// The last is an upper bound on the distinct answers of a run: Blurring, the Verbalizer and the Sampler
    /// still reject some of those trees.
    /// </summary>
    public TreeCapacity Count(TreeShape shape, IProgress<(int Done, int Total)>? progress = null, CancellationToken ct = default)
    {
        var pages = PagesWithLinks(1);
        int growable = 0, typed = 0, roots = 0;
        for (var i = 0; i < pages.Length; i++)
        {
            ct.ThrowIfCancellationRequested();
            var page = Summary(pages[i]);
            growable += page.Targets.Count > 0 ? 1 : 0;
            typed += page.Targets.Count > 0 && page.Typed ? 1 : 0;
            roots += CanRoot(pages[i], TreeGrowth.MinRootLinks, shape) ? 1 : 0;
            progress?.Report((i + 1, pages.Length));
        }

        return new TreeCapacity(Index.PageCount, pages.Length, growable, typed, roots);
    }

    /// <summary>
    /// Whether a tree may start from the page: it has a type (the question names its answer by it), at least
    /// <paramref name="minLinks"/> relations a tree can grow through, and a tree of the shape's MinVertices
    /// can grow from it.
    /// </summary>
    public bool CanRoot(int ordinal, int minLinks, TreeShape shape) =>
        Summary(ordinal) is { Typed: true } page && page.Targets.Count >= minLinks && Reach(ordinal, shape) >= shape.MinVertices;

    /// <summary>The ordinals of the pages with at least <paramref name="minLinks"/> distinct in-corpus links, in corpus order.</summary>
    public int[] PagesWithLinks(int minLinks) => pagesWithLinks.GetOrAdd(minLinks, n =>
        Enumerable.Range(0, Index.PageCount).Where(o => Index.OutLinksInCorpus(o).Count >= n).ToArray());

    /// <summary>Vertices a tree from this root can reach, breadth first, counted up to the shape's MinVertices.</summary>
    private int Reach(int root, TreeShape shape)
    {
        var inTree = new HashSet<int> { root };
        var frontier = new Queue<(int Ordinal, int Depth)>([(root, 0)]);
        while (frontier.Count > 0 && inTree.Count < shape.MinVertices)
        {
            var (ordinal, depth) = frontier.Dequeue();
            var allowed = TreeGrowth.ChildrenAllowed(depth, 0, shape);
            if (allowed == 0)
            {
                continue;
            }

            foreach (var child in Summary(ordinal).Targets.Where(t => !inTree.Contains(t) && Summary(t).Typed).Take(allowed))
            {
                inTree.Add(child);
                frontier.Enqueue((child, depth + 1));
            }
        }

        return inTree.Count;
    }

    /// <summary>What the count needs of a page, kept small so that a large corpus fits.</summary>
    private sealed record PageSummary(bool Typed, IReadOnlyList<int> Targets);

    private PageSummary Summary(int ordinal) => summaries.GetOrAdd(ordinal, o =>
    {
        var mined = claims.Mined(o);
        var targets = matcher.WithCluePages(mined.Title, [.. mined.Claims, .. claims.FromInLinks(o)])
            .Where(c => c.CanGrowTree()).Select(c => Index.FindOrdinal(c.Target!)).OfType<int>().Where(t => t != o).Distinct().ToList();
        return new PageSummary(mined.TypeDescriptor is not null, targets);
    });
}

/// <summary>The counts of <see cref="CorpusCapacity.Count"/>, from all pages down to the pages that can root a tree.</summary>
public sealed record TreeCapacity(int Pages, int WithCorpusLinks, int WithGrowableRelation, int WithType, int Roots);
