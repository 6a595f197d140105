using System.Text.RegularExpressions;
using InfoSeek.Contracts;
using InfoSeek.Corpus;
using Microsoft.Extensions.Caching.Memory;

namespace InfoSeek.Domain.Claims;

/// <summary>
/// The one <em>satisfies</em> predicate: does page p satisfy claim c? Words are compared as the
/// search index analyses them (lower case, stop words out, Porter stems), so retrieval and the
/// predicate agree. A page satisfies
/// <list type="bullet">
/// <item>an attribute claim when one of its sentences holds every content word of the claim
/// (numbers and dates are words, so they match exactly);</item>
/// <item>a relation claim with target T when one of its sentences links to T (or names it) and
/// holds every content word of the claim's relation; T itself never satisfies its own relation.</item>
/// <item>a relation claim without a target (the related entity unknown, as a solver sees the relation
/// to a blurred vertex) when one of its sentences holds the relation's words and a link;</item>
/// <item>a relation read from its target's page (<see cref="ClaimCandidate.EvidenceOnTarget"/>, "B joined A") with
/// target T when a sentence of T's page holds the relation's words and links to p; with the target unknown, when
/// a sentence of some page does.</item>
/// </list>
/// Candidate sets S(c) are taken over the whole corpus: every page holding the claim's words is
/// retrieved from the index and checked with the predicate.
/// </summary>
/// <param name="openIndex">The corpus index, asked for on first use (a service opens it lazily).</param>
public sealed partial class ClaimMatcher(Func<CorpusIndex> openIndex) : IDisposable
{
    /// <summary>
    /// Pages whose analysed sentences are kept in memory (a page of 30,000 characters takes about 45 KB). A claim too
    /// general to count early reads up to <see cref="MaxVerifiedPages"/> pages, so fewer would be read again and again.
    /// </summary>
    public const int CachedPages = 8192;

    /// <summary>Past this many retrieved pages a claim is too general to check exactly; it is reported as inexact.</summary>
    public const int MaxVerifiedPages = 3000;

