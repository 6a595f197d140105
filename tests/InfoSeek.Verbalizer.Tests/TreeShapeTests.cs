using System.Text.RegularExpressions;
using InfoSeek.Contracts;
using InfoSeek.Domain.Questions;
using Xunit.Abstractions;

namespace InfoSeek.Verbalizer.Tests;

/// <summary>The grammar on trees of every shape built from real pages of the sample corpus.</summary>
[Collection(SampleTreesCollection.Name)]
public sealed class TreeShapeTests(SampleTrees sample, ITestOutputHelper output)
{
    /// <summary>The sample's longest mined chains (six pages each), and a depth-8 chain that joins two of them.</summary>
    private static readonly string[] FeynmanChain = ["Richard Feynman", "Niels Bohr", "James Chadwick", "Tube Alloys", "Vannevar Bush", "Plutonium"];
    private static readonly string[] ChapmanChain = ["Percy Chapman", "Archie MacLaren", "Neville Cardus", "Arthur Sullivan", "Felix Mendelssohn", "Choral symphony"];
    private static readonly string[] DepthEightChain = [.. ChapmanChain.Take(5), .. FeynmanChain.Skip(2).Take(4)];

    private string Verbalize(TreeSnapshot tree)
    {
        var question = QuestionGrammar.Question(tree);
        output.WriteLine($"[{question.Split(' ').Length} words] {question}");
        output.WriteLine($"    problem: {QuestionChecks.Problem(question, tree) ?? "none"}");
        return question;
    }

    /// <summary>The vertices' types (without article) in the order the question first mentions them.</summary>
    private static void AssertMentionedInOrder(string question, TreeSnapshot tree, IEnumerable<int> order)
    {
        var at = 0;
        foreach (var id in order)
        {
            var type = NounPhrases.WithoutArticle(NounPhrases.CleanDescriptor(tree.Vertices[id].TypeDescriptor) ?? "something");
            var found = question.IndexOf(type, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{type}' (vertex {id}) is not after position {at} in: {question}");
            at = found + 1;
        }
    }

    [Fact]
    public void Mined_chains_of_six_pages_become_one_question_that_passes_every_check()
    {
        foreach (var chain in new[] { FeynmanChain, ChapmanChain })
        {
            foreach (var describeLast in new[] { true, false })
            {
                var tree = sample.Chain(chain, attributes: 1, describeLast);
                var question = Verbalize(tree);
                Assert.Null(QuestionChecks.Problem(question, tree));
                AssertMentionedInOrder(question, tree, Enumerable.Range(0, chain.Length));
            }
        }
    }

    [Fact]
    public void A_chain_of_depth_eight_nests_three_descriptions_deep_and_continues_after_where()
    {
        Assert.Equal(9, DepthEightChain.Length);
        foreach (var attributes in new[] { 0, 1 })
        {
            var tree = sample.Chain(DepthEightChain, attributes);
            var question = Verbalize(tree);
            Assert.Null(QuestionChecks.Problem(question, tree));
            AssertMentionedInOrder(question, tree, Enumerable.Range(0, DepthEightChain.Length));
            Assert.Contains(", where the ", question, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_wide_tree_describes_its_last_child_in_place_and_the_others_after_where()
    {
        foreach (var (title, children, childAttributes) in new[] { ("Jake Gyllenhaal", 4, 1), ("Enrico Fermi", 3, 2), ("Vannevar Bush", 3, 0), ("Richard Feynman", 3, 1) })
        {
            var tree = sample.Wide(title, children, named: 2, attributes: 1, childAttributes);
            var question = Verbalize(tree);
            Assert.Null(QuestionChecks.Problem(question, tree));
            var described = tree.Vertices.Count(v => v.ParentId is not null && v.Claims.Count > 0);
            var whereParts = question.Split(", where ").Length - 1 + (question.Split(", and where ").Length - 1);
            Assert.Equal(Math.Max(0, described - 1), whereParts);
            AssertMentionedInOrder(question, tree, [0]);
        }
    }

    [Fact]
    public void A_tree_whose_vertices_hold_only_attributes_is_still_one_question()
    {
        var tree = sample.Chain(["Edward Elgar"], attributes: 3);
        Assert.Equal(3, tree.Vertices[0].Claims.Count);
        Assert.All(tree.Vertices[0].Claims, c => Assert.Equal(ClaimKind.Attribute, c.Kind));
        var question = Verbalize(tree);
        Assert.Null(QuestionChecks.Problem(question, tree));
        // The type names the answer, and the attributes follow it in one question.
        Assert.Matches($"^(What|Who) is {Regex.Escape(tree.Vertices[0].TypeDescriptor!)} (that|who) ", question);

        var chain = sample.Chain(["Vannevar Bush", "Plutonium"], attributes: 2);
        Assert.Null(QuestionChecks.Problem(Verbalize(chain), chain));
    }
}
