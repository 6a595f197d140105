using System.Text.RegularExpressions;
using InfoSeek.Contracts;

namespace InfoSeek.Domain.Questions;

/// <summary>
/// A vertex's claims as a reader of the question sees them: a relation to a blurred child names
/// whatever the reader resolved that child to, a relation to a leaf knows only the leaf's type (the
/// target is unknown), and a relation to an entity outside the tree names it as the question does.
/// </summary>
public static partial class ReaderClues
{
    /// <summary>The vertices a reader resolves, deepest first: every blurred vertex and the root.</summary>
    public static IReadOnlyList<VertexSnapshot> ResolutionOrder(TreeSnapshot tree) =>
        tree.Vertices
            .Where(v => v.Blurred || v.ParentId is null)
            .OrderByDescending(v => Depth(tree, v))
            .ThenBy(v => v.Id)
            .ToList();

    /// <summary>The depth of the tree: its deepest vertex's, the root being 0.</summary>
    public static int Depth(TreeSnapshot tree) => tree.Vertices.Max(v => Depth(tree, v));

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
                return new ClaimCandidate(c.Text, c.Kind, c.Target, false, c.Evidence, EvidenceOnTarget: c.EvidenceOnTarget);
            }

            var child = tree.Vertices.Single(v => v.Id == childId);
            var target = child.Blurred && resolved.TryGetValue(childId, out var name) && name.Length > 0 ? name : null;
            return new ClaimCandidate(c.Text, c.Kind, target, target is not null, c.Evidence, EvidenceOnTarget: c.EvidenceOnTarget);
        }).ToList();

    /// <summary>The words a reader would search for one claim: the relation's words and whatever is known of its target.</summary>
    public static string Query(TreeSnapshot tree, TreeClaim claim, ClaimCandidate clue)
    {
        var target = clue.Target is { } known
            ? Titles.WithoutDisambiguation(known)
            : claim.TargetVertexId is { } childId ? Shown(tree, tree.Vertices.Single(v => v.Id == childId)) ?? "" : "";
        return Normalize(ClaimText.Substitute(claim.Text, "", target));
    }

    /// <summary>The type the question shows for the vertex ("a hurricane" for "the strongest hurricane"), or null.</summary>
    public static string? Shown(VertexSnapshot vertex) => QuestionGrammar.ShownType(vertex);

    /// <summary>
    /// The type as a reader may know it: without the phrase that names another hidden vertex ("a non-self-governing
    /// colonial territory of New Zealand" with New Zealand hidden is "a non-self-governing colonial territory"), or null
    /// when nothing is left before that phrase. The question never names a hidden vertex; neither may its trajectory.
    /// </summary>
    public static string? Shown(TreeSnapshot tree, VertexSnapshot vertex)
    {
        var type = Shown(vertex);
        if (type is null)
        {
            return null;
        }

        var first = tree.Vertices
            .Where(v => v.ParentId is not null && v.Id != vertex.Id)
            .SelectMany(v => new[] { v.Entity, Titles.WithoutDisambiguation(v.Entity) })
            .Select(name => QuestionChecks.MentionAt(type, name))
            .Where(i => i >= 0)
            .DefaultIfEmpty(-1)
            .Min();
        if (first < 0)
        {
            return type;
        }

        // Cut at the preposition that leads to the name; what is left must still be a noun phrase with its article.
        var before = type[..first].TrimEnd().Split(' ');
        var preposition = Array.FindLastIndex(before, w => w is "of" or "in" or "from" or "for" or "on" or "to" or "at" or "with" or "by");
        return preposition >= 2 ? string.Join(' ', before.Take(preposition)) : null;
    }

    /// <summary>The claim as a clause about "it", its target written as the reader knows it.</summary>
    public static string Clause(TreeSnapshot tree, TreeClaim claim, ClaimCandidate clue)
    {
        var text = claim.Text.StartsWith("A ", StringComparison.Ordinal) ? claim.Text[2..] : claim.Text;
        // The target as the question writes it ("in the western B" + "a tropical sea" → "in the western tropical sea").
        var (target, isName) = clue.Target is { } known
            ? (Titles.WithoutDisambiguation(known), true)
            : claim.TargetVertexId is { } childId ? (Shown(tree, tree.Vertices.Single(v => v.Id == childId)) ?? "something", false) : ("something", false);
        return WithoutRepeatedType(Normalize(TargetWriter.WriteTarget(ClaimText.Substitute(text, "it", null), new NounPhrase(target, ""), isName)));
    }

    /// <summary>
    /// "B is a ballad recorded by A" with B a leaf shown as "a ballad" said "a ballad is a ballad recorded by it": a clause
    /// whose subject is its own complement's noun says that such a thing exists ("there is a ballad recorded by it").
    /// </summary>
    public static string WithoutRepeatedType(string clause) =>
        RepeatedType().Match(clause) is { Success: true } m
            ? $"there {m.Groups["verb"].Value} {m.Groups["article"].Value} {m.Groups["noun"].Value} {m.Groups["rest"].Value}"
            : clause;

    [GeneratedRegex(@"^(?:a|an|the) (?<noun>[\w'-]+(?: [\w'-]+){0,3}) (?<verb>is|was) (?<article>a|an) \k<noun> (?<rest>.+)$")]
    private static partial Regex RepeatedType();

    /// <summary>
    /// Single spaces, and one determiner where the claim's and the target type's meet, as the question writes it: "the a
    /// country" → "a country" (the article went with the target's name), "his a country" → "his country".
    /// </summary>
    private static string Normalize(string text) =>
        DoubleDeterminer().Replace(string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
            m => m.Groups[1].Value.Equals("the", StringComparison.OrdinalIgnoreCase) && m.Groups[2].Value.ToLowerInvariant() is "a" or "an"
                ? m.Groups[2].Value + " "
                : m.Groups[1].Value + " ");

    [GeneratedRegex(@"\b(the|a|an|his|its|their|this) (a|an|the) ", RegexOptions.IgnoreCase)]
    private static partial Regex DoubleDeterminer();
}
