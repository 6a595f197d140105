using InfoSeek.Contracts;
using InfoSeek.Domain;
using InfoSeek.Domain.Trees;
using InfoSeek.Storage;

namespace InfoSeek.Planner.Tests;

public sealed class TreePolicyTests
{
    private static ResearchTree BrowsedRoot(int treeNo, int links)
    {
        var tree = new ResearchTree { TreeId = Guid.NewGuid(), RunId = Guid.Empty, TreeNo = treeNo, TargetVertices = 3, Step = 1 };
        tree.Vertices.Add(new TreeVertex
        {
            Id = 0,
            Entity = "Root",
            Browsed = true,
            Candidates = Enumerable.Range(0, links)
                .Select(i => new ClaimCandidate($"A is linked number {i} to B", ClaimKind.Relation, $"Page {i}", true, new Evidence("Root", "s", 0, 1), CluePages: 5))
                .ToList(),
        });
        return tree;
    }

    private static readonly StartRun Run = new() { RunId = Guid.Empty, Count = 1, Seed = 11, MinVertices = 2, MaxVertices = 5 };

    /// <summary>A root with one leaf child, both browsed, the leaf with links of its own.</summary>
    private static ResearchTree RootWithBrowsedLeaf(int leafLinks)
    {
        var tree = BrowsedRoot(1, 1);
        tree.Status = TreeStatus.Blurring;
        var leaf = TreeGrowth.AddChild(tree, tree.Vertex(0), tree.Vertex(0).Candidates[0]);
        leaf.Browsed = true;
        leaf.Candidates = Enumerable.Range(0, leafLinks)
            .Select(i => new ClaimCandidate($"A is linked number {i} to B", ClaimKind.Relation, $"Leaf page {i}", true, new Evidence("Page 0", "s", 0, 1), CluePages: 5))
            .ToList();
        return tree;
    }

    [Fact]
    public async Task An_underdetermined_vertex_has_a_leaf_child_extended_so_that_the_leaf_is_blurred_first()
    {
        var tree = RootWithBrowsedLeaf(leafLinks: 3);

        var browse = await TreePolicy.DeepenAsync(tree, Run, 0, TreeDecisions.Deterministic, CancellationToken.None);

        Assert.NotNull(browse);
        Assert.StartsWith("Leaf page ", browse.Title);
        Assert.Equal(1, tree.Vertex(browse.VertexId).ParentId);
        Assert.Equal(TreeStatus.Blurring, tree.Status);
        // Once the new page is browsed, the leaf (now with a child) is blurred before the root.
        tree.Vertex(browse.VertexId).Browsed = true;
        tree.Vertex(browse.VertexId).TypeDescriptor = "a thing";
        Assert.Equal(new PlannerAction.Blur(1), TreePolicy.Next(tree, Run));
    }

    [Fact]
    public async Task An_underdetermined_vertex_is_not_deepened_past_the_largest_tree_or_without_links()
    {
        var full = RootWithBrowsedLeaf(leafLinks: 3);
        while (full.Vertices.Count < Run.MaxVertices)
        {
            TreeGrowth.AddChild(full, full.Vertex(0), new ClaimCandidate("A is near B", ClaimKind.Relation, $"Extra {full.Vertices.Count}", true, new Evidence("Root", "s", 0, 1), CluePages: 5));
        }

        Assert.Null(await TreePolicy.DeepenAsync(full, Run, 0, TreeDecisions.Deterministic, CancellationToken.None));
        Assert.Null(await TreePolicy.DeepenAsync(RootWithBrowsedLeaf(leafLinks: 0), Run, 0, TreeDecisions.Deterministic, CancellationToken.None));
    }

    [Fact]
    public async Task An_inner_vertex_that_cannot_be_deepened_becomes_a_leaf_and_its_parent_is_blurred_next()
    {
        // Root → 1 → 2 (a leaf of the inner vertex 1); the tree is at its largest, so 1's underdetermined blur cannot
        // grow a leaf: 2 leaves the tree, 1 stays as a leaf that takes no child again, and the root is blurred.
        var tree = RootWithBrowsedLeaf(leafLinks: 3);
        var grandchild = TreeGrowth.AddChild(tree, tree.Vertex(1), tree.Vertex(1).Candidates[0]);
        grandchild.Browsed = true;
        while (tree.Vertices.Count < Run.MaxVertices)
        {
            var sibling = TreeGrowth.AddChild(tree, tree.Vertex(0), new ClaimCandidate("A is near B", ClaimKind.Relation, $"Extra {tree.Vertices.Count}", true, new Evidence("Root", "s", 0, 1), CluePages: 5));
            sibling.Browsed = true;
            sibling.TypeDescriptor = "a thing";
        }

        Assert.Null(await TreePolicy.DeepenAsync(tree, Run, 1, TreeDecisions.Deterministic, CancellationToken.None));
        Assert.True(TreePolicy.MakeLeaf(tree, Run, 1));

        Assert.DoesNotContain(tree.Vertices, v => v.Id == grandchild.Id);
        Assert.Empty(tree.Children(1));
        Assert.DoesNotContain(tree.Vertex(1).Claims, c => c.TargetVertexId == grandchild.Id);
        Assert.DoesNotContain(tree.Vertex(1).Candidates, c => c.CanGrowTree());
        Assert.Equal(new PlannerAction.Blur(0), TreePolicy.Next(tree, Run));
        // The root's own underdetermined blur may deepen other leaves, never the one made a leaf.
        var deeper = await TreePolicy.DeepenAsync(tree, Run with { MaxVertices = 8 }, 0, TreeDecisions.Deterministic, CancellationToken.None);
        Assert.True(deeper is null || tree.Vertex(deeper.VertexId).ParentId != 1);
    }

