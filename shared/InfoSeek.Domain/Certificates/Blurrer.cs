using System.Text.RegularExpressions;
using InfoSeek.Contracts;
using InfoSeek.Domain.Agents;
using InfoSeek.Domain.Claims;

namespace InfoSeek.Domain.Certificates;

/// <summary>
/// Blurs a vertex: chooses claims whose candidate sets intersect in exactly the vertex, while
/// every chosen claim alone admits at least two pages and none is redundant. The vertex's
/// relations to its children are part of the tree and always chosen; the other claims are added
/// greedily (the one that shrinks the intersection most, the fuzzier one on ties) and then pruned.
/// A solver never sees a child's name: an internal child is blurred before its parent, a leaf is
/// named only by its type. So a relation's single-clue set is taken with the related entity
/// unknown. For the intersection, a blurred child counts as itself (H(child) = {child} once it is
/// valid); a leaf counts as unknown, a superset of the pages related to its type, so uniqueness
/// is never overstated.
/// For a run with Blurring on the model, a judge (<see cref="IClaimJudge"/>, prompt blurring.choose.v1) ranks the usable claims
/// and they are added in its order instead (each only if it narrows the intersection); the same
/// uniqueness, fuzziness and redundancy checks decide, and a judge that fails, or whose claims do not
/// identify the vertex, fails the blur with the reason.
/// A relation to a leaf child that the other claims make redundant is dropped, with the leaf, when
/// no other choice keeps it (the Planner takes the leaf out of the tree); a redundant relation to a
/// blurred child fails the blur.
/// </summary>
/// <param name="judges">The Blurring role's back ends; without them, the rules only.</param>
public sealed partial class Blurrer(AgentChoice<IClaimJudge>? judges = null)
{
    private readonly AgentChoice<IClaimJudge> judges = judges
        ?? AgentChoice.RulesOnly<IClaimJudge>(b => b.Blurring, RuleClaimJudge.Instance, () => new InvalidOperationException("Blurring was composed without AddInfoSeekLlm."));

    public const int MaxClaims = 8;
    public const int OtherCandidatesInCertificate = 5;

    /// <summary>How many times a choice that makes a tree relation redundant is made again without its strongest claim.</summary>
    public const int MaxSetAside = 4;

    private const string RedundantRelation = "redundant relation";

    /// <summary>How the reason of a blur opens when the claims it could choose fit other pages too.</summary>
    public const string Underdetermined = "underdetermined";

