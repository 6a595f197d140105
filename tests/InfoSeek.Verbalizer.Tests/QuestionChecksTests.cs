using InfoSeek.Contracts;
using InfoSeek.Domain.Questions;

namespace InfoSeek.Verbalizer.Tests;

/// <summary>Questions the checks must turn down, each for its own reason, whoever wrote them.</summary>
public sealed class QuestionChecksTests
{
    private static TreeSnapshot Sparrow => ReadmeExampleTests.RussetSparrow;

    private static TreeSnapshot Bremen => ReadmeExampleTests.WerderBremen;

    private const string SparrowQuestion =
        "What is a species of bird that has three subspecies and whose body length is generally no more than 6 inches, and that was named by a person who was employed by his father between 1818 and 1824 and whose wife was a British artist?";

    [Fact]
    public void A_question_that_passes_is_the_baseline_for_the_counter_examples()
    {
        Assert.Null(QuestionChecks.Problem(SparrowQuestion, Sparrow));
    }

    [Theory]
    [InlineData("was employed by his northern (a father)", "northern")]
    [InlineData("was employed by his Southern (a father)", "Southern")]
    [InlineData("was employed by his free (the father)", "free")]
    [InlineData("was employed by his large-scale (the father)", "large-scale")]
    [InlineData("was employed by the Safavid (a father)", "Safavid")]
    [InlineData("was employed by the Umayyad (a father)", "Umayyad")]
    public void A_type_in_brackets_after_a_modifier_cut_from_its_name_is_ungrammatical(string cut, string word)
    {
        var question = SparrowQuestion.Replace("was employed by his father", cut, StringComparison.Ordinal);
        Assert.StartsWith($"ungrammatical: a type in brackets after the modifier '{word}'", QuestionChecks.Problem(question, Sparrow));
    }

    [Theory]
    [InlineData("was employed by his Colonel (a father)")]
    [InlineData("was employed by his drummer (a father)")]
    [InlineData("was employed by atomic spies (a father)")]
    [InlineData("was employed by a mystery thriller (a father)")]
    [InlineData("was employed by David (a father)")]
    public void A_type_in_brackets_after_a_noun_passes(string cut)
    {
        Assert.Null(QuestionChecks.Problem(SparrowQuestion.Replace("was employed by his father", cut, StringComparison.Ordinal), Sparrow));
    }

    [Fact]
    public void Naming_the_answer_is_an_answer_leak()
    {
        var question = SparrowQuestion.Replace("a species of bird", "the Russet sparrow, a species of bird,", StringComparison.Ordinal);
        Assert.Equal("answer leak: the question names the answer 'Russet sparrow'", QuestionChecks.Problem(question, Sparrow));
    }

    [Fact]
    public void Naming_the_answer_without_its_disambiguation_is_an_answer_leak()
    {
        var question = ReadmeExampleTests.WerderBremenReadmeQuestion.Replace("a women's football team", "SV Werder Bremen, a women's football team,", StringComparison.Ordinal);
        Assert.Equal("answer leak: the question names the answer 'SV Werder Bremen (women)'", QuestionChecks.Problem(question, Bremen));
    }

    [Fact]
    public void A_distinctive_word_of_the_answer_title_is_an_answer_leak()
    {
        var question = ReadmeExampleTests.WerderBremenReadmeQuestion.Replace("a women's football team", "a women's football team from Bremen", StringComparison.Ordinal);
        Assert.Equal("answer leak: the question contains 'Bremen' from the answer's title 'SV Werder Bremen (women)'", QuestionChecks.Problem(question, Bremen));
        Assert.Equal(["Werder", "Bremen"], QuestionChecks.DistinctiveTokens(Bremen.Vertices[0]));
    }

    [Fact]
    public void Only_the_family_name_of_a_person_is_distinctive()
    {
        var breckinridge = SampleTrees.PipelineTrees["John C. Breckinridge"].Vertices[0];
        Assert.Equal(["Breckinridge"], QuestionChecks.DistinctiveTokens(breckinridge));
    }

    [Fact]
    public void Another_name_of_the_answer_is_an_answer_leak_when_the_caller_knows_it()
    {
        var question = SparrowQuestion.Replace("a species of bird", "a species of bird also called the cinnamon sparrow", StringComparison.Ordinal);
        Assert.Null(QuestionChecks.Problem(question, Sparrow) is { } p && p.StartsWith("answer leak", StringComparison.Ordinal) ? p : null);
        Assert.Equal(
            "answer leak: the question names the answer 'Russet sparrow' by its other name 'Cinnamon sparrow'",
            QuestionChecks.Problem(question, Sparrow, ["Cinnamon sparrow"]));
    }

