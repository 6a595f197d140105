namespace InfoSeek.Sampler.Tests;

public sealed class CorpusLicenceTests
{
    [Theory]
    [InlineData("wikispeedia.jsonl.gz", "gfdl")]
    [InlineData("pages.jsonl.gz", "cc-by-sa-3.0")]
    [InlineData("sample-dump.xml.bz2", "cc-by-sa-3.0")]
    [InlineData("my-pages.jsonl", "other")]
    [InlineData(null, "other")]
    public void A_dataset_takes_the_licence_of_its_corpus_and_an_unknown_corpus_asks_for_it(string? corpusFile, string id)
    {
        var licence = CorpusLicence.For(corpusFile);

        Assert.Equal(id, licence.Id);
        if (id == "other")
        {
            Assert.Contains("state it here", licence.Statement, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains($"`{corpusFile}`", licence.Statement, StringComparison.Ordinal);
            Assert.Contains("Wikipedia contributors", licence.Statement, StringComparison.Ordinal);
        }
    }
}
