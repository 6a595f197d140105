using InfoSeek.Corpus;
using Xunit.Abstractions;
using Agent = InfoSeek.Browser.Agent.BrowserAgent;

namespace InfoSeek.BrowserAgent.Tests;

/// <summary>
/// Where the in-corpus links of the 200 sampled pages sit: how many pages have any, in which part of the
/// page, and whether in a sentence whose subject is the page's entity. It bounds the in-corpus relation share.
/// </summary>
[Collection(SampleIndexCollection.Name)]
public sealed class InCorpusLinkSurvey(SampleIndexFixture sample, ITestOutputHelper output)
{
    [Fact]
    public void In_corpus_links_of_200_sampled_pages_by_position_and_subject()
    {
        int withOutLinks = 0, withInlineLinks = 0, inFront = 0, inSubjectSentence = 0, sentences = 0;
        foreach (var ordinal in MinerCoverageTests.SampleOrdinals(sample.Index.PageCount, MinerCoverageTests.SampleSize, MinerCoverageTests.Seed))
        {
            var page = sample.Index.GetPage(ordinal);
            var spans = SentenceSplitter.Split(page.Text);
            sentences += spans.Count;
            withOutLinks += sample.Index.OutLinksInCorpus(ordinal).Count > 0 ? 1 : 0;
            var inCorpus = page.Links.Where(l => sample.Resolve(l.Target) is { } t && t != page.Title).ToList();
            withInlineLinks += inCorpus.Count > 0 ? 1 : 0;
            var front = spans.Count > 10 ? spans[9].Start + spans[9].Length : page.Text.Length;
            inFront += inCorpus.Any(l => l.Start < front) ? 1 : 0;
            var about = inCorpus.Where(l => spans.FirstOrDefault(s => s.Start <= l.Start && l.Start < s.Start + s.Length) is { } s
                && Agent.SubjectLength(page.Text.Substring(s.Start, s.Length), page.Title) is > 0 and var n && l.Start >= s.Start + n).ToList();
            inSubjectSentence += about.Count > 0 ? 1 : 0;
            if (Environment.GetEnvironmentVariable("INFOSEEK_SURVEY_DUMP") is { } dump)
            {
                var claims = Agent.Browse(page, sample.Resolve).Claims;
                File.AppendAllLines(dump + ".claims", claims.Select(c => $"{page.Title}\t{c.Kind}\t{c.Text}\t{c.Target}\t{c.TargetInCorpus}\t{c.Evidence.Sentence}"));
                foreach (var l in inCorpus)
                {
                    var s = spans.First(s => s.Start <= l.Start && l.Start < s.Start + s.Length);
                    File.AppendAllText(dump, $"{page.Title}\t{l.Anchor}\t{about.Contains(l)}\t{claims.Any(c => c.TargetInCorpus && c.Evidence.Start == s.Start && c.Target == sample.Resolve(l.Target))}\t{page.Text.Substring(s.Start, s.Length)}\n");
                }
            }
        }

        output.WriteLine($"pages: {MinerCoverageTests.SampleSize}; sentences: {sentences}; with in-corpus out-links (index): {withOutLinks}; with in-corpus inline links: {withInlineLinks}; in the first 10 sentences: {inFront}; in a sentence about the entity: {inSubjectSentence}");
        Assert.True(withInlineLinks <= withOutLinks);
        Assert.True(inSubjectSentence <= withInlineLinks);
    }
}
