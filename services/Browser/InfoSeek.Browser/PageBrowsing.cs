using System.Collections.Concurrent;
using InfoSeek.Domain.Mining;
using InfoSeek.Contracts;
using InfoSeek.Corpus;
using InfoSeek.Domain.Claims;
using InfoSeek.Domain.Trees;

namespace InfoSeek.Browser;

/// <summary>
/// Reads a page for a tree: the page named by a BrowsePage command, or a root page chosen in the run's
/// <see cref="RootOrder"/>; its claims are mined and each relation into the corpus gets its clue pages.
/// </summary>
public sealed class PageBrowsing(CorpusIndexProvider provider, CorpusCapacity capacity, BrowsedPages pages)
{
    private readonly ConcurrentDictionary<(int Seed, int MinLinks, TreeShape Shape), RootOrder> rootOrders = new();

    private CorpusIndex Index => provider.Index;

    /// <summary>
    /// The Browser agent's work for one BrowsePage command. A root page must have a type descriptor (the
    /// question names its answer by it), a tree of MinVertices must be able to grow from it (see
    /// <see cref="CorpusCapacity.CanRoot"/>, which also asks that its claims can single it out), and it must be extendable: at least MinLinks
    /// relations to pages of the corpus that fit two pages or more with their target unknown, the ones the Planner may follow (see <see cref="RootOrder"/>).
    /// </summary>
    public ITreeMessage Browse(BrowsePage command)
    {
        BrowsedPage? browsed;
        if (command.Title is not null)
        {
            browsed = Index.FindOrdinal(command.Title) is { } ordinal ? pages.Read(ordinal) : null;
        }
        else
        {
            var shape = TreeShape.OfRoot(command);
            var order = rootOrders.GetOrAdd((command.RandomSeed, command.MinLinks, shape), k => new RootOrder(capacity.PagesWithLinks(k.MinLinks), k.Seed));
            var root = order.Root(command.RootNumber, ordinal => capacity.CanRoot(ordinal, command.MinLinks, shape));
            if (root is RootOrder.UsedUp)
            {
                return new BrowseFailed(
                    command.RunId, command.TreeId, command.Step, command.VertexId, null,
                    $"{BrowseFailed.RootsUsedUp} {RootOrder.Rounds} rounds of trees ({order.Roots} pages can root a tree of {command.MinVertices} vertices): the corpus has no more answers to give");
            }

            browsed = root is { } ordinal ? pages.Read(ordinal) : null;
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
    /// Claims proposed for a browsed page by another back end (a model), kept only where their evidence is a sentence
    /// the miner's own subject rules read as about the page's entity.
    /// </summary>
    public IReadOnlyList<ClaimCandidate> AboutEntity(string title, IReadOnlyList<ClaimCandidate> proposed)
    {
        if (proposed.Count == 0 || Index.FindPage(title) is not { } page)
        {
            return [];
        }

        var sentences = ClaimMiner.EntitySentences(page);
        return proposed.Where(c => sentences.Any(s => c.Evidence.Start >= s.Start && c.Evidence.Start + c.Evidence.Length <= s.Start + s.Length)).ToList();
    }
}

/// <summary>
/// The root pages of the runs that share a seed: the pages with enough in-corpus links, in an order
/// drawn from the seed, keeping those with a type descriptor whose mined claims can extend a tree. Root n is the n-th such
/// page (wrapping round when the run needs more trees than there are, for <see cref="Rounds"/> rounds), so it depends
/// only on the seed and n, not on which tree asked first, and no page is the root of two trees until all have
/// been used. Pages are judged lazily, each once (their summaries are kept).
/// </summary>
internal sealed class RootOrder(int[] eligible, int seed)
{
    /// <summary>
    /// Rounds of trees over every root before a run is told they are used up: a later tree of a root grows other links
    /// (it is seeded by its tree number), so a root that failed once may still give an answer, but not for ever.
    /// </summary>
    public const int Rounds = 3;

    /// <summary>What <see cref="Root"/> gives once every root has had its <see cref="Rounds"/> rounds.</summary>
    public const int UsedUp = -1;

    private readonly int[] order = Shuffled(eligible, seed);
    private readonly List<int> extendable = [];
    private int scanned;

    /// <summary>The pages found so far that can root a tree (all of them once a run has gone round).</summary>
    public int Roots
    {
        get
        {
            lock (extendable)
            {
                return extendable.Count;
            }
        }
    }

    /// <summary>
    /// The ordinal of root <paramref name="number"/>; null when no page can root a tree, <see cref="UsedUp"/> when
    /// <paramref name="number"/> is past <see cref="Rounds"/> rounds of all of them.
    /// </summary>
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

            if (extendable.Count == 0)
            {
                return null;
            }

            return number > Rounds * extendable.Count ? UsedUp : extendable[(Math.Max(1, number) - 1) % extendable.Count];
        }
    }

    private static int[] Shuffled(int[] pages, int seed)
    {
        var copy = (int[])pages.Clone();
        new Random(seed).Shuffle(copy);
        return copy;
    }
}
