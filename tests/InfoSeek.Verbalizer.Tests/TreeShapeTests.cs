using InfoSeek.Contracts;
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
            }
        }
    }

    [Fact]
    public void A_chain_of_depth_eight_becomes_one_question_that_passes_every_check()
    {
        Assert.Equal(9, DepthEightChain.Length);
        foreach (var attributes in new[] { 0, 1 })
        {
            var tree = sample.Chain(DepthEightChain, attributes);
            var question = Verbalize(tree);
            Assert.Null(QuestionChecks.Problem(question, tree));
        }
    }

    [Fact]
    public void A_wide_tree_becomes_one_question_that_passes_every_check()
    {
        foreach (var (title, children, childAttributes) in new[] { ("Jake Gyllenhaal", 4, 1), ("Enrico Fermi", 3, 2), ("Vannevar Bush", 3, 0), ("Richard Feynman", 3, 1) })
        {
            var tree = sample.Wide(title, children, named: 2, attributes: 1, childAttributes);
            var question = Verbalize(tree);
            Assert.Null(QuestionChecks.Problem(question, tree));
        }
    }

    [Fact]
    public void Pipeline_trees_print()
    {
        foreach (var (answer, tree) in SampleTrees.PipelineTrees)
        {
            output.WriteLine(answer);
            Verbalize(tree);
        }
    }
}