    /// <summary>
    /// Room for remembered claim results, each counted as one plus its member titles. Root choice, browsing, blurring
    /// and the checks after them ask for the same claims again, and with the index fixed the answer does not change.
    /// </summary>
    public const int CachedResults = 1 << 20;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = CachedPages });
    private readonly MemoryCache results = new(new MemoryCacheOptions { SizeLimit = CachedResults });
    private readonly TermIds termIds = new();

    /// <summary>A matcher on an index already open.</summary>
    public ClaimMatcher(CorpusIndex index)
        : this(() => index)
    {
    }

    private CorpusIndex index => openIndex();

    public void Dispose()
    {
        cache.Dispose();
        results.Dispose();
    }

    public SatisfyingPages Candidates(string subject, ClaimCandidate claim, int maxMembers)
    {
        var all = Remembered(claim, null, () => AllMembers(claim), a => a.Titles.Length);
        var containsSubject = !all.Exact || Array.BinarySearch(all.Titles, subject, StringComparer.Ordinal) >= 0;
        return new SatisfyingPages(all.Count, all.Titles.Take(maxMembers).ToList(), containsSubject, all.Exact);
    }

    /// <summary>S(c) with all its member titles, sorted; for a claim too general to check, no titles and Count as in <see cref="SatisfyingPages"/>.</summary>
    private sealed record Members(int Count, string[] Titles, bool Exact);

    private Members AllMembers(ClaimCandidate claim)
    {
        if (claim.EvidenceOnTarget)
        {
            return LinkedFromSentences(claim, int.MaxValue) is { } linked ? Sorted(linked) : new Members(MaxVerifiedPages + 1, [], Exact: false);
        }

        var (words, pages) = Retrieve(claim);
        return pages.Count > MaxVerifiedPages ? new Members(pages.Count, [], Exact: false) : Sorted(pages.Where(o => Satisfies(o, words)));
    }

    private Members Sorted(IEnumerable<int> pages)
    {
        var titles = pages.Select(index.GetTitle).Order(StringComparer.Ordinal).ToArray();
        return new Members(titles.Length, titles, Exact: true);
    }

    /// <summary>What the matcher reads of a claim, and the count limit asked for (null: the members).</summary>
    private readonly record struct ResultKey(string Text, ClaimKind Kind, string? Target, bool EvidenceOnTarget, int? CountLimit);

    /// <param name="members">The member titles a result holds, which count towards <see cref="CachedResults"/>.</param>
    private T Remembered<T>(ClaimCandidate claim, int? countLimit, Func<T> compute, Func<T, int> members) =>
        results.GetOrCreate(new ResultKey(claim.Text, claim.Kind, claim.Target, claim.EvidenceOnTarget, countLimit), entry =>
        {
            var result = compute();
            entry.Size = 1 + members(result);
            return result;
        })!;

    /// <summary>
    /// Counts, for each relation that could extend a tree, the pages it fits with its target unknown, up to
    /// <see cref="ClaimCandidateExtensions.MinCluePages"/>: all that growth asks is whether there are that many.
    /// </summary>
    /// <param name="subject">The page whose claims these are.</param>
    public IReadOnlyList<ClaimCandidate> WithCluePages(string subject, IReadOnlyList<ClaimCandidate> claims) =>
        claims.Select(c =>
        {
            if (c.Kind != ClaimKind.Relation || !c.TargetInCorpus)
            {
                return c;
            }

            var unknownTarget = c with { Target = null, TargetInCorpus = false };
            var clues = Remembered(unknownTarget, ClaimCandidateExtensions.MinCluePages, () => CountUpTo(unknownTarget, ClaimCandidateExtensions.MinCluePages), _ => 0);
            return clues is { } count ? c with { CluePages = count } : c;
        }).ToList();

    /// <summary>The pages that satisfy the claim, counted up to <paramref name="limit"/>; null when too general to check exactly.</summary>
    private int? CountUpTo(ClaimCandidate claim, int limit)
    {
        if (claim.EvidenceOnTarget)
        {
            return LinkedFromSentences(claim, limit) is { } linked ? Math.Min(linked.Count, limit) : null;
        }

        var (words, pages) = Retrieve(claim);
        return pages.Count > MaxVerifiedPages ? null : pages.Where(o => Satisfies(o, words)).Take(limit).Count();
    }

    /// <summary>
    /// The claim's words and target, and the pages that may satisfy it, in corpus order: those holding its words (and the
    /// target's), and for a relation to a page of the corpus those linking to it that hold the words.
    /// </summary>
    private (ClaimWords Words, List<int> Pages) Retrieve(ClaimCandidate claim)
    {
        var words = Words(claim);
        var (terms, targetOrdinal) = (words.Terms, words.TargetOrdinal);
        IEnumerable<int> retrieved = index.PagesContainingAll(terms.Concat(words.TargetTerms));
        if (claim.Kind == ClaimKind.Relation && targetOrdinal >= 0)
        {
            var withTerms = terms.Count == 0 ? null : index.PagesContainingAll(terms).ToHashSet();
            retrieved = retrieved.Concat(index.InLinks(targetOrdinal).Where(o => withTerms is null || withTerms.Contains(o)));
        }

        return (words, retrieved.Distinct().Where(o => o != targetOrdinal).Order().ToList());
    }

    /// <summary>
    /// A claim as the predicate reads it: its words, and its target's ordinal (-1 if none) and words, each list also as
    /// term numbers for <see cref="PageSentences"/>.
    /// </summary>
    private sealed record ClaimWords(IReadOnlyList<string> Terms, int[] Ids, int TargetOrdinal, IReadOnlyList<string> TargetTerms, int[] TargetIds, ClaimKind Kind);

    private ClaimWords Words(ClaimCandidate claim)
    {
        var terms = ContentTerms(claim.Text);
        var (targetOrdinal, targetTerms) = Target(claim);
        return new ClaimWords(terms, termIds.Of(terms), targetOrdinal, targetTerms, termIds.Of(targetTerms), claim.Kind);
    }

    /// <summary>The predicate on one page.</summary>
    public bool Satisfies(CorpusPage page, ClaimCandidate claim)
    {
        if (claim.EvidenceOnTarget)
        {
            return LinkedFromSentences(claim, int.MaxValue) is { } linked && linked.Contains(page.Ordinal);
        }

        var words = Words(claim);
        return page.Ordinal != words.TargetOrdinal && Satisfies(page.Ordinal, words);
    }

    private bool Satisfies(int ordinal, ClaimWords claim)
    {
        var sentences = Sentences(ordinal);
        return sentences.Holding(claim.Ids).Any(s =>
            claim.Kind == ClaimKind.Attribute
            || (claim.TargetOrdinal < 0 && claim.TargetIds.Length == 0 && sentences.HasLink(s))
            || (claim.TargetOrdinal >= 0 && sentences.LinkedPages(s).Contains(claim.TargetOrdinal))
            || (claim.TargetIds.Length > 0 && sentences.Holds(s, claim.TargetIds)));
    }

    /// <summary>
    /// The pages linked from a sentence holding the claim's words on the target's page (any page when the target is
    /// unknown), a page never counting for itself, collected up to <paramref name="limit"/>; null when the claim is too
    /// general to check: no words, or more than <see cref="MaxVerifiedPages"/> pages to read.
    /// </summary>
    private HashSet<int>? LinkedFromSentences(ClaimCandidate claim, int limit)
    {
        var terms = ContentTerms(claim.Text);
        IReadOnlyList<int> sources = claim.Target is { } target
            ? index.FindOrdinal(target) is { } ordinal ? [ordinal] : []
            : terms.Count == 0 ? [] : index.PagesContainingAll(terms);
        if (terms.Count == 0 || sources.Count > MaxVerifiedPages)
        {
            return null;
        }

        var ids = termIds.Of(terms);
        var linked = new HashSet<int>();
        foreach (var source in sources.Order())
        {
            var sentences = Sentences(source);
            foreach (var sentence in sentences.Holding(ids))
            {
                linked.UnionWith(sentences.LinkedPages(sentence).Where(p => p != source));
                if (linked.Count >= limit)
                {
                    return linked;
                }
            }
        }

        return linked;
    }

    /// <summary>The analysed words of the claim, without its placeholders.</summary>
    public IReadOnlyList<string> ContentTerms(string claimText) =>
        index.Terms(ClaimText.PlaceholderWithPossessive().Replace(claimText, " ")).Distinct().ToList();

    private (int Ordinal, IReadOnlyList<string> Terms) Target(ClaimCandidate claim)
    {
        if (claim.Kind != ClaimKind.Relation || claim.Target is null)
        {
            return (-1, []);
        }

        return (index.FindOrdinal(claim.Target) ?? -1, index.Terms(Titles.WithoutDisambiguation(claim.Target)).Distinct().ToList());
    }

    private PageSentences Sentences(int ordinal) =>
        cache.GetOrCreate(("sentences", ordinal), entry =>
        {
            entry.Size = 1;
            return PageSentences.Read(index, index.GetPage(ordinal), termIds);
        })!;
}

/// <summary>S(c): the corpus pages that satisfy a claim.</summary>
/// <param name="Count">|S(c)|, exact.</param>
/// <param name="Members">The member titles, sorted, at most the number asked for.</param>
/// <param name="ContainsSubject">Whether the subject itself satisfies the claim (it must, for a usable claim).</param>
/// <param name="Exact">False when the claim was too general to check page by page: Count is then only the number of pages holding its words.</param>
public sealed record SatisfyingPages(int Count, IReadOnlyList<string> Members, bool ContainsSubject, bool Exact);
