namespace InfoSeek.Browser.Tests;

public sealed class RootOrderTests
{
    /// <summary>Thirty pages with links, of which the ten whose ordinal is a multiple of three can root a tree.</summary>
    private static readonly int[] Eligible = [.. Enumerable.Range(0, 30)];

    private static bool CanRoot(int ordinal) => ordinal % 3 == 0;

    [Fact]
    public void Each_root_is_used_once_per_round_and_past_the_last_round_the_roots_are_used_up()
    {
        var order = new RootOrder(Eligible, seed: 4);

        var firstRound = Enumerable.Range(1, 10).Select(n => order.Root(n, CanRoot)).ToList();
        var lastRound = Enumerable.Range(21, 10).Select(n => order.Root(n, CanRoot)).ToList();

        Assert.Equal(Enumerable.Range(0, 10).Select(i => (int?)(i * 3)), firstRound.Order());
        Assert.Equal(firstRound, lastRound); // the same roots, in the same order, in round 3
        Assert.Equal(10, order.Roots);
        Assert.Equal(RootOrder.UsedUp, order.Root((RootOrder.Rounds * 10) + 1, CanRoot));
        Assert.Equal(RootOrder.UsedUp, order.Root(1_000, CanRoot));
    }

    [Fact]
    public void A_root_number_depends_only_on_the_seed_and_the_number_not_on_which_was_asked_first()
    {
        var forwards = new RootOrder(Eligible, seed: 4);
        var backwards = new RootOrder(Eligible, seed: 4);

        var asked = Enumerable.Range(1, 30).Select(n => forwards.Root(n, CanRoot)).ToList();
        var askedBackwards = Enumerable.Range(1, 30).Reverse().Select(n => backwards.Root(n, CanRoot)).Reverse().ToList();

        Assert.Equal(asked, askedBackwards);
        var otherSeed = new RootOrder(Eligible, seed: 5);
        Assert.NotEqual(asked.Take(10), Enumerable.Range(1, 10).Select(n => otherSeed.Root(n, CanRoot)));
    }

    [Fact]
    public void A_corpus_without_a_page_that_can_root_a_tree_gives_no_root()
    {
        Assert.Null(new RootOrder(Eligible, seed: 4).Root(1, _ => false));
    }
}
