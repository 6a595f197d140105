namespace InfoSeek.Sampler;

/// <summary>
/// The licence a dataset inherits from the corpus it was made from, as the dataset card states it.
/// </summary>
/// <param name="Id">The Hugging Face licence identifier ("gfdl", "cc-by-sa-3.0", or "other").</param>
/// <param name="Statement">What the card says of the source text and its licence.</param>
public sealed record CorpusLicence(string Id, string Statement)
{
    /// <summary>
    /// The licence of a corpus by its file name: the two shipped corpora are known; any other corpus is "other", and
    /// the card asks whoever publishes the dataset to state the corpus's licence.
    /// </summary>
    public static CorpusLicence For(string? corpusFile) => corpusFile switch
    {
        "wikispeedia.jsonl.gz" => new("gfdl",
            "The questions, claims and evidence sentences are derived from `wikispeedia.jsonl.gz`: English Wikipedia articles of the 2007 " +
            "Wikipedia for Schools selection, © Wikipedia contributors, released under the GNU Free Documentation License 1.2, with the link " +
            "graph of the Wikispeedia dataset (West and Leskovec, WWW 2012; West, Pineau and Precup, IJCAI 2009). This dataset is shared " +
            "under the same licence; credit Wikipedia contributors and cite both papers when you use it."),
        "pages.jsonl.gz" or "sample-dump.xml.bz2" => new("cc-by-sa-3.0",
            $"The questions, claims and evidence sentences are derived from `{corpusFile}`: English Wikipedia articles, © Wikipedia contributors, " +
            "licensed under CC BY-SA 3.0 (these revisions date from 2016 to 2019). This dataset is shared under the same licence; credit " +
            "Wikipedia contributors when you use it."),
        _ => new("other",
            $"The questions, claims and evidence sentences are derived from the corpus {(corpusFile is null ? "the run was made from" : $"`{corpusFile}`")}, " +
            "and the dataset carries that corpus's licence: state it here, and credit its authors, before you publish the dataset."),
    };
}
