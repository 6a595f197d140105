using InfoSeek.Contracts;
using InfoSeek.Corpus;
using Agent = InfoSeek.Browser.Agent.BrowserAgent;

namespace InfoSeek.BrowserAgent.Tests;

/// <summary>One test per extraction rule, each on a real sentence of the sample corpus (page named in the test).</summary>
[Collection(SampleIndexCollection.Name)]
public sealed class ExtractionRuleTests(SampleIndexFixture sample)
{
    private string Sentence(string title, string startsWith)
    {
        var page = sample.Page(title);
        var span = SentenceSplitter.Split(page.Text).First(s => page.Text.AsSpan(s.Start).StartsWith(startsWith, StringComparison.Ordinal));
        return page.Text.Substring(span.Start, span.Length);
    }

    private BrowsedClaims Browse(string title) => new(Agent.Browse(sample.Page(title), sample.Resolve).Claims);

    private sealed record BrowsedClaims(IReadOnlyList<ClaimCandidate> Claims);

    [Fact]
    public void Subject_by_title_Chad()
    {
        var sentence = Sentence("Chad", "Chad is bounded to the north by Libya");
        Assert.Equal("Chad".Length, Agent.SubjectLength(sentence, "Chad"));
    }

    [Fact]
    public void Subject_by_pronoun_Chad()
    {
        var sentence = Sentence("Chad", "It is bordered by Libya to the north");
        Assert.Equal("It".Length, Agent.SubjectLength(sentence, "Chad"));
        Assert.Equal(0, Agent.SubjectLength("Its position in the Southern Celestial Hemisphere means that the whole constellation is visible.", "Apus"));
    }

    [Fact]
    public void Subject_after_an_opening_phrase_Michael_Jordan()
    {
        var sentence = Sentence("Michael Jordan", "In 1999, he was named the greatest North American athlete");
        Assert.Equal("In 1999, he".Length, Agent.SubjectLength(sentence, "Michael Jordan"));
    }

    [Fact]
    public void Relation_clause_is_cut_at_the_link_James_B_Longacre()
    {
        var claim = Assert.Single(Browse("James B. Longacre").Claims, c => c.Target == "Indian Head cent" && c.Text == "A is best known for designing the B");
        Assert.Equal(ClaimKind.Relation, claim.Kind);
        Assert.True(claim.TargetInCorpus);
        Assert.Contains("best known for designing the Indian Head cent", claim.Evidence.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Attribute_clause_with_a_year_Ray_Farquharson()
    {
        var claim = Assert.Single(Browse("Ray Farquharson").Claims, c => c.Text == "A died in 1965");
        Assert.Equal(ClaimKind.Attribute, claim.Kind);
        Assert.Null(claim.Target);
        Assert.Contains("died in 1965", claim.Evidence.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Attribute_clause_does_not_stop_inside_a_number_Infinity_Blade()
    {
        Assert.DoesNotContain(Browse("Infinity Blade").Claims, c => c.Text.EndsWith("US$1", StringComparison.Ordinal));
    }

    [Fact]
    public void Type_descriptor_from_the_lead_sentence_Pigeon_guillemot()
    {
        var lead = Sentence("Pigeon guillemot", "The pigeon guillemot");
        Assert.StartsWith("The pigeon guillemot (\"Cepphus columba\") is a species of bird in the auk family", lead, StringComparison.Ordinal);
        Assert.Equal("a species of bird", Agent.TypeDescriptorOf(lead));
    }

    [Fact]
    public void Weak_targets_years_and_dates_are_skipped_Imogen_Holst()
    {
        Assert.True(Agent.IsWeakTarget("1907"));
        Assert.True(Agent.IsWeakTarget("1960s"));
        Assert.True(Agent.IsWeakTarget("12 April") || Agent.IsWeakTarget("April 12"));
        Assert.True(Agent.IsWeakTarget("19th century"));
        Assert.False(Agent.IsWeakTarget("Gustav Holst"));
        Assert.DoesNotContain(Browse("Imogen Holst").Claims, c => c.Target is not null && Agent.IsWeakTarget(c.Target));
    }

    [Fact]
    public void Sentence_splitting_keeps_US_together_Blues_Clues()
    {
        var sentence = Sentence("Blue's Clues", "They used research about child development");
        Assert.Contains("in the U.S. and revolutionized the genre", sentence, StringComparison.Ordinal);
        Assert.EndsWith("viewers' involvement.", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Sentence_splitting_keeps_initials_together_V_Gordon_Childe()
    {
        var sentence = Sentence("V. Gordon Childe", "His job made him well known");
        Assert.Contains("O. G. S. Crawford", sentence, StringComparison.Ordinal);
        Assert.EndsWith("toward socialism and Marxism.", sentence, StringComparison.Ordinal);
    }
}
