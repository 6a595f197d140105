using InfoSeek.Corpus;
using InfoSeek.Domain.Mining;

namespace InfoSeek.Mining.Tests;

/// <summary>The sentences the miner reads as about a page's entity: where any claim, a model's too, may have its evidence.</summary>
[Collection(SampleIndexCollection.Name)]
public sealed class EntitySentencesTests(SampleIndexFixture sample)
{
    [Theory]
    [InlineData("Stanley Bruce")]
    [InlineData("Edward Elgar")]
    [InlineData("Chad")]
    public void Every_mined_claim_has_its_evidence_in_a_sentence_about_the_entity_and_other_sentences_are_left_out(string title)
    {
        var page = sample.Page(title);
        var about = ClaimMiner.EntitySentences(page);
        var claims = ClaimMiner.Mine(page, sample.Resolve).Claims;

        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Contains(about, s => s.Start == c.Evidence.Start && s.Length == c.Evidence.Length));
        Assert.True(about.Count < SentenceSplitter.Split(page.Text).Count, "every sentence was read as about the entity");
    }

    [Fact]
    public void A_pronoun_after_a_sentence_naming_others_is_not_about_the_entity()
    {
        var page = sample.Page("Stanley Bruce");
        var ashes = page.Text.IndexOf("His ashes were scattered", StringComparison.Ordinal);
        var named = page.Text.IndexOf("Bruce remained active and in good health", StringComparison.Ordinal);

        var about = ClaimMiner.EntitySentences(page);

        Assert.Contains(about, s => s.Start == named);
        Assert.DoesNotContain(about, s => s.Start == ashes);
    }
}
