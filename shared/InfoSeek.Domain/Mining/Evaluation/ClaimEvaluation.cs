using InfoSeek.Contracts;
using InfoSeek.Corpus;

namespace InfoSeek.Domain.Mining.Evaluation;

/// <summary>
/// Measures the miner on labelled claims: the labelled pages of one corpus are mined again, each labelled claim
/// the miner still emits counts with its label, and the claims it emits that nobody labelled are counted (and
/// can be sampled for labelling) so that the set keeps measuring what the miner emits now.
/// </summary>
public static class ClaimEvaluation
{
    public static ClaimPrecision Evaluate(CorpusIndex index, string corpusName, IReadOnlyList<LabelledClaim> labels)
    {
        var ofCorpus = labels.Where(l => l.Corpus == corpusName && l.Label is not null).ToList();
        var byKey = ofCorpus.ToDictionary(l => l.Key);
        var emitted = new HashSet<(string, string, string, string?, int)>();
        var unlabelled = new List<UnlabelledClaim>();
        var pages = ofCorpus.Select(l => l.Page).Distinct().Order(StringComparer.Ordinal).ToList();
        var mined = 0;
        foreach (var title in pages)
        {
            var page = index.FindPage(title) ?? throw new InvalidDataException($"The labelled page '{title}' is not in {corpusName}.");
            foreach (var claim in ClaimMiner.Mine(page, index.Resolve).Claims)
            {
                mined++;
                var key = LabelledClaim.KeyOf(title, claim);
                if (byKey.ContainsKey(key))
                {
                    emitted.Add(key);
                }
                else
                {
                    unlabelled.Add(new UnlabelledClaim(title, claim));
                }
            }
        }

        var kept = ofCorpus.Where(l => emitted.Contains(l.Key)).ToList();
        return new ClaimPrecision(
            corpusName,
            kept,
            pages.Count,
            mined,
            ofCorpus.Count,
            kept.Count(l => l.Label == "true"),
            kept.Count(l => l.Label == "vague"),
            kept.Count(l => l.Label == "false"),
            ofCorpus.Count - kept.Count,
            unlabelled);
    }

    /// <summary>
    /// The claims the miner emits on <paramref name="count"/> pages drawn by the seed from the pages with no labelled
    /// claim yet: a held-out sample of text the rules were not tuned on.
    /// </summary>
    public static List<UnlabelledClaim> OnNewPages(CorpusIndex index, string corpusName, IReadOnlyList<LabelledClaim> labels, int count, int seed) =>
        NewPages(index, labels.Where(l => l.Corpus == corpusName).Select(l => l.Page), seed).Take(count)
            .SelectMany(p => ClaimMiner.Mine(p, index.Resolve).Claims.Select(c => new UnlabelledClaim(p.Title, c))).ToList();

    /// <summary>
    /// The claims a run's questions used, each as the miner wrote it on the page it was read from (a claim read on its
    /// target's page is turned back: "B has ferry links with A" on Helsinki's page is "A has ferry links with B" there),
    /// once each: how many there are, and those not labelled yet. These are the claims a dataset ships.
    /// </summary>
    public static (int Used, List<UnlabelledClaim> New) FromQuestions(IEnumerable<TreeSnapshot> trees, string corpusName, IReadOnlyList<LabelledClaim> labels)
    {
        var labelled = labels.Where(l => l.Corpus == corpusName).Select(l => l.Key).ToHashSet();
        var seen = new HashSet<(string, string, string, string?, int)>();
        var fresh = new List<UnlabelledClaim>();
        foreach (var tree in trees)
        {
            foreach (var vertex in tree.Vertices)
            {
                foreach (var claim in vertex.Claims.Where(c => !c.Evidence.IsNone))
                {
                    var onTarget = claim.EvidenceOnTarget && claim.Target is not null;
                    var page = onTarget ? claim.Evidence.PageTitle : vertex.Entity;
                    var text = onTarget ? ClaimText.Placeholder().Replace(claim.Text, m => m.Value == "A" ? "B" : "A") : claim.Text;
                    var candidate = new ClaimCandidate(text, claim.Kind, onTarget ? vertex.Entity : claim.Target, claim.Target is not null, claim.Evidence);
                    var key = LabelledClaim.KeyOf(page, candidate);
                    if (seen.Add(key) && !labelled.Contains(key))
                    {
                        fresh.Add(new UnlabelledClaim(page, candidate));
                    }
                }
            }
        }

        return (seen.Count, fresh);
    }

    /// <summary>The corpus's pages in an order drawn by the seed, without the pages already labelled.</summary>
    internal static IEnumerable<CorpusPage> NewPages(CorpusIndex index, IEnumerable<string> labelledPages, int seed)
    {
        ArgumentNullException.ThrowIfNull(index);
        var labelled = labelledPages.ToHashSet(StringComparer.Ordinal);
        var ordinals = Enumerable.Range(0, index.PageCount).ToArray();
        new Random(seed).Shuffle(ordinals);
        return ordinals.Select(index.GetPage).Where(p => !labelled.Contains(p.Title));
    }

    /// <summary>Claims per page over <paramref name="count"/> pages drawn by the seed, and the pages with none.</summary>
    public static (double PerPage, int WithNone) ClaimsPerPage(CorpusIndex index, int count, int seed)
    {
        var ordinals = Enumerable.Range(0, index.PageCount).ToArray();
        new Random(seed).Shuffle(ordinals);
        var sample = ordinals.Take(Math.Min(count, ordinals.Length)).ToList();
        var claims = sample.Select(o => ClaimMiner.Mine(index.GetPage(o), index.Resolve).Claims.Count).ToList();
        return (claims.Count == 0 ? 0 : claims.Average(), claims.Count(c => c == 0));
    }
}

/// <summary>A claim the miner emits on a labelled page that has no label yet.</summary>
public sealed record UnlabelledClaim(string Page, Contracts.ClaimCandidate Claim);

/// <summary>The miner's precision on one corpus's labelled claims.</summary>
/// <param name="Mined">Claims the miner emits on the labelled pages now.</param>
/// <param name="Labelled">Labelled claims of the corpus.</param>
/// <param name="Dropped">Labelled claims the miner no longer emits.</param>
/// <param name="Emitted">The labelled claims the miner still emits.</param>
public sealed record ClaimPrecision(
    string Corpus, IReadOnlyList<LabelledClaim> Emitted, int Pages, int Mined, int Labelled, int True, int Vague, int False, int Dropped, IReadOnlyList<UnlabelledClaim> Unlabelled)
{
    /// <summary>Labelled claims the miner still emits: the sample precision is measured on.</summary>
    public int Measured => True + Vague + False;

    public double TrueShare => Measured == 0 ? 0 : (double)True / Measured;

    public double VagueShare => Measured == 0 ? 0 : (double)Vague / Measured;

    public double FalseShare => Measured == 0 ? 0 : (double)False / Measured;
}
