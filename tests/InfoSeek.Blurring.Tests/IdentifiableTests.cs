using InfoSeek.Contracts;
using InfoSeek.Domain.Certificates;
using InfoSeek.Domain.Claims;

namespace InfoSeek.Blurring.Tests;

/// <summary>
/// <see cref="Blurrer.CanIdentify"/>: whether any blur could single out the vertex R from its claims' candidate sets,
/// which root choice asks before a tree is grown from R.
/// </summary>
public sealed class IdentifiableTests
{
    private static SatisfyingPages Set(params string[] members) => new(members.Length, members, members.Contains("R"), Exact: true);

    private static readonly ClaimCandidate Attribute = new("A was founded in 1900", ClaimKind.Attribute, null, false, new Evidence("R", "s", 0, 1));

    private static readonly ClaimCandidate Edge = new("A was built by B", ClaimKind.Relation, "Builder", true, new Evidence("R", "s", 0, 1), CluePages: 4);

    /// <summary><see cref="Blurrer.CanIdentify"/> with every set an attribute's.</summary>
    private static bool CanIdentify(params SatisfyingPages[] sets) => Blurrer.CanIdentify("R", sets.Select(_ => Attribute).ToList(), sets);

    [Fact]
    public void Claims_whose_sets_meet_in_the_vertex_alone_can_identify_it()
    {
        Assert.True(CanIdentify(Set("R", "A", "B"), Set("R", "B", "C"), Set("R", "A", "C")));
    }

    [Fact]
    public void Claims_that_all_fit_another_page_too_cannot()
    {
        // Every claim fits A as well: no choice of them tells R from A, the blur would be underdetermined.
        Assert.False(CanIdentify(Set("R", "A", "B"), Set("R", "A", "C"), Set("R", "A")));
    }

    [Fact]
    public void Only_exact_sets_that_hold_the_vertex_count_as_a_blur_counts_them()
    {
        var tooGeneral = new SatisfyingPages(5_000, [], ContainsSubject: true, Exact: false);
        var notOfTheVertex = Set("A", "B");
        Assert.False(CanIdentify(Set("R", "A"), tooGeneral, notOfTheVertex));
        Assert.True(CanIdentify(Set("R", "A"), tooGeneral, notOfTheVertex, Set("R", "B")));
        Assert.False(CanIdentify());
    }

    [Fact]
    public void A_claim_that_alone_fits_the_vertex_does_not_count_since_a_blur_never_uses_it()
    {
        // "R is the only X": it gives R away, so a blur leaves it out, and what is left fits A too.
        Assert.False(CanIdentify(Set("R"), Set("R", "A"), Set("R", "A", "B")));
        Assert.True(CanIdentify(Set("R"), Set("R", "A"), Set("R", "B")));
        // A relation a tree can grow through counts even so: with its target a blurred child, it pins the vertex down.
        Assert.True(Blurrer.CanIdentify("R", [Edge, Attribute], [Set("R"), Set("R", "A")]));
    }
}
