using InfoSeek.Contracts;
using InfoSeek.Corpus;
using InfoSeek.Domain.Certificates;
using InfoSeek.Domain.Mining;

namespace InfoSeek.Domain.Claims;

/// <summary>
/// The pages as a tree reads them: each page's mined claims with the clue pages of its relations counted, then the
/// relations read from the pages that link to it (<see cref="PageClaims.FromInLinks"/>) that a tree can grow through.
/// None of it depends on the tree, so <see cref="Prepare"/> works it out for every page once, in parallel, and stores
/// it beside the index (<see cref="BrowsedPageFile"/>); later runs read a page back instead of mining the corpus again.
/// Until then, or where the index folder cannot be written, a page is worked out when it is asked for.
/// </summary>
/// <param name="openIndex">The corpus index, asked for on first use.</param>
/// <param name="matcher">Counts the clue pages of each relation (<see cref="ClaimMatcher.WithCluePages"/>).</param>
/// <param name="claims">The pages' claims, mined once for both directions.</param>
public sealed class BrowsedPages(Func<CorpusIndex> openIndex, ClaimMatcher matcher, PageClaims claims) : IDisposable
{
    private readonly Lock preparing = new();
    private BrowsedPageFile? stored;
    private PageSummary[]? summaries;

    private CorpusIndex Index => openIndex();

    /// <summary>The page as a tree reads it: from the stored file once prepared, otherwise worked out now.</summary>
    public BrowsedPage Read(int ordinal) => Volatile.Read(ref stored)?.Read(ordinal) ?? Browse(Index, ordinal);

    /// <summary>What root choice needs of the page (<see cref="PageSummary"/>); prepares every page on first use.</summary>
    public PageSummary Summary(int ordinal)
    {
        if (Volatile.Read(ref summaries) is null)
        {
            Prepare();
        }

        return summaries![ordinal];
    }

    /// <summary>
    /// Opens the pages stored beside the index by this build of the miner, or works every page out and stores it
    /// there (where the index folder can be written). Called by root choice on first use; call it ahead (at ingest,
    /// or before a run starts) to take the work out of a run.
    /// </summary>
    /// <param name="progress">Pages worked out of all, while they are (not when they are read).</param>
    /// <returns>Whether the pages were read from the index folder rather than worked out.</returns>
    public bool Prepare(IProgress<(int Done, int Total)>? progress = null, CancellationToken ct = default)
    {
        lock (preparing)
        {
            if (summaries is not null)
            {
                return stored is not null;
            }

            var index = Index;
            var file = BrowsedPageFile.Open(index.IndexDirectory, index.PageCount);
            var read = file is not null;
            if (file is null)
            {
                var all = BrowsedPageFile.TryWrite(index, o => WithSummary(index, o), progress, ct);
                file = BrowsedPageFile.Open(index.IndexDirectory, index.PageCount);
                if (file is null)
                {
                    // A read-only index folder (one shared by Browser replicas that no ingest prepared): keep the summaries only.
                    Volatile.Write(ref summaries, all);
                    return false;
                }
            }

            Volatile.Write(ref stored, file);
            Volatile.Write(ref summaries, file.Summaries);
            return read;
        }
    }

    public void Dispose() => stored?.Dispose();

    private (BrowsedPage Page, PageSummary Summary) WithSummary(CorpusIndex index, int ordinal)
    {
        var page = Browse(index, ordinal);
        return (page, Summarise(index, ordinal, page));
    }

    private PageSummary Summarise(CorpusIndex index, int ordinal, BrowsedPage page)
    {
        // A root whose type a question cannot show would be asked for as "the entity".
        var typed = Questions.NounPhrases.Shown(page.TypeDescriptor) is not null;
        var targets = page.Claims.Where(c => c.CanGrowTree()).Select(c => index.FindOrdinal(c.Target!)).OfType<int>().Where(t => t != ordinal).Distinct().ToArray();
        var identifiable = typed && targets.Length > 0
            && Blurrer.CanIdentify(page.Title, page.Claims, page.Claims.Select(c => matcher.Candidates(page.Title, c, int.MaxValue)).ToList());
        return new PageSummary(typed, targets, identifiable);
    }

    private BrowsedPage Browse(CorpusIndex index, int ordinal)
    {
        var browsed = claims.Mined(ordinal);
        // A relation that would leave the vertex behind a noun ("that John Locke obtained a bachelor of") is no clue nor edge.
        var fromInLinks = matcher.WithCluePages(browsed.Title, claims.FromInLinks(ordinal).Where(c => !Questions.QuestionChecks.StrandsItsVertex(c.Text)).ToList())
            .Select(c => Growable(index, c))
            .Where(c => c.CanGrowTree());
        return browsed with { Claims = [.. matcher.WithCluePages(browsed.Title, browsed.Claims).Select(c => Growable(index, c)), .. fromInLinks] };
    }

    // "of which a capital city is the capital", "is in a region": with its target hidden the relation says nothing, so
    // it is counted as too general to grow a tree through (it may still name its target as a clue).
    private ClaimCandidate Growable(CorpusIndex index, ClaimCandidate claim) =>
        claim.CanGrowTree() && index.FindOrdinal(claim.Target!) is { } at
        && Questions.QuestionChecks.SaysNothingOfAHiddenTarget(claim.Text, claims.Mined(at).TypeDescriptor)
            ? claim with { CluePages = null }
            : claim;
}

/// <summary>
/// What root choice needs of a page: whether it has a type, the pages its growable relations lead to (in claim order),
/// and, for a typed page with such relations, whether its claims can single it out (<see cref="Blurrer.CanIdentify"/>):
/// a root whose claims cannot fails its last blur after every other vertex of its tree was browsed and blurred.
/// </summary>
public sealed record PageSummary(bool Typed, int[] Targets, bool Identifiable);
