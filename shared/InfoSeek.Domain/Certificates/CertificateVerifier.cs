using InfoSeek.Contracts;
using InfoSeek.Corpus;
using InfoSeek.Domain.Claims;

namespace InfoSeek.Domain.Certificates;

/// <summary>
/// Re-checks a research tree against the corpus, independently of the certificates stored with it:
/// for every blurred vertex (the root and every vertex with children) each claim alone admits at
/// least two pages (a relation to a child taken with the child unknown, as a solver sees it), the
/// claims together admit exactly the vertex (a relation to a blurred child taken with the child
/// itself, to a leaf with the leaf unknown), and no claim is redundant. Every claim's evidence must
/// be the page text at its offsets (for a relation read from its target's page, on that page), and the answer must be the root entity.
/// The Blurrer builds the certificates; this checker recomputes them through the same satisfies
/// matcher, on a code path of its own.
/// </summary>
public sealed class CertificateVerifier(CorpusIndex index, ClaimMatcher matcher)
{
    private const int ListedPages = 5;

    /// <summary>The reasons the tree fails, empty when it passes.</summary>
    public IReadOnlyList<string> Check(TreeSnapshot tree, string answer)
    {
        var failures = new List<string>();
        var root = tree.Vertices.Single(v => v.ParentId is null);
        if (!string.Equals(answer, root.Entity, StringComparison.Ordinal))
        {
            failures.Add($"answer '{answer}' is not the root entity '{root.Entity}'");
        }

        var byId = tree.Vertices.ToDictionary(v => v.Id);
        var parents = tree.Vertices.Where(v => v.ParentId is not null).Select(v => v.ParentId!.Value).ToHashSet();
        foreach (var vertex in tree.Vertices)
        {
            foreach (var claim in vertex.Claims)
            {
                if (CheckEvidence(vertex, claim) is { } problem)
                {
                    failures.Add(problem);
                }
            }

            if (vertex.ParentId is null || parents.Contains(vertex.Id))
            {
                failures.AddRange(CheckBlurred(vertex, byId, parents));
            }
        }

        return failures;
    }

    private IEnumerable<string> CheckBlurred(VertexSnapshot vertex, Dictionary<int, VertexSnapshot> byId, HashSet<int> parents)
    {
        var label = $"vertex {VertexLetters.Of(vertex.Id)}";
        if (vertex.Claims.Count == 0)
        {
            yield return $"{label}: no claims describe it";
            yield break;
        }

        var together = new List<HashSet<string>>();
        foreach (var claim in vertex.Claims)
        {
            var child = claim.TargetVertexId is { } t && byId.TryGetValue(t, out var c) && !InfoSeekTreeJson.IsAttribute(c) ? c : null;
            var candidate = new ClaimCandidate(
                claim.Text, claim.Kind, child?.Entity ?? claim.Target, child is not null || (claim.Target is not null && index.FindOrdinal(claim.Target) is not null), claim.Evidence, EvidenceOnTarget: claim.EvidenceOnTarget);
            var asClue = child is null ? candidate : candidate with { Target = null, TargetInCorpus = false };
            var alone = matcher.Candidates(vertex.Entity, asClue, int.MaxValue);
            var shown = Shown(vertex, claim, byId);
            if (alone.Exact && alone.Count < 2)
            {
                yield return $"{label}: claim '{shown}' alone identifies the vertex ({alone.Count} page)";
            }

            var inIntersection = child is not null && parents.Contains(child.Id) ? matcher.Candidates(vertex.Entity, candidate, int.MaxValue) : alone;
            if (!inIntersection.Exact)
            {
                yield return $"{label}: claim '{shown}' is too general to check ({inIntersection.Count} pages)";
                yield break;
            }

            together.Add(inIntersection.Members.ToHashSet(StringComparer.Ordinal));
        }

        var all = Intersect(together);
        if (all.Count != 1 || !all.Contains(vertex.Entity))
        {
            var listed = all.Order(StringComparer.Ordinal).Take(ListedPages);
            yield return all.Count == 0
                ? $"{label}: no page satisfies every claim"
                : all.Contains(vertex.Entity)
                    ? $"{label}: {all.Count} pages satisfy every claim ({string.Join(", ", listed)})"
                    : $"{label}: '{vertex.Entity}' does not satisfy every claim ({all.Count} other pages do: {string.Join(", ", listed)})";
            yield break;
        }

        for (var i = 0; i < together.Count && together.Count > 1; i++)
        {
            if (Intersect(together.Where((_, j) => j != i)).Count == 1)
            {
                yield return $"{label}: claim '{Shown(vertex, vertex.Claims[i], byId)}' is redundant";
            }
        }
    }

    private string? CheckEvidence(VertexSnapshot vertex, TreeClaim claim)
    {
        var e = claim.Evidence;
        if (e.IsNone)
        {
            return $"vertex {VertexLetters.Of(vertex.Id)}: claim '{claim.Text}' has no evidence";
        }

        var page = index.FindPage(e.PageTitle);
        if (page is null)
        {
            return $"evidence page '{e.PageTitle}' is not in the corpus";
        }

        if (claim.EvidenceOnTarget && !string.Equals(e.PageTitle, claim.Target, StringComparison.Ordinal))
        {
            return $"vertex {VertexLetters.Of(vertex.Id)}: claim '{claim.Text}' is read from its target's page, but its evidence is on '{e.PageTitle}', not '{claim.Target}'";
        }

        return e.Start + e.Length <= page.Text.Length && string.Equals(page.Text.Substring(e.Start, e.Length), e.Sentence, StringComparison.Ordinal)
            ? null
            : $"evidence not found in page '{e.PageTitle}' at {e.Start}+{e.Length}: '{e.Sentence}'";
    }

    /// <summary>The claim as it reads in the tree file, with vertex letters.</summary>
    private static string Shown(VertexSnapshot vertex, TreeClaim claim, Dictionary<int, VertexSnapshot> byId) =>
        ClaimText.Substitute(claim.Text, VertexLetters.Of(vertex.Id), claim.TargetVertexId is { } t && byId.ContainsKey(t) ? VertexLetters.Of(t) : claim.Target);

    private static HashSet<string> Intersect(IEnumerable<HashSet<string>> sets)
    {
        HashSet<string>? result = null;
        foreach (var set in sets)
        {
            if (result is null)
            {
                result = new HashSet<string>(set, StringComparer.Ordinal);
            }
            else
            {
                result.IntersectWith(set);
            }
        }

        return result ?? [];
    }
}
