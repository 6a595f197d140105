using InfoSeek.Contracts;
using InfoSeek.Domain.Certificates;
using InfoSeek.Domain.Claims;

namespace InfoSeek.Blurring.Tests;

/// <summary>
/// The Blurrer's choice of claims on candidate sets given by hand, so that each rule of the
/// certificate can be seen at work on a small, fully known corpus (R is the vertex).
/// </summary>
public sealed class ClaimChoiceTests
{
    private static readonly Evidence Evidence = new("R", "R was built by C.", 0, 17);

    // The tree relation to the leaf C, read with C unknown, fits R and three other pages.
    private static readonly Dictionary<string, string[]> Sets = new()
    {
        ["A was built by B"] = ["R", "A1", "A2", "A3"],
        ["A is big"] = ["R", "A1", "B1"],
        ["A is red"] = ["R", "A2", "B2"],
        ["A is tall"] = ["R", "A1", "B2"],
    };

    private static BlurNode Command(params string[] optional) => new(
        Guid.Empty,
        Guid.Empty,
        3,
        0,
        new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "R", "a building", false, [new TreeClaim("A was built by B", ClaimKind.Relation, 1, "C", Evidence)], null),
            new VertexSnapshot(1, 0, "C", "a company", false, [], null),
        ]),
        optional.Select(text => new ClaimCandidate(text, ClaimKind.Attribute, null, false, Evidence)).ToList());

    [Fact]
    public async Task When_the_first_choice_makes_the_tree_relation_redundant_its_strongest_claim_is_set_aside_and_the_vertex_is_blurred()
    {
        // Greedy first takes "big" then "red"; together they fit R alone, so the relation would be
        // redundant. Without "big", "red" and "tall" need the relation to single out R.
        var result = await new Blurrer().BlurAsync(Command("A is big", "A is red", "A is tall"), new ScriptedCandidateSets(Sets), CancellationToken.None);

        var blurred = Assert.IsType<NodeBlurred>(result);
        Assert.Equal(["A is red", "A is tall"], blurred.Chosen.Select(c => c.Text));
        Assert.Equal(["R"], blurred.Certificate.Intersection);
        Assert.Equal([4, 3, 3], blurred.Certificate.Claims.Select(c => c.CandidateCount));
        Assert.All(blurred.Certificate.Claims, c => Assert.DoesNotContain("R", c.OtherCandidates));
    }

    [Fact]
    public async Task A_claim_whose_named_subject_would_stand_capitalised_mid_sentence_is_never_chosen()
    {
        // "red" and "tall" single out R with the relation (above); with "red" read off "Cricket is …" on a page that writes
        // "cricket", only "big" and "tall" are left, and they fit R and A1.
        var command = Command("A is big", "A is tall");
        command = command with { Candidates = [.. command.Candidates, new ClaimCandidate("A is red", ClaimKind.Attribute, null, false, Evidence, NameOpensSentenceOnly: true)] };

        var result = await new Blurrer().BlurAsync(command, new ScriptedCandidateSets(Sets), CancellationToken.None);

        Assert.StartsWith(Blurrer.Underdetermined, Assert.IsType<BlurFailed>(result).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_no_choice_keeps_the_relation_to_a_leaf_needed_the_leaf_is_dropped_and_the_others_identify_the_vertex()
    {
        // With "big" set aside, "red" and the relation leave R and A2: no choice keeps the relation.
        var result = await new Blurrer().BlurAsync(Command("A is big", "A is red"), new ScriptedCandidateSets(Sets), CancellationToken.None);

        var blurred = Assert.IsType<NodeBlurred>(result);
        Assert.Equal([1], blurred.DroppedLeaves!);
        Assert.Equal(["A is big", "A is red"], blurred.Chosen.Select(c => c.Text));
        Assert.Equal(["A is big", "A is red"], blurred.Certificate.Claims.Select(c => c.Claim));
        Assert.Equal(["R"], blurred.Certificate.Intersection);
    }

    [Fact]
    public async Task A_relation_to_a_blurred_child_pins_the_vertex_and_the_relation_to_its_leaf_sibling_is_dropped()
    {
        // Only R links to the blurred child D with these words; with D unknown, two pages fit.
        var sets = new Dictionary<string, string[]>(Sets)
        {
            ["A was designed by B -> D"] = ["R"],
            ["A was designed by B"] = ["R", "A1"],
        };
        var command = Command("A is big") with
        {
            Tree = new TreeSnapshot(
            [
                new VertexSnapshot(0, null, "R", "a building", false,
                    [new TreeClaim("A was designed by B", ClaimKind.Relation, 2, "D", Evidence), new TreeClaim("A was built by B", ClaimKind.Relation, 1, "C", Evidence)], null),
                new VertexSnapshot(1, 0, "C", "a company", false, [], null),
                new VertexSnapshot(2, 0, "D", "an architect", true, [], null),
                new VertexSnapshot(3, 2, "E", "a school", false, [], null),
            ]),
        };

        var blurred = Assert.IsType<NodeBlurred>(await new Blurrer().BlurAsync(command, new ScriptedCandidateSets(sets), CancellationToken.None));

        Assert.Equal([1], blurred.DroppedLeaves!);
        Assert.Empty(blurred.Chosen);
        var claim = Assert.Single(blurred.Certificate.Claims);
        Assert.Equal(("A was designed by B", 2), (claim.Claim, claim.CandidateCount));
        Assert.Equal(["A1"], claim.OtherCandidates);
        Assert.Equal(["R"], blurred.Certificate.Intersection);
    }

    [Fact]
    public async Task A_relation_to_a_blurred_child_that_another_makes_redundant_fails_the_vertex()
    {
        var sets = new Dictionary<string, string[]>(Sets)
        {
            ["A was designed by B -> D"] = ["R", "A1"],
            ["A was designed by B"] = ["R", "A1", "A2"],
            ["A was planned by B -> E"] = ["R"],
            ["A was planned by B"] = ["R", "A3"],
        };
        var command = Command() with
        {
            Tree = new TreeSnapshot(
            [
                new VertexSnapshot(0, null, "R", "a building", false,
                    [new TreeClaim("A was designed by B", ClaimKind.Relation, 1, "D", Evidence), new TreeClaim("A was planned by B", ClaimKind.Relation, 2, "E", Evidence)], null),
                new VertexSnapshot(1, 0, "D", "an architect", true, [], null),
                new VertexSnapshot(2, 0, "E", "a planner", true, [], null),
                new VertexSnapshot(3, 1, "F", "a school", false, [], null),
                new VertexSnapshot(4, 2, "G", "a city", false, [], null),
            ]),
        };

        var result = await new Blurrer().BlurAsync(command, new ScriptedCandidateSets(sets), CancellationToken.None);

        Assert.Equal("redundant relation: the other claims identify the vertex without 'A was designed by B'", Assert.IsType<BlurFailed>(result).Reason);
    }

    [Fact]
    public async Task A_tree_relation_that_alone_fits_only_the_vertex_fails_as_identifying()
    {
        var sets = new Dictionary<string, string[]>(Sets) { ["A was built by B"] = ["R"] };

        var result = await new Blurrer().BlurAsync(Command("A is big"), new ScriptedCandidateSets(sets), CancellationToken.None);

        Assert.StartsWith("only identifying claims: the relation 'A was built by B' alone identifies the vertex", Assert.IsType<BlurFailed>(result).Reason);
    }

    /// <summary>
    /// Answers candidate-set requests from a table of claim text → satisfying pages; a relation with
    /// its target given is looked up as "text -> target" first.
    /// </summary>
    [Fact]
    public async Task A_definite_role_of_a_named_entity_is_never_a_clue_however_many_pages_the_matcher_counts()
    {
        // "A is the capital of Sweden" gives the answer away to any reader, even where the matcher finds its words on
        // two pages; the vertex is blurred with the other claims instead.
        var sets = new Dictionary<string, string[]>(Sets) { ["A is the capital of B -> Sweden"] = ["R", "A1"] };
        var command = Command("A is red", "A is tall") with
        {
            Candidates =
            [
                new ClaimCandidate("A is the capital of B", ClaimKind.Relation, "Sweden", true, Evidence),
                new ClaimCandidate("A is red", ClaimKind.Attribute, null, false, Evidence),
                new ClaimCandidate("A is tall", ClaimKind.Attribute, null, false, Evidence),
            ],
        };

        var result = await new Blurrer().BlurAsync(command, new ScriptedCandidateSets(sets), CancellationToken.None);

        var blurred = Assert.IsType<NodeBlurred>(result);
        Assert.Equal(["A is red", "A is tall"], blurred.Chosen.Select(c => c.Text));
        Assert.Equal(["R"], blurred.Certificate.Intersection);
    }

    [Fact]
    public async Task A_clue_from_the_sentence_of_the_parents_relation_to_the_vertex_is_not_chosen_as_it_would_say_that_fact_twice()
    {
        // "big" alone with the relation would single out R, but it was read from the sentence that gave P's relation to R
        // ("B stands in A"), so the question would state it twice: "red" and "tall" identify R instead.
        var sets = new Dictionary<string, string[]>
        {
            ["A was built by B"] = ["R", "A1", "A2"],
            ["A is big"] = ["R", "B1"],
            ["A is red"] = ["R", "A1", "B2"],
            ["A is tall"] = ["R", "A2", "B2"],
        };
        var parentSentence = new Evidence("R", "R, a big tower, stands in P.", 40, 28);
        var otherSentence = new Evidence("R", "R is red and tall.", 80, 18);
        var command = new BlurNode(
            Guid.Empty,
            Guid.Empty,
            3,
            1,
            new TreeSnapshot(
            [
                new VertexSnapshot(0, null, "P", "a city", false, [new TreeClaim("B stands in A", ClaimKind.Relation, 1, "R", parentSentence, EvidenceOnTarget: true)], null),
                new VertexSnapshot(1, 0, "R", "a building", false, [new TreeClaim("A was built by B", ClaimKind.Relation, 2, "C", Evidence)], null),
                new VertexSnapshot(2, 1, "C", "a company", false, [], null),
            ]),
            [
                new ClaimCandidate("A is big", ClaimKind.Attribute, null, false, parentSentence),
                new ClaimCandidate("A is red", ClaimKind.Attribute, null, false, otherSentence),
                new ClaimCandidate("A is tall", ClaimKind.Attribute, null, false, otherSentence),
            ]);

        var blurred = Assert.IsType<NodeBlurred>(await new Blurrer().BlurAsync(command, new ScriptedCandidateSets(sets), CancellationToken.None));
        var withoutParentEdge = Assert.IsType<NodeBlurred>(await new Blurrer().BlurAsync(
            command with { Tree = new TreeSnapshot([.. command.Tree.Vertices.Select(v => v.Id == 0 ? v with { Claims = [] } : v)]) },
            new ScriptedCandidateSets(sets),
            CancellationToken.None));

        Assert.Equal(["A is red", "A is tall"], blurred.Chosen.Select(c => c.Text).Order());
        Assert.Equal(["R"], blurred.Certificate.Intersection);
        Assert.Equal(["A is big"], withoutParentEdge.Chosen.Select(c => c.Text)); // the same clue is fine from another sentence
    }

    private sealed class ScriptedCandidateSets(Dictionary<string, string[]> sets) : ICandidateSets
    {
        public Task<IReadOnlyList<SatisfyingPages>> OfAsync(string subject, IReadOnlyList<ClaimCandidate> claims, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<SatisfyingPages>>(claims.Select(c =>
            {
                var members = (sets.GetValueOrDefault($"{c.Text} -> {c.Target}") ?? sets[c.Text]).Order(StringComparer.Ordinal).ToList();
                return new SatisfyingPages(members.Count, members, members.Contains(subject), Exact: true);
            }).ToList());
    }
}
