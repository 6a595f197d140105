using InfoSeek.Contracts;
using InfoSeek.Domain;

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
/// </summary>
public static class TreePolicy
{
    /// <summary>Links from a root page that must stay inside the corpus for the tree to be extendable.</summary>
    public const int MinRootLinks = 2;

    public static int TargetVertices(StartRun run, int treeNo)
    {
        var rng = new Random(DeterministicIds.Seed(run.Seed, treeNo, 0, "target-vertices"));
        return rng.Next(run.MinVertices, run.MaxVertices + 1);
    }

    /// <summary>
    /// Grows the tree by hyperlinks until it has its target number of vertices, then blurs the root
    /// and every internal vertex, deepest first, so that each is a valid sub-problem before its
    /// parent is blurred; then completes. Leaves stay fuzzy: the question names them only by type,
    /// as in the paper's "whose wife was a British artist". Applies an extension to the tree
    /// before returning it, so the caller only has to send the browse command.
    /// </summary>
    public static PlannerAction Next(ResearchTree tree, StartRun run)
    {
        if (tree.Status == TreeStatus.Growing && tree.Vertices.Count < tree.TargetVertices)
        {
            var extension = ChooseExtension(tree, run);
            if (extension is not null)
            {
                return extension;
            }

            if (tree.Vertices.Count < run.MinVertices)
            {
                return new PlannerAction.Quit(
                    $"no in-corpus hyperlink left to extend the tree beyond {tree.Vertices.Count} vertices (minimum {run.MinVertices})");
            }
        }

        tree.Status = TreeStatus.Blurring;
        var toBlur = tree.Vertices
            .Where(v => !v.Blurred && tree.Children(v.Id).Any())
            .OrderByDescending(v => tree.Depth(v.Id))
            .ThenByDescending(v => v.Id)
            .FirstOrDefault();
        return toBlur is null ? new PlannerAction.Complete() : new PlannerAction.Blur(toBlur.Id);
    }

    private static PlannerAction.Browse? ChooseExtension(ResearchTree tree, StartRun run)
    {
        var inTree = tree.Vertices.Select(v => v.Entity).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var options = tree.Vertices
            .Where(v => v.Browsed && tree.Depth(v.Id) < run.MaxDepth && tree.Children(v.Id).Count() < run.MaxBreadth)
            .SelectMany(v => v.Candidates
                .Where(c => c.Kind == ClaimKind.Relation && c.TargetInCorpus && c.Target is not null && !inTree.Contains(c.Target))
                // A relation that alone fits only its own page (or too many to count) would make Blurring fail the tree.
                .Where(c => c.CluePages >= 2)
                .DistinctBy(c => c.Target, StringComparer.OrdinalIgnoreCase)
                .Select(c => (Vertex: v, Claim: c)))
            .ToList();
        if (options.Count == 0)
        {
            return null;
        }

        // Choose the vertex first, then the link, so that a page with many links does not always win:
        // this mixes extension in depth (a child) and in breadth (a sibling).
        var rng = new Random(DeterministicIds.Seed(run.Seed, tree.TreeNo, tree.Step, "extend"));
        var vertices = options.Select(o => o.Vertex.Id).Distinct().Order().ToList();
        var parentId = vertices[rng.Next(vertices.Count)];
        var links = options.Where(o => o.Vertex.Id == parentId).ToList();
        var (parent, claim) = links[rng.Next(links.Count)];

        var child = new TreeVertex { Id = tree.Vertices.Count, ParentId = parent.Id, Entity = claim.Target };
        tree.Vertices.Add(child);
        parent.Claims.Add(new TreeClaim(claim.Text, ClaimKind.Relation, child.Id, claim.Target, claim.Evidence));
        return new PlannerAction.Browse(child.Id, claim.Target);
    }

    /// <summary>
    /// A child page could not be read: take it out of the tree again, and drop the link from its
    /// parent's candidates so the policy does not choose it twice.
    /// </summary>
    public static void RemoveUnbrowsableChild(ResearchTree tree, int vertexId)
    {
        var child = tree.Vertex(vertexId);
        if (child.ParentId is not { } parentId || tree.Children(vertexId).Any() || vertexId != tree.Vertices.Count - 1)
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
