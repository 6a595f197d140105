using InfoSeek.Corpus;
using InfoSeek.Domain.Mining;
using InfoSeek.TestSupport;

namespace InfoSeek.Mining.Tests;

/// <summary>Claims that lean on what another sentence named are no claims: a reader could not check them.</summary>
[Collection(SampleIndexCollection.Name)]
public sealed class ReferenceElsewhereTests(SampleIndexFixture sample)
{
    [Theory]
    [InlineData("Guy Burgess", "He was cremated five days later", "later")]
    [InlineData("Wilco", "Instead of using their own web page, the band streamed it", " it ")]
    public void A_claim_with_a_time_counted_from_another_event_or_an_object_pronoun_is_not_emitted(string title, string sentenceStart, string word)
    {
        var page = sample.Page(title);
        var at = page.Text.IndexOf(sentenceStart, StringComparison.Ordinal);
        Assert.True(at >= 0, sentenceStart);

        var fromSentence = ClaimMiner.Mine(page, sample.Resolve).Claims.Where(c => c.Evidence.Start == at).ToList();

        Assert.DoesNotContain(fromSentence, c => c.Text.Contains(word, StringComparison.Ordinal));
    }
}

/// <summary>Words after an anchor that open a phrase of their own end the claim at the anchor instead of dangling.</summary>
public sealed class AnchorTailTests
{
    [Fact]
    public void A_claim_does_not_end_on_a_word_that_opens_a_cut_phrase_Polymerase_chain_reaction()
    {
        using var index = CorpusIndex.Open(CorpusIndexCache.GetOrBuild(Repository.Wikispeedia, Repository.IndexCache));
        var page = index.FindPage("Polymerase chain reaction")!;

        var claims = ClaimMiner.Mine(page, index.Resolve).Claims;

        // "... a molecular biology technique for enzymatically replicating DNA without using a living organism".
        Assert.DoesNotContain(claims, c => c.Text.EndsWith(" without", StringComparison.Ordinal));
        Assert.Contains(claims, c => c.Target == "DNA" && c.Text == "A is a molecular biology technique for enzymatically replicating B");
    }
}

/// <summary>The type names the entity by a noun: a type cut after a compound adjective is no type.</summary>
public sealed class TypeHeadTests
{
    [Fact]
    public void A_type_that_ends_on_a_compound_adjective_is_no_type()
    {
        // Al Jazeera: "… is an Arabic-language and English language television channel based in Doha, Qatar."
        Assert.Null(TypeDescriptor.Of("Al Jazeera, meaning \"The Island\", is an Arabic-language and English language television channel based in Doha, Qatar."));
        Assert.Equal("an Arabic-language television channel", TypeDescriptor.Of("Al Jazeera is an Arabic-language television channel based in Doha, Qatar."));
    }

    [Fact]
    public void A_type_ends_before_a_second_description_or_a_participle_and_drops_current()
    {
        // Barbara McClintock (Wikispeedia): "... was a pioneering American scientist and one of the world's most
        // distinguished cytogeneticists."
        Assert.Equal("a pioneering American scientist", TypeDescriptor.Of("Barbara McClintock was a pioneering American scientist and one of the world's most distinguished cytogeneticists."));
        // Rex Ryan: "... is a former American football coach and current ..." read years later.
        Assert.Equal("the President", TypeDescriptor.Of("George Walker Bush is the current President of the United States."));
        // Cider (Wikispeedia): "Cider is an alcoholic beverage made primarily from ..."; Afrikaans: "... mainly spoken in ...".
        Assert.Equal("an alcoholic beverage", TypeDescriptor.Of("Cider is an alcoholic beverage made primarily from the fermented juice of apples."));
        Assert.Equal("a Low Franconian language", TypeDescriptor.Of("Afrikaans is a Low Franconian language mainly spoken in South Africa and Namibia."));
        // Senegal: "... is a country south of the Senegal River ..."; Brockway Mountain Drive: "an 8.8-mile scenic roadway".
        Assert.Equal("a country", TypeDescriptor.Of("Senegal, officially the Republic of Senegal, is a country south of the Senegal River in western Africa."));
        Assert.Equal("a scenic roadway", TypeDescriptor.Of("Brockway Mountain Drive is an scenic roadway just west of Copper Harbor."));
    }
}
