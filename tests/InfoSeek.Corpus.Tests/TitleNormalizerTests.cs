namespace InfoSeek.Corpus.Tests;

public sealed class TitleNormalizerTests
{
    [Theory]
    [InlineData("developmental%20disorder", "Developmental disorder")]
    [InlineData("Foo_bar#History", "Foo bar")]
    [InlineData("Alcohol%20%28drug%29", "Alcohol (drug)")]
    [InlineData("Texas%20A%26amp%3BM%20University", "Texas A&M University")]
    [InlineData("Texas A&amp;M University", "Texas A&M University")]
    [InlineData("  neil   armstrong ", "Neil armstrong")]
    [InlineData("13th%20%20Waffen%20Mountain%20Division", "13th Waffen Mountain Division")]
    [InlineData("%C3%A6lle%20of%20Sussex", "Ælle of Sussex")]
    [InlineData("iPod", "IPod")]
    [InlineData("100%25 pure", "100% pure")]
    [InlineData("50% off", "50% off")]
    [InlineData("already Fine", "Already Fine")]
    public void A_target_is_unquoted_cleaned_and_capitalised(string href, string expected)
    {
        Assert.Equal(expected, TitleNormalizer.Normalize(href));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("#History")]
    [InlineData("%23Mathematical%20definition")]
    [InlineData("_ _")]
    public void A_target_with_nothing_before_the_fragment_normalises_to_null(string href)
    {
        Assert.Null(TitleNormalizer.Normalize(href));
    }

    [Fact]
    public void Normalising_twice_changes_nothing()
    {
        foreach (var href in new[] { "developmental%20disorder", "Foo_bar#History", "Alcohol%20%28drug%29", "ümlaut_title" })
        {
            var once = TitleNormalizer.Normalize(href)!;
            Assert.Equal(once, TitleNormalizer.Normalize(once));
        }
    }
}