    [Fact]
    public void Naming_a_hidden_entity_is_a_leak()
    {
        var question = SparrowQuestion.Replace("a person who", "John Gould, a person who", StringComparison.Ordinal);
        Assert.Equal("leak: the question names the hidden entity 'John Gould'", QuestionChecks.Problem(question, Sparrow));

        var hiddenLeaf = SparrowQuestion.Replace("a British artist", "Elizabeth Gould", StringComparison.Ordinal);
        Assert.Equal("leak: the question names the hidden entity 'Elizabeth Gould'", QuestionChecks.Problem(hiddenLeaf, Sparrow));

        // A shorter name the title ends with: "the House of Representatives" of a hidden "United States House of Representatives".
        var chamber = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "William McKinley", "the 25th President", true, [], null),
            new VertexSnapshot(1, 0, "United States House of Representatives", "one of the two chambers", false, [], null),
        ]);
        Assert.Equal(
            "leak: the question names the hidden entity 'United States House of Representatives' as 'House of Representatives'",
            QuestionChecks.Problem("Who is a President elected to the House of Representatives?", chamber));

        // Not where the hidden vertex's own type says it.
        var lama = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "Bhutan", "a landlocked South Asian nation", true, [], null),
            new VertexSnapshot(1, 0, "Tenzin Gyatso, 14th Dalai Lama", "a Dalai Lama", false, [], null),
        ]);
        Assert.Null(QuestionChecks.Problem("What is a nation that a Dalai Lama fled to?", lama) is { } p && p.StartsWith("leak", StringComparison.Ordinal) ? p : null);
    }

    [Fact]
    public void Leaving_out_a_claim_fails_the_coverage_check_naming_the_claim()
    {
        var question = SparrowQuestion.Replace("has three subspecies and ", "", StringComparison.Ordinal);
        Assert.Equal(
            "missing claim: 'A has three subspecies' of 'Russet sparrow' is not in the question (no 'three', 'subspecies')",
            QuestionChecks.Problem(question, Sparrow));
    }

    [Fact]
    public void Leaving_out_a_named_target_fails_the_coverage_check()
    {
        var question = ReadmeExampleTests.WerderBremenReadmeQuestion.Replace("born in Korogocho", "born in a slum", StringComparison.Ordinal);
        Assert.Equal(
            "missing claim: 'A was born in B' of 'Doreen Nabwire' does not name its target 'Korogocho'",
            QuestionChecks.Problem(question, Bremen));
    }

    [Fact]
    public void A_question_must_end_with_its_only_question_mark()
    {
        const string Expected = "not one question: it must end with its only question mark";
        Assert.Equal(Expected, QuestionChecks.Problem(SparrowQuestion.Replace(", and that", "? And that", StringComparison.Ordinal), Sparrow));
        Assert.Equal(Expected, QuestionChecks.Problem(SparrowQuestion.TrimEnd('?') + ".", Sparrow));
    }

    [Fact]
    public void A_question_longer_than_the_tree_allows_or_too_short_is_rejected()
    {
        var claims = Sparrow.Vertices.Sum(v => v.Claims.Count);
        Assert.Equal(QuestionChecks.BaseWords + (QuestionChecks.WordsPerClaim * claims), QuestionChecks.WordLimit(Sparrow));
        var padded = SparrowQuestion.TrimEnd('?') + string.Concat(Enumerable.Repeat(" and nothing else", 20)) + "?";
        Assert.StartsWith($"too long: {padded.Split(' ').Length} words (limit {QuestionChecks.WordLimit(Sparrow)} for this tree)", QuestionChecks.Problem(padded, Sparrow));
        Assert.Equal("too short: 3 words (at least 6)", QuestionChecks.Problem("What is it?", Sparrow));
    }

    [Theory]
    [InlineData("a species of bird", "a the species of bird", "ungrammatical: 'a the'")]
    [InlineData("a British artist", "the the British artist", "ungrammatical: 'the the'")]
    [InlineData("a British artist", "an British artist", "ungrammatical: 'an British'")]
    [InlineData("a person who was employed", "a person who and was employed", "ungrammatical: a relative clause starts with 'and' ('who and')")]
    [InlineData("that has three", "that has and and three", "ungrammatical: 'and and'")]
    public void Broken_articles_and_clauses_are_rejected(string from, string to, string reason)
    {
        Assert.Equal(reason, QuestionChecks.Problem(SparrowQuestion.Replace(from, to, StringComparison.Ordinal), Sparrow));
    }
}
