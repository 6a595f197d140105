using System.Text.RegularExpressions;
using InfoSeek.Corpus;
using InfoSeek.Domain.Mining;
using InfoSeek.Domain;
using Xunit.Abstractions;

namespace InfoSeek.Mining.Tests;

/// <summary>
/// Where the in-corpus links of the 200 sampled pages sit: how many pages have any, in which part of the page, and
/// whether in a sentence about the page's entity. It bounds the share of pages with an in-corpus relation claim.
/// </summary>
[Collection(SampleIndexCollection.Name)]
public sealed class InCorpusLinkSurvey(SampleIndexFixture sample, ITestOutputHelper output)
{
    [Fact]
    public void In_corpus_links_of_200_sampled_pages_by_position_and_subject()
    {
        int withOutLinks = 0, withInlineLinks = 0, inFront = 0, laterOnly = 0, subjectAtStart = 0, minedSentence = 0, mentioned = 0, claimed = 0, links = 0;
        foreach (var ordinal in MinerCoverageTests.SampleOrdinals(sample.Index.PageCount, MinerCoverageTests.SampleSize, MinerCoverageTests.Seed))
        {
            var page = sample.Index.GetPage(ordinal);
            var spans = SentenceSplitter.Split(page.Text);
            withOutLinks += sample.Index.OutLinksInCorpus(ordinal).Count > 0 ? 1 : 0;
            var inCorpus = page.Links.Where(l => sample.Resolve(l.Target) is { } t && t != page.Title).ToList();
            links += inCorpus.Count;
            withInlineLinks += inCorpus.Count > 0 ? 1 : 0;
            var front = spans.Count > 10 ? spans[9].Start + spans[9].Length : page.Text.Length;
            inFront += inCorpus.Any(l => l.Start < front) ? 1 : 0;
            laterOnly += inCorpus.Count > 0 && inCorpus.All(l => l.Start >= front) ? 1 : 0;

            var claims = ClaimMiner.Mine(page, sample.Resolve).Claims;
            claimed += claims.Any(c => c.TargetInCorpus) ? 1 : 0;
            var mined = claims.Select(c => c.Evidence.Start).ToHashSet();
            var name = Titles.WithoutDisambiguation(page.Title);
            var mention = new Regex($@"\b(?:{Regex.Escape(name)}|{Regex.Escape(name.Split(' ')[^1])}|he|she|it|they|his|her|its|their)\b", RegexOptions.IgnoreCase);
            var sentencesOfLinks = inCorpus
                .Select(l => (Link: l, Span: spans.First(s => s.Start <= l.Start && l.Start < s.Start + s.Length)))
                .Select(x => (x.Link, x.Span, Text: page.Text.Substring(x.Span.Start, x.Span.Length)))
                .ToList();
            subjectAtStart += sentencesOfLinks.Any(x => SubjectFinder.SubjectLength(x.Text, page.Title) is > 0 and var n && x.Link.Start >= x.Span.Start + n) ? 1 : 0;
            minedSentence += sentencesOfLinks.Any(x => mined.Contains(x.Span.Start)) ? 1 : 0;
            mentioned += sentencesOfLinks.Any(x => mention.IsMatch(x.Text)) ? 1 : 0;
        }

        output.WriteLine($"pages: {MinerCoverageTests.SampleSize}; in-corpus inline links: {links}");
        output.WriteLine($"  with in-corpus out-links (index): {withOutLinks}; with in-corpus inline links: {withInlineLinks}");
        output.WriteLine($"  with one in the first 10 sentences: {inFront}; only later: {laterOnly}");
        output.WriteLine($"  with one in a sentence that names the entity or uses a pronoun anywhere: {mentioned}");
        output.WriteLine($"  with one after a subject that is the entity (title, short form, any pronoun) at the sentence start: {subjectAtStart}");
        output.WriteLine($"  with one in a sentence the miner takes a claim from: {minedSentence}");
        output.WriteLine($"  with an in-corpus relation claim: {claimed}");
        Assert.True(withInlineLinks <= withOutLinks);
        Assert.True(claimed <= minedSentence && minedSentence <= withInlineLinks && subjectAtStart <= mentioned);
    }
}