    /// <param name="corpus">The candidate sets of the command's corpus.</param>
    public async Task<ITreeMessage> BlurAsync(BlurNode command, ICandidateSets corpus, CancellationToken ct)
    {
        var vertex = command.Tree.Vertices.Single(v => v.Id == command.VertexId);
        var treeEntities = command.Tree.Vertices.Select(v => v.Entity).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var required = vertex.Claims
            .Select(c => new ClaimCandidate(c.Text, c.Kind, c.Target, c.TargetVertexId is not null, c.Evidence, EvidenceOnTarget: c.EvidenceOnTarget))
            .ToList();
        // A claim that names another vertex of the tree would give that vertex away.
        // "A is the capital of Sweden": "the" with a named B picks out one thing, whatever the matcher counts.
        // A clue read from the sentence that gives the parent's relation to this vertex would state one fact twice in the
        // question ("in which a chemical element was discovered in 1803 by Smithson Tennant, where the chemical element …
        // was discovered in 1803 by Smithson Tennant").
        var parentEdgeSentences = command.Tree.Vertices
            .Where(v => v.Id == vertex.ParentId)
            .SelectMany(p => p.Claims)
            .Where(c => c.TargetVertexId == vertex.Id && !c.Evidence.IsNone)
            .Select(c => (c.Evidence.PageTitle, c.Evidence.Start))
            .ToHashSet();
        var optional = command.Candidates
            .Where(c => c.Target is null || !treeEntities.Contains(c.Target))
            .Where(c => !DefiniteRole().IsMatch(c.Text))
            // "of which Brasília is the capital": the named page's lead gives the vertex away.
            .Where(c => !c.FromTargetsLead)
            // "in which Cricket is a major sport": a common noun capitalised only because it opened its sentence.
            .Where(c => !c.NameOpensSentenceOnly)
            .Where(c => !parentEdgeSentences.Contains((c.Evidence.PageTitle, c.Evidence.Start)))
            .DistinctBy(c => c.Text)
            .ToList();
        var all = required.Concat(optional).ToList();
        if (all.Count == 0)
        {
            return Failed(command, "no candidates: the page yielded no claims");
        }

        var unresolved = required.Select(c => c with { Target = null, TargetInCorpus = false });
        var response = await corpus.OfAsync(vertex.Entity, [.. all, .. unresolved], ct);
        var sets = all.Zip(response, (c, s) => (Claim: c, Set: s)).ToList();
        var alone = response.Skip(all.Count).ToList();

        // Tree relations: satisfied with the child (for the intersection), fuzzy without it (as a clue).
        for (var i = 0; i < required.Count; i++)
        {
            var (claim, set) = sets[i];
            if (!set.Exact || !set.ContainsSubject)
            {
                return Failed(command, $"the relation '{claim.Text}' (B = {claim.Target}) is not satisfied by the vertex's page");
            }

            if (!alone[i].Exact)
            {
                return Failed(command, $"unverifiable relation: the relation '{claim.Text}' is too general to count the pages it fits ({alone[i].Count} hold its words)");
            }

            if (alone[i].Count < 2)
            {
                return Failed(command, $"only identifying claims: the relation '{claim.Text}' alone identifies the vertex ({alone[i].Count} page)");
            }
        }

        // A leaf child is not pinned down: its relation intersects as the fuzzy, target-unknown set.
        var leaves = command.Tree.Vertices.Where(v => command.Tree.Vertices.All(c => c.ParentId != v.Id)).Select(v => v.Id).ToHashSet();
        var relations = vertex.Claims
            .Select((c, i) => c.TargetVertexId is { } child && leaves.Contains(child)
                ? new Chosen(required[i], alone[i], alone[i], child)
                : new Chosen(required[i], sets[i].Set, alone[i], null))
            .ToList();
        var pool = sets.Skip(required.Count)
            .Where(x => x.Set.Exact && x.Set.ContainsSubject && x.Set.Count >= 2)
            .Select(x => new Chosen(x.Claim, x.Set, x.Set, null))
            .OrderByDescending(x => x.Set.Count)
            .ThenBy(x => x.Claim.Text, StringComparer.Ordinal)
            .ToList();
        if (pool.Count == 0 && relations.Count == 0)
        {
            return Failed(command, "only identifying claims: every claim alone picks out the vertex or is too general");
        }

        IReadOnlyList<Chosen>? judged = null;
        if (pool.Count > 0 && relations.Count < MaxClaims)
        {
            try
            {
                var order = await judges.For(command.Backends).RankAsync(
                    command, vertex.Entity, vertex.TypeDescriptor, required.Select(c => c.Text).ToList(),
                    pool.Select(x => new ClaimOption(x.Claim.Text, x.Set.Count)).ToList(), MaxClaims - relations.Count, ct);
                judged = order?.Select(i => pool[i]).ToList();
            }
            catch (AgentFailedException e)
            {
                return Failed(command, e.Message);
            }
        }

        // When the chosen claims make a tree relation redundant, the claim that narrowed the set
        // most is set aside and the choice made again, a few times; then redundant relations to
        // leaves are dropped with their leaves, before the vertex fails.
        var setAside = new List<Chosen>();
        var (chosen, failure, first) = Choose(relations, pool.ToList(), judged, vertex.Entity, dropLeaves: false);
        var relationRedundant = chosen is null && failure.StartsWith(RedundantRelation, StringComparison.Ordinal);
        while (chosen is null && first is not null && setAside.Count < MaxSetAside && failure.StartsWith(RedundantRelation, StringComparison.Ordinal))
        {
            setAside.Add(first);
            (chosen, failure, first) = Choose(relations, pool.Where(x => !setAside.Contains(x)).ToList(), judged, vertex.Entity, dropLeaves: false);
        }

        if (chosen is null && relationRedundant)
        {
            (chosen, failure, _) = Choose(relations, pool.ToList(), judged, vertex.Entity, dropLeaves: true);
        }

        if (chosen is null)
        {
            return Failed(command, failure);
        }

        var certificate = new Certificate(
            vertex.Entity,
            chosen.Select(x => new ClaimCertificate(
                x.Claim.Text, x.Clue.Count, x.Clue.Members.Where(m => m != vertex.Entity).Take(OtherCandidatesInCertificate).ToList())).ToList(),
            Intersect(chosen));
        var added = chosen.Where(x => !relations.Contains(x)).Select(x => x.Claim).ToList();
        var dropped = relations.Where(x => !chosen.Contains(x)).Select(x => x.LeafChild!.Value).ToList();
        return new NodeBlurred(command.RunId, command.TreeId, command.Step, command.VertexId, added, certificate, dropped);
    }

