using InfoSeek.Contracts;
using InfoSeek.CorpusApi;
using InfoSeek.Domain;

namespace InfoSeek.Sampler;

/// <summary>
/// A vertex's claims as a reader of the question sees them: a relation to a blurred child names
/// whatever the reader resolved that child to, a relation to a leaf knows only the leaf's type (the
/// target is unknown), and a relation to an entity outside the tree names it as the question does.
/// The satisfies predicate itself is the Browser's, reached through <see cref="ICorpusApi"/>.
/// </summary>
public sealed class Clues(RunCorpus corpus)
{
    private readonly Dictionary<string, CandidateSet> sets = new(StringComparer.Ordinal);

    /// <summary>The vertices a reader resolves, deepest first: every blurred vertex and the root.</summary>
    public static IReadOnlyList<VertexSnapshot> ResolutionOrder(TreeSnapshot tree) =>
        tree.Vertices
            .Where(v => v.Blurred || v.ParentId is null)
            .OrderByDescending(v => Depth(tree, v))
            .ThenBy(v => v.Id)
            .ToList();

    public static int Depth(TreeSnapshot tree, VertexSnapshot vertex)
    {
        var depth = 0;
        for (var parent = vertex.ParentId; parent is not null; parent = tree.Vertices.Single(x => x.Id == parent).ParentId)
        {
            depth++;
        }

        return depth;
    }

    /// <summary>The vertex's claims with their targets as the reader knows them; <paramref name="resolved"/> maps a blurred child to the title chosen for it.</summary>
    public static IReadOnlyList<ClaimCandidate> Of(TreeSnapshot tree, VertexSnapshot vertex, IReadOnlyDictionary<int, string> resolved) =>
        vertex.Claims.Select(c =>
        {
            if (c.TargetVertexId is not { } childId)
            {
                return new ClaimCandidate(c.Text, c.Kind, c.Target, false, c.Evidence);
            }

            var child = tree.Vertices.Single(v => v.Id == childId);
            var target = child.Blurred && resolved.TryGetValue(childId, out var name) && name.Length > 0 ? name : null;
            return new ClaimCandidate(c.Text, c.Kind, target, target is not null, c.Evidence);
        }).ToList();

    /// <summary>The words a reader would search for one claim: the relation's words and whatever is known of its target.</summary>
    public static string Query(TreeSnapshot tree, TreeClaim claim, ClaimCandidate clue)
    {
        var target = clue.Target is { } known
            ? Titles.WithoutDisambiguation(known)
            : claim.TargetVertexId is { } childId ? tree.Vertices.Single(v => v.Id == childId).TypeDescriptor ?? "" : "";
        return Normalize(ClaimText.Substitute(claim.Text, "", target));
    }

    /// <summary>The claim as a clause about "it", its target written as the reader knows it.</summary>
    public static string Clause(TreeSnapshot tree, TreeClaim claim, ClaimCandidate clue)
    {
        var text = claim.Text.StartsWith("A ", StringComparison.Ordinal) ? claim.Text[2..] : claim.Text;
        var target = clue.Target is { } known
            ? Titles.WithoutDisambiguation(known)
            : claim.TargetVertexId is { } childId ? tree.Vertices.Single(v => v.Id == childId).TypeDescriptor ?? "something" : "something";
        return Normalize(ClaimText.Substitute(text, "it", target));
    }

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

    private static string Key(ClaimCandidate c) => $"{c.Kind}\u001f{c.Text}\u001f{c.Target}";

    private static string Normalize(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
