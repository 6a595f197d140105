using InfoSeek.Contracts;

namespace InfoSeek.Domain.Trees;

/// <summary>
/// How a research tree may grow, for the Planner growing one and for the Browser judging which
/// pages can root one: a vertex takes children while it is above <see cref="TreeShape.MaxDepth"/>
/// and has fewer than <see cref="TreeShape.MaxBreadth"/>; a child is reached through a relation a tree
/// can grow through (<see cref="ClaimCandidateExtensions.CanGrowTree"/>) to a page not yet in the tree.
/// </summary>
public static class TreeGrowth
{
    /// <summary>Links from a root page that must stay inside the corpus for the tree to be extendable.</summary>
    public const int MinRootLinks = 1;

    /// <summary>
    /// How many trees a run grows from one root page when an answer may carry <paramref name="perAnswer"/> questions:
    /// one for one per answer, else 2 × perAnswer − 1, so that a root whose tree fails, or repeats the vertices of an
    /// earlier tree of that root, may grow another.
    /// </summary>
    public static int AttemptsPerRoot(int perAnswer) => (2 * Math.Max(1, perAnswer)) - 1;

    /// <summary>
    /// The root number (the Browser's n-th root page) of tree <paramref name="treeNo"/>: consecutive trees share a root,
    /// <see cref="AttemptsPerRoot"/> of them. Every choice of a tree is seeded by its tree number, that is by
    /// (root, attempt), so the trees of one root grow differently.
    /// </summary>
    public static int RootNumber(int treeNo, int perAnswer) => ((treeNo - 1) / AttemptsPerRoot(perAnswer)) + 1;

    /// <summary>The number of vertices tree <paramref name="treeNo"/> of a run aims at, drawn from the run's seed.</summary>
    public static int TargetVertices(int runSeed, int treeNo, TreeShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var rng = new Random(DeterministicIds.Seed(runSeed, treeNo, 0, "target-vertices"));
        return rng.Next(shape.MinVertices, shape.MaxVertices + 1);
    }

    /// <summary>How many more children a vertex at <paramref name="depth"/> with <paramref name="children"/> children may take.</summary>
    public static int ChildrenAllowed(int depth, int children, TreeShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        return depth < shape.MaxDepth ? Math.Max(0, shape.MaxBreadth - children) : 0;
    }

    /// <summary>Whether the tree still grows: it is growing and has fewer vertices than it aims at.</summary>
    public static bool WantsMore(ResearchTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return tree.Status == TreeStatus.Growing && tree.Vertices.Count < tree.TargetVertices;
    }

    /// <summary>Whether the tree has fewer vertices than the shape's minimum.</summary>
    public static bool IsTooSmall(ResearchTree tree, TreeShape shape)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(shape);
        return tree.Vertices.Count < shape.MinVertices;
    }

    /// <summary>
    /// Every way the tree may grow now: each browsed vertex that may take a child, with each relation of its
    /// page to a page not in the tree (one per target), in vertex order.
    /// </summary>
    public static IReadOnlyList<(TreeVertex Vertex, ClaimCandidate Claim)> Extensions(ResearchTree tree, TreeShape shape)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var inTree = tree.Vertices.Select(v => v.Entity).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        return tree.Vertices
            .Where(v => v.Browsed && ChildrenAllowed(tree.Depth(v.Id), tree.Children(v.Id).Count(), shape) > 0)
            .SelectMany(v => v.Candidates
                .Where(c => c.CanGrowTree() && !inTree.Contains(c.Target!))
                .DistinctBy(c => c.Target, StringComparer.OrdinalIgnoreCase)
                .Select(c => (Vertex: v, Claim: c)))
            .ToList();
    }

    /// <summary>Adds the claim's target as a child of <paramref name="parent"/>, the claim becoming the parent's relation to it.</summary>
    public static TreeVertex AddChild(ResearchTree tree, TreeVertex parent, ClaimCandidate claim)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(claim);
        var child = new TreeVertex { Id = tree.Vertices.Max(v => v.Id) + 1, ParentId = parent.Id, Entity = claim.Target };
        tree.Vertices.Add(child);
        parent.Claims.Add(new TreeClaim(claim.Text, ClaimKind.Relation, child.Id, claim.Target, claim.Evidence, claim.EvidenceOnTarget));
        return child;
    }
}
