using InfoSeek.Contracts;
using InfoSeek.Domain.Questions;
using Xunit.Abstractions;

namespace InfoSeek.Verbalizer.Tests;

/// <summary>The two example trees of InfoSeek's README, read from their JSON.</summary>
public sealed class ReadmeExampleTests(ITestOutputHelper output)
{
    /// <summary>The types the README's questions give the vertices; Elizabeth Gould is hidden behind hers, the other leaves are named.</summary>
    private static readonly Dictionary<string, string> RussetSparrowTypes = new()
    {
        ["Russet sparrow"] = "a species of bird",
        ["John Gould"] = "a person",
        ["Elizabeth Gould"] = "a British artist",
    };

    private static readonly Dictionary<string, string> WerderBremenTypes = new()
    {
        ["SV Werder Bremen (women)"] = "a women's football team",
        ["Doreen Nabwire"] = "a player",
    };

    private static readonly Dictionary<string, string> ScheutzTypes = new()
    {
        ["Scheutzian calculation engine"] = "a type of calculating device",
        ["Georg Scheutz"] = "someone",
        ["Anna Scheutz"] = "a published mathematician",
    };

    public static TreeSnapshot RussetSparrow => SampleTrees.ReadmeTree("readme-russet-sparrow.json", RussetSparrowTypes);

    public static TreeSnapshot WerderBremen => SampleTrees.ReadmeTree("readme-werder-bremen-women.json", WerderBremenTypes);

    public const string RussetSparrowReadmeQuestion =
        "What is a species of bird that was named by a person employed under his father between 1818 and 1824, whose wife was a British artist, and which has three subspecies and body length is generally no more than 6 inches?";

    public const string WerderBremenReadmeQuestion =
        "What is a women's football team whose first goals in the 2. Bundesliga were scored by a player born in Korogocho, who was discovered and developed by the Mathare Youth Sports Association?";

    [Fact]
    public void The_russet_sparrow_tree_is_read_with_its_claims_and_hidden_leaf()
    {
        var tree = RussetSparrow;
        Assert.Equal(["Russet sparrow", "John Gould", "Elizabeth Gould"], tree.Vertices.Select(v => v.Entity));
        Assert.Equal(["A was named by B", "A has three subspecies", "A's body length is generally no more than 6 inches"], tree.Vertices[0].Claims.Select(c => c.Text));
        Assert.Equal(["A was employed by his father between 1818 and 1824", "A's wife was B"], tree.Vertices[1].Claims.Select(c => c.Text));
        Assert.Equal(2, tree.Vertices[1].Claims[1].TargetVertexId);
        Assert.False(tree.Vertices[2].Blurred);
    }

    [Fact]
    public void The_russet_sparrow_question_holds_every_constraint_and_names_no_entity()
    {
        var tree = RussetSparrow;
        var question = QuestionGrammar.Question(tree);
        output.WriteLine(question);

        Assert.StartsWith("What is a species of bird ", question, StringComparison.Ordinal);
        foreach (var constraint in new[]
        {
            "that has three subspecies", "whose body length is generally no more than 6 inches", "was named by a person ",
            "who was employed by his father between 1818 and 1824", "whose wife was a British artist",
        })
        {
            Assert.Contains(constraint, question, StringComparison.Ordinal);
        }

        foreach (var name in new[] { "Russet", "sparrow", "Gould", "John", "Elizabeth" })
        {
            Assert.DoesNotContain(name, question, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Null(QuestionChecks.Problem(question, tree));
    }

    [Fact]
    public void The_werder_bremen_question_holds_every_constraint_names_its_named_leaves_and_hides_the_rest()
    {
        var tree = WerderBremen;
        var question = QuestionGrammar.Question(tree);
        output.WriteLine(question);

        Assert.StartsWith("What is a women's football team whose first goals in the 2. Bundesliga were scored by a player who ", question, StringComparison.Ordinal);
        Assert.Contains("was discovered and developed by Mathare Youth Sports Association", question, StringComparison.Ordinal);
        Assert.Contains("was born in Korogocho", question, StringComparison.Ordinal);
        foreach (var name in new[] { "Werder", "Bremen", "Doreen", "Nabwire" })
        {
            Assert.DoesNotContain(name, question, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Null(QuestionChecks.Problem(question, tree));
    }

    [Fact]
    public void A_claim_whose_subject_is_the_target_becomes_a_such_that_clause()
    {
        var tree = SampleTrees.ReadmeTree("prompt-scheutzian-calculation-engine.json", ScheutzTypes);
        Assert.Equal("B is the spouse of A", tree.Vertices[1].Claims[0].Text);
        var question = QuestionGrammar.Question(tree);
        output.WriteLine(question);

        Assert.Equal(
            "What is a type of calculating device that had a binary mechanism and was developed by someone such that a published mathematician is the spouse of this person and who collaborated with Charles Babbage?",
            question);
        Assert.Null(QuestionChecks.Problem(question, tree));

        // The prompt's own question paraphrases "collaborated with" as "later worked with": coverage asks for the claim's words.
        Assert.Equal(
            "missing claim: 'A collaborated with B' of 'Georg Scheutz' is not in the question (no 'collaborated')",
            QuestionChecks.Problem(
                "What is a type of calculating device developed by someone who later worked with Charles Babbage, whose spouse was a published mathematician, and which had a binary mechanism?",
                tree));
    }

    [Fact]
    public void The_questions_written_in_the_README_pass_the_same_checks()
    {
        Assert.Null(QuestionChecks.Problem(RussetSparrowReadmeQuestion, RussetSparrow));
        Assert.Null(QuestionChecks.Problem(WerderBremenReadmeQuestion, WerderBremen));
    }
}