    /// <summary>
    /// Whether any blur could single the vertex out with these claims (its candidates, as browsed): the intersection of
    /// the exact candidate sets of the claims its page satisfies, each relation with its related entity known, is the
    /// vertex alone. A claim that alone fits only the vertex counts only as a relation a tree can grow through (its
    /// target a blurred child that pins it down); any other such claim gives the vertex away, and a blur never uses it.
    /// A blur uses some of these sets, or wider ones (a relation to a leaf with the leaf unknown), so when this is false
    /// every blur of the vertex is underdetermined, whatever tree it is in.
    /// </summary>
    /// <param name="claims">The vertex's candidate claims.</param>
    /// <param name="sets">The candidate set of each claim, in the same order, with all its members.</param>
    public static bool CanIdentify(string entity, IReadOnlyList<ClaimCandidate> claims, IReadOnlyList<SatisfyingPages> sets)
    {
        HashSet<string>? left = null;
        for (var i = 0; i < sets.Count; i++)
        {
            var set = sets[i];
            if (!set.Exact || !set.ContainsSubject || (set.Count < 2 && !claims[i].CanGrowTree()))
            {
                continue;
            }

            if (left is null)
            {
                left = new HashSet<string>(set.Members, StringComparer.Ordinal);
            }
            else
            {
                left.IntersectWith(set.Members);
            }

            if (left.Count == 1)
            {
                return left.Contains(entity);
            }
        }

        return left is { Count: 1 } && left.Contains(entity);
    }

    /// <summary>
    /// Adds claims from the pool greedily (the one that shrinks the intersection most, the fuzzier
    /// one on ties) to the tree relations until the intersection is the vertex, then drops claims the
    /// others make redundant, the last added first; a redundant tree relation fails the choice, or
    /// with <paramref name="dropLeaves"/> is dropped when its child is a leaf. With a judge's order, the first claim in that order
    /// that shrinks the intersection is added instead. Returns the choice, or why there is none and
    /// the first claim the greedy step added.
    /// </summary>
    private static (List<Chosen>? Chosen, string Failure, Chosen? FirstAdded) Choose(
        List<Chosen> relations, List<Chosen> pool, IReadOnlyList<Chosen>? judged, string entity, bool dropLeaves)
    {
        var chosen = relations.ToList();
        var intersection = chosen.Count == 0 ? null : Intersect(chosen);
        while ((intersection is null || intersection.Count > 1) && chosen.Count < MaxClaims && pool.Count > 0)
        {
            var current = intersection;
            var best = (judged is null
                    ? pool.Select(x => (x, Size: current is null ? x.Set.Count : current.Count(x.Admits)))
                        .Where(t => current is null || t.Size < current.Count)
                        .OrderBy(t => t.Size)
                    : judged.Where(pool.Contains)
                        .Select(x => (x, Size: current is null ? x.Set.Count : current.Count(x.Admits)))
                        .Where(t => current is null || t.Size < current.Count))
                .FirstOrDefault();
            if (best.x is null)
            {
                break;
            }

            chosen.Add(best.x);
            pool.Remove(best.x);
            intersection = Intersect(chosen);
        }

        Chosen? first = chosen.Count > relations.Count ? chosen[relations.Count] : null;
        if (intersection is null || intersection.Count != 1)
        {
            var others = (intersection ?? []).Where(t => t != entity).Take(3);
            var which = judged is null ? "every usable claim" : "the claims the judge chose";
            return (null, $"{Underdetermined}: {intersection?.Count ?? 0} pages satisfy {which} (also {string.Join(", ", others)})", first);
        }

        for (var i = chosen.Count - 1; i >= 0; i--)
        {
            var without = chosen.Where((_, j) => j != i).ToList();
            if (without.Count > 0 && Intersect(without).Count == 1)
            {
                if (i < relations.Count && !(dropLeaves && chosen[i].LeafChild is not null))
                {
                    return (null, $"{RedundantRelation}: the other claims identify the vertex without '{chosen[i].Claim.Text}'", first);
                }

                chosen.RemoveAt(i);
            }
        }

        return (chosen, "", first);
    }

    private static List<string> Intersect(IEnumerable<Chosen> claims)
    {
        var sets = claims.ToList();
        if (sets.Count == 0)
        {
            return [];
        }

        var smallest = sets.MinBy(c => c.Set.Members.Count)!;
        return smallest.Set.Members.Where(page => sets.All(c => c == smallest || c.Admits(page)))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    private static BlurFailed Failed(BlurNode command, string reason) =>
        new(command.RunId, command.TreeId, command.Step, command.VertexId, reason);

    [GeneratedRegex(@"^A (?:is|was) the [^,;]+ (?:of|in) (?:the )?B$")]
    private static partial Regex DefiniteRole();
}