    [Fact]
    public void The_root_or_a_vertex_whose_subtree_the_tree_needs_is_never_made_a_leaf()
    {
        var tree = RootWithBrowsedLeaf(leafLinks: 3);
        var grandchild = TreeGrowth.AddChild(tree, tree.Vertex(1), tree.Vertex(1).Candidates[0]);

        Assert.False(TreePolicy.MakeLeaf(tree, Run, 0));
        // Three vertices, and the run asks for three: without its leaf, vertex 1 would leave two.
        Assert.False(TreePolicy.MakeLeaf(tree, Run with { MinVertices = 3 }, 1));
        Assert.False(TreePolicy.MakeLeaf(tree, Run, grandchild.Id));
        Assert.Equal(3, tree.Vertices.Count);
    }

    [Fact]
    public async Task A_child_blurred_once_whose_leaves_were_dropped_is_not_deepened_again()
    {
        // Palau → Pacific Ocean (blurred; its relation to Oregon dropped as redundant) took Oregon again when Palau's blur
        // was underdetermined, and "Oregon borders the Pacific Ocean" stayed in the tree unchecked.
        var tree = RootWithBrowsedLeaf(leafLinks: 3);
        tree.Vertex(1).Blurred = true;

        Assert.Null(await TreePolicy.DeepenAsync(tree, Run, 0, TreeDecisions.Deterministic, CancellationToken.None));
    }

    [Fact]
    public void The_same_seed_and_tree_number_choose_the_same_extension()
    {
        var a = TreePolicy.Next(BrowsedRoot(4, 20), Run);
        var b = TreePolicy.Next(BrowsedRoot(4, 20), Run);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Different_trees_choose_independently()
    {
        var titles = Enumerable.Range(1, 20).Select(n => ((PlannerAction.Browse)TreePolicy.Next(BrowsedRoot(n, 20), Run)).Title).Distinct();
        Assert.True(titles.Count() > 5);
    }

    [Fact]
    public void A_tree_without_in_corpus_links_quits_with_the_reason()
    {
        var quit = Assert.IsType<PlannerAction.Quit>(TreePolicy.Next(BrowsedRoot(1, 0), Run));
        Assert.Contains("no in-corpus hyperlink", quit.Reason);
    }

    [Fact]
    public void Links_whose_relation_alone_fits_only_their_own_page_or_too_many_to_count_are_never_chosen()
    {
        var chosen = Enumerable.Range(1, 30).Select(n =>
        {
            var tree = BrowsedRoot(n, 20);
            // Even-numbered links fit one page when their target is unknown (they would identify the root
            // alone), or were too general to count.
            tree.Vertices[0].Candidates = tree.Vertices[0].Candidates.Select((c, i) => c with { CluePages = i % 2 == 1 ? 7 : i % 4 == 0 ? 1 : null }).ToList();
            return ((PlannerAction.Browse)TreePolicy.Next(tree, Run)).Title!;
        }).ToList();

        Assert.All(chosen, title => Assert.Equal(1, int.Parse(title["Page ".Length..]) % 2));
        Assert.True(chosen.Distinct().Count() > 3);
    }

    [Fact]
    public void Links_whose_related_entity_modifies_a_noun_are_never_chosen()
    {
        var chosen = Enumerable.Range(1, 30).Select(n =>
        {
            var tree = BrowsedRoot(n, 20);
            // "A assisted on a B goal": the question could not describe B in its place.
            tree.Vertices[0].Candidates = tree.Vertices[0].Candidates
                .Select((c, i) => i % 2 == 0 ? c with { Text = $"A assisted on a B goal number {i}" } : c).ToList();
            return ((PlannerAction.Browse)TreePolicy.Next(tree, Run)).Title!;
        }).ToList();

        Assert.All(chosen, title => Assert.Equal(1, int.Parse(title["Page ".Length..]) % 2));
    }

    [Fact]
    public void Target_vertex_counts_stay_in_the_requested_range()
    {
        var targets = Enumerable.Range(1, 200).Select(n => TreeGrowth.TargetVertices(Run.Seed, n, TreeShape.Of(Run))).ToList();
        Assert.All(targets, t => Assert.InRange(t, 2, 5));
        Assert.Equal(4, targets.Distinct().Count());
    }
}

public sealed class RunCoordinatorTests
{
    private static TreeOutcome Outcome(int treeNo, TreeStatus status, string? answer) =>
        new(treeNo, Guid.NewGuid(), status, null, answer);

    [Fact]
    public void An_answer_reached_by_two_accepted_trees_counts_once()
    {
        var outcomes = new[]
        {
            Outcome(1, TreeStatus.Accepted, "Stretford"),
            Outcome(2, TreeStatus.Rejected, "Seattle"),
            Outcome(3, TreeStatus.Accepted, "Stretford"),
            Outcome(4, TreeStatus.Accepted, "Asteroid belt"),
            Outcome(5, TreeStatus.Failed, "Asteroid belt"),
        };

        Assert.Equal(2, RunCoordinator.DistinctAccepted(outcomes, perAnswer: 1));
    }
}
