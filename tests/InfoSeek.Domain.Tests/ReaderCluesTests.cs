using InfoSeek.Contracts;
using InfoSeek.Domain.Questions;

namespace InfoSeek.Domain.Tests;

/// <summary>What a reader searches for and thinks of one claim, with its target written as the reader knows it.</summary>
public sealed class ReaderCluesTests
{
    private static readonly Evidence Sentence = new("Soviet Union", "The Soviet Union maintained parity with the United States.", 0, 58);

    private static TreeSnapshot Tree(string claim) => new(
    [
        new VertexSnapshot(0, null, "Soviet Union", "a socialist state", true, [new TreeClaim(claim, ClaimKind.Relation, 1, "United States", Sentence)], null),
        new VertexSnapshot(1, 0, "United States", "a country", false, [], null),
    ]);

    [Theory]
    [InlineData("A maintained parity with the B", "maintained parity with a country")]
    [InlineData("A maintained parity with B", "maintained parity with a country")]
    [InlineData("A gave her a B", "gave her a country")]
    public void A_leaf_target_is_written_by_its_type_with_one_determiner(string claim, string expected)
    {
        var tree = Tree(claim);
        var root = tree.Vertices[0];
        var clue = ReaderClues.Of(tree, root, new Dictionary<int, string>()).Single();

        // The search and the clause the solver thinks ("it ..."): the subject left out, the target by its type.
        Assert.Equal(expected, ReaderClues.Query(tree, root.Claims[0], clue));
        Assert.Equal(expected, ReaderClues.Clause(tree, root.Claims[0], clue));
    }

    [Fact]
    public void A_leaf_whose_clause_calls_it_by_its_own_type_is_said_to_exist()
    {
        // "B is a ballad recorded by A", B a leaf shown as "a ballad", on the root's page (the root recorded it).
        var tree = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "Elvis Presley", "a singer", true,
                [new TreeClaim("B is a ballad recorded by A", ClaimKind.Relation, 1, "Love Me Tender (song)", Sentence, EvidenceOnTarget: true)], null),
            new VertexSnapshot(1, 0, "Love Me Tender (song)", "a ballad", false, [], null),
        ]);
        var root = tree.Vertices[0];
        var clue = ReaderClues.Of(tree, root, new Dictionary<int, string>()).Single();

        Assert.Equal("there is a ballad recorded by it", ReaderClues.Clause(tree, root.Claims[0], clue));
        Assert.Equal("there was an English novel published by it", ReaderClues.WithoutRepeatedType("an English novel was an English novel published by it"));
        Assert.Equal("a ballad is a song", ReaderClues.WithoutRepeatedType("a ballad is a song"));
    }
}
