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

    [Fact]
    public void Claims_whose_sets_meet_in_the_vertex_alone_can_identify_it()
    {
        Assert.True(Blurrer.CanIdentify("R", [Set("R", "A", "B"), Set("R", "B", "C"), Set("R", "A", "C")]));
    }

    [Fact]
    public void Claims_that_all_fit_another_page_too_cannot()
    {
        // Every claim fits A as well: no choice of them tells R from A, the blur would be underdetermined.
        Assert.False(Blurrer.CanIdentify("R", [Set("R", "A", "B"), Set("R", "A", "C"), Set("R", "A")]));
    }

    [Fact]
    public void Only_exact_sets_that_hold_the_vertex_count_as_a_blur_counts_them()
    {
        var tooGeneral = new SatisfyingPages(5_000, [], ContainsSubject: true, Exact: false);
        var notOfTheVertex = Set("A", "B");
        Assert.False(Blurrer.CanIdentify("R", [Set("R", "A"), tooGeneral, notOfTheVertex]));
        Assert.True(Blurrer.CanIdentify("R", [Set("R", "A"), tooGeneral, notOfTheVertex, Set("R", "B")]));
        Assert.False(Blurrer.CanIdentify("R", []));
    }
}
