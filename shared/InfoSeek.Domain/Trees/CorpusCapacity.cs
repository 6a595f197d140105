using System.Collections.Concurrent;
using InfoSeek.Contracts;
using InfoSeek.Corpus;
using InfoSeek.Domain.Claims;

namespace InfoSeek.Domain.Trees;

/// <summary>
/// The research trees a corpus can hold under the growth rules (<see cref="TreeGrowth"/>): whether a page can
/// root one, and how many pages can, from each page's small summary (whether it has a type, and the pages its
/// growable relations lead to, read both ways), which <see cref="BrowsedPages"/> works out for the whole corpus
/// once and stores beside the index.
/// </summary>
/// <param name="openIndex">The corpus index, asked for on first use.</param>
/// <param name="pages">The pages as a tree reads them, with their summaries.</param>
public sealed class CorpusCapacity(Func<CorpusIndex> openIndex, BrowsedPages pages)
{
    private readonly ConcurrentDictionary<int, int[]> pagesWithLinks = new();

    private CorpusIndex Index => openIndex();

    /// <summary>
    /// How many research trees the corpus can hold: of the pages with a link into the corpus, those with a relation
    /// a tree can grow through (<see cref="ClaimCandidateExtensions.CanGrowTree"/>), those of them with a type (a
    /// root needs one), those of these whose claims can single them out, and those from which the Planner's rules can reach the shape's MinVertices vertices
    /// (children with a type, at most MaxBreadth per vertex, down to MaxDepth).
    /// The last is an upper bound on the distinct answers of a run: Blurring, the Verbalizer and the Sampler
    /// still reject some of those trees.
    /// </summary>
    /// <param name="progress">Pages worked out of all, while they are (not when they are read from the index folder).</param>
    public TreeCapacity Count(TreeShape shape, IProgress<(int Done, int Total)>? progress = null, CancellationToken ct = default)
    {
        pages.Prepare(progress, ct);
        var withLinks = PagesWithLinks(1);
        int growable = 0, typed = 0, identifiable = 0, roots = 0;
        foreach (var ordinal in withLinks)
        {
            var page = Summary(ordinal);
            growable += page.Targets.Length > 0 ? 1 : 0;
            typed += page.Targets.Length > 0 && page.Typed ? 1 : 0;
            identifiable += page.Targets.Length > 0 && page.Typed && page.Identifiable ? 1 : 0;
            roots += CanRoot(ordinal, TreeGrowth.MinRootLinks, shape) ? 1 : 0;
        }

        return new TreeCapacity(Index.PageCount, withLinks.Length, growable, typed, identifiable, roots);
    }

    /// <summary>
    /// Whether a tree may start from the page: it has a type (the question names its answer by it), its claims can
    /// single it out (<see cref="PageSummary.Identifiable"/>), it has at least <paramref name="minLinks"/> relations a
    /// tree can grow through, and a tree of the shape's MinVertices can grow from it.
    /// </summary>
    public bool CanRoot(int ordinal, int minLinks, TreeShape shape) =>
        Summary(ordinal) is { Typed: true, Identifiable: true } page && page.Targets.Length >= minLinks && Reach(ordinal, shape) >= shape.MinVertices;

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

    private PageSummary Summary(int ordinal) => pages.Summary(ordinal);
}

/// <summary>The counts of <see cref="CorpusCapacity.Count"/>, from all pages down to the pages that can root a tree.</summary>
public sealed record TreeCapacity(int Pages, int WithCorpusLinks, int WithGrowableRelation, int WithType, int Identifiable, int Roots);
