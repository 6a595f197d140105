using InfoSeek.Contracts;
using InfoSeek.CorpusApi;
using InfoSeek.Domain.Questions;

namespace InfoSeek.Sampler;

/// <summary>
/// The candidate sets of a reader's clues (<see cref="ReaderClues"/>), each distinct clue asked of the
/// corpus once. The satisfies predicate itself is the Browser's, reached through <see cref="ICorpusApi"/>.
/// </summary>
public sealed class ClueSets(RunCorpus corpus)
{
    private readonly Dictionary<string, CandidateSet> sets = new(StringComparer.Ordinal);

    /// <summary>The candidate sets of the clues, in order; each distinct clue is asked for once per instance.</summary>
    public async Task<IReadOnlyList<CandidateSet>> SetsAsync(string subject, IReadOnlyList<ClaimCandidate> clues, CancellationToken ct)
    {
        var missing = clues.Where(c => !sets.ContainsKey(Key(c))).DistinctBy(Key).ToList();
        if (missing.Count > 0)
        {
            var response = await corpus.CandidateSetsAsync(subject, missing, ct);
            foreach (var (clue, set) in missing.Zip(response.Sets))
            {
                sets[Key(clue)] = set;
            }
        }

        return clues.Select(c => sets[Key(c)]).ToList();
    }

    /// <summary>
    /// The pages, in the given order, that satisfy every clue. A set too general to be checked page
    /// by page (inexact) rules nothing out.
    /// </summary>
    public static IReadOnlyList<string> Satisfying(IEnumerable<string> pages, IReadOnlyList<CandidateSet> sets) =>
        pages.Where(p => sets.All(s => !s.Exact || s.Members.Contains(p, StringComparer.Ordinal))).ToList();

    /// <summary>How many of the clues the page satisfies (inexact sets count as satisfied).</summary>
    public static int SatisfiedCount(string page, IReadOnlyList<CandidateSet> sets) =>
        sets.Count(s => !s.Exact || s.Members.Contains(page, StringComparer.Ordinal));

    private static string Key(ClaimCandidate c) => $"{c.Kind}\u001f{c.Text}\u001f{c.Target}\u001f{c.EvidenceOnTarget}";
}
