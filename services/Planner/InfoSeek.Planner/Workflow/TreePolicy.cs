using InfoSeek.Contracts;
using InfoSeek.Domain;
using InfoSeek.Domain.Trees;
using InfoSeek.Llm.Roles;

namespace InfoSeek.Planner;

/// <summary>What the planner does next with a tree (the paper's planner actions).</summary>
public abstract record PlannerAction
{
    /// <summary>Read a page for a vertex: the random root, or a child added through a hyperlink.</summary>
    public sealed record Browse(int VertexId, string? Title) : PlannerAction;

    public sealed record Blur(int VertexId) : PlannerAction;

    public sealed record Complete : PlannerAction;

    public sealed record Quit(string Reason) : PlannerAction;
}

/// <summary>
/// The deterministic planner policy. Every random choice is seeded by (run seed, tree number,
/// step), so a tree grows the same way whatever else runs beside it and after any restart.
/// The growth rules themselves are <see cref="TreeGrowth"/>'s.
/// </summary>
public static class TreePolicy
{
    /// <summary>
    /// Grows the tree by hyperlinks until it has its target number of vertices, then blurs the root
    /// and every internal vertex, deepest first, so that each is a valid sub-problem before its
    /// parent is blurred; then completes. Leaves stay fuzzy: the question names them only by type,
    /// as in the paper's "whose wife was a British artist". Applies an extension to the tree
    /// before returning it, so the caller only has to send the browse command.
    /// </summary>
    public static PlannerAction Next(ResearchTree tree, StartRun run) =>
        // The deterministic decisions complete synchronously.
        NextAsync(tree, run, TreeDecisions.Deterministic, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>
    /// <see cref="Next(ResearchTree, StartRun)"/> with the run's back ends for the choices: the rules
    /// say which actions are allowed, the decisions choose among them. A model that fails (after its
    /// corrective retry) ends the tree with the reason.
    /// </summary>
    public static async Task<PlannerAction> NextAsync(ResearchTree tree, StartRun run, TreeDecisions decisions, CancellationToken ct)
    {
        try
        {
            var shape = TreeShape.Of(run);
            if (TreeGrowth.WantsMore(tree))
            {
                var extension = await ChooseExtensionAsync(tree, run, shape, decisions, ct);
                if (extension is not null)
                {
                    return extension;
                }

                if (TreeGrowth.IsTooSmall(tree, shape))
                {
                    return new PlannerAction.Quit(
                        $"no in-corpus hyperlink left to extend the tree beyond {tree.Vertices.Count} vertices (minimum {run.MinVertices})");
                }
            }

            tree.Status = TreeStatus.Blurring;
            // A vertex may be blurred once every child with children of its own is: deepest first by the rules.
            var toBlur = tree.Vertices
                .Where(v => !v.Blurred && tree.Children(v.Id).Any() && tree.Children(v.Id).All(c => c.Blurred || !tree.Children(c.Id).Any()))
                .OrderByDescending(v => tree.Depth(v.Id))
                .ThenByDescending(v => v.Id)
                .Select(v => new TreeActionOption(TreeActionKind.Blur, v.Id, $"blur {v.Entity} (depth {tree.Depth(v.Id)}, {tree.Children(v.Id).Count()} children)"))
                .ToList();
            if (toBlur.Count == 0)
            {
                return new PlannerAction.Complete();
            }

            var rng = new Random(DeterministicIds.Seed(run.Seed, tree.TreeNo, tree.Step, "blur"));
            var chosen = await decisions.Actions.ChooseAsync(tree, run, toBlur, rng, ct);
            return new PlannerAction.Blur(chosen.VertexId!.Value);
        }
        catch (Llm.LlmException e)
        {
            return new PlannerAction.Quit(e.Message);
        }
    }

    private static async Task<PlannerAction.Browse?> ChooseExtensionAsync(ResearchTree tree, StartRun run, TreeShape shape, TreeDecisions decisions, CancellationToken ct)
    {
        var options = TreeGrowth.Extensions(tree, shape);
        if (options.Count == 0)
        {
            return null;
        }

        // Choose the vertex first, then the link, so that a page with many links does not always win:
        // this mixes extension in depth (a child) and in breadth (a sibling).
        var rng = new Random(DeterministicIds.Seed(run.Seed, tree.TreeNo, tree.Step, "extend"));
        var vertices = options.GroupBy(o => o.Vertex.Id).OrderBy(g => g.Key)
            .Select(g => new TreeActionOption(TreeActionKind.Extend, g.Key,
                $"extend {g.First().Vertex.Entity} (depth {tree.Depth(g.Key)}, {tree.Children(g.Key).Count()} children, {g.Count()} links to follow)"))
            .ToList();
        var parentId = (await decisions.Actions.ChooseAsync(tree, run, vertices, rng, ct)).VertexId!.Value;
        return await FollowLinkAsync(tree, tree.Vertex(parentId), options, rng, decisions, ct);
    }

    /// <summary>Follows one of the parent's links among <paramref name="options"/> (the Browser role's choice) to a new child.</summary>
    private static async Task<PlannerAction.Browse> FollowLinkAsync(
        ResearchTree tree, TreeVertex parent, IReadOnlyList<(TreeVertex Vertex, ClaimCandidate Claim)> options, Random rng, TreeDecisions decisions, CancellationToken ct)
    {
        var links = options.Where(o => o.Vertex.Id == parent.Id).Select(o => o.Claim).ToList();
        var claim = await decisions.Links.ChooseAsync(tree, parent, links, rng, ct);
        var child = TreeGrowth.AddChild(tree, parent, claim);
        return new PlannerAction.Browse(child.Id, claim.Target);
    }

    /// <summary>
    /// Blurring found the vertex underdetermined. A relation to a leaf child counts with the leaf unknown ("a herald of
    /// some religion"), the loosest a relation can be; a leaf that takes a child of its own is blurred before the vertex and
    /// then counts as itself. So while the tree may grow, one of the vertex's leaf children is extended (the paper grows a
    /// tree where its constraints do not yet single a vertex out), and the vertex is blurred again after it; null when no
    /// leaf child can take a child. The tree stays in blurring: nothing else of it grows.
    /// </summary>
    public static async Task<PlannerAction.Browse?> DeepenAsync(ResearchTree tree, StartRun run, int vertexId, TreeDecisions decisions, CancellationToken ct)
    {
        var shape = TreeShape.Of(run);
        if (tree.Vertices.Count >= shape.MaxVertices)
        {
            return null;
        }

        // A child blurred once, whose own leaves its blur dropped, keeps its claims: a new child would bring a relation
        // no blur of it checked (verify found it redundant).
        var leaves = tree.Children(vertexId).Where(c => !tree.Children(c.Id).Any() && !c.Blurred).Select(c => c.Id).ToHashSet();
        var options = TreeGrowth.Extensions(tree, shape).Where(o => leaves.Contains(o.Vertex.Id)).ToList();
        if (options.Count == 0)
        {
            return null;
        }

        var rng = new Random(DeterministicIds.Seed(run.Seed, tree.TreeNo, tree.Step, "deepen"));
        var growable = options.Select(o => o.Vertex).DistinctBy(v => v.Id).OrderBy(v => v.Id).ToList();
        return await FollowLinkAsync(tree, growable[rng.Next(growable.Count)], options, rng, decisions, ct);
    }

    /// <summary>
    /// Blurring found an inner vertex underdetermined and it cannot be deepened: its subtree leaves the tree, so that it
    /// stays in it as a leaf (named by its type, never blurred), when the tree keeps the shape's MinVertices without it.
    /// Its parent's blur, still to come, takes it as a leaf. The tree would otherwise fail after all its pages were
    /// browsed. Its links are dropped too: a leaf that took a child again would fail the same way, over and over.
    /// False, and the tree unchanged, for the root or when too few vertices would be left.
    /// </summary>
    public static bool MakeLeaf(ResearchTree tree, StartRun run, int vertexId)
    {
        var vertex = tree.Vertex(vertexId);
        var subtree = new HashSet<int>();
        for (var next = new Queue<int>([vertexId]); next.Count > 0;)
        {
            foreach (var child in tree.Children(next.Dequeue()))
            {
                subtree.Add(child.Id);
                next.Enqueue(child.Id);
            }
        }

        if (vertex.ParentId is null || subtree.Count == 0 || tree.Vertices.Count - subtree.Count < TreeShape.Of(run).MinVertices)
        {
            return false;
        }

        vertex.Claims.RemoveAll(c => c.TargetVertexId is { } target && subtree.Contains(target));
        vertex.Candidates = vertex.Candidates.Where(c => !c.CanGrowTree()).ToList();
        tree.Vertices.RemoveAll(v => subtree.Contains(v.Id));
        return true;
    }

    /// <summary>
    /// Blurring found the relations of a vertex to these leaves redundant: the leaves leave the tree
    /// with their relations, and the tree goes on with one vertex fewer for each.
    /// </summary>
    public static void RemoveRedundantLeaves(ResearchTree tree, int vertexId, IReadOnlyList<int> leaves)
    {
        foreach (var leafId in leaves)
        {
            var leaf = tree.Vertices.SingleOrDefault(v => v.Id == leafId);
            if (leaf is null || leaf.ParentId != vertexId || tree.Children(leafId).Any())
            {
                throw new InvalidOperationException($"Vertex {leafId} of tree {tree.TreeId} is not a leaf child of vertex {vertexId}.");
            }

            tree.Vertex(vertexId).Claims.RemoveAll(c => c.TargetVertexId == leafId);
            tree.Vertices.Remove(leaf);
        }
    }

    /// <summary>
    /// A child page could not be read: take it out of the tree again, and drop the link from its
    /// parent's candidates so the policy does not choose it twice.
    /// </summary>
    public static void RemoveUnbrowsableChild(ResearchTree tree, int vertexId)
    {
        var child = tree.Vertex(vertexId);
        if (child.ParentId is not { } parentId || tree.Children(vertexId).Any() || vertexId != tree.Vertices.Max(v => v.Id))
        {
            throw new InvalidOperationException($"Vertex {vertexId} of tree {tree.TreeId} is not the newest leaf.");
        }

        var parent = tree.Vertex(parentId);
        parent.Claims.RemoveAll(c => c.TargetVertexId == vertexId);
        parent.Candidates = parent.Candidates
            .Where(c => !string.Equals(c.Target, child.Entity, StringComparison.OrdinalIgnoreCase))
            .ToList();
        tree.Vertices.Remove(child);
    }
}
