using InfoSeek.Corpus;
using InfoSeek.Domain;
using InfoSeek.Domain.Claims;
using InfoSeek.Domain.Mining;
using InfoSeek.TestSupport;

namespace InfoSeek.Blurring.Tests;

/// <summary>
/// <see cref="PageSentences"/> on the sample corpus against the plain reading it replaces: each sentence cut out
/// and analysed alone, its terms as a set, its links found by position.
/// </summary>
public sealed class PageSentencesTests : IDisposable
{
    private const int Pages = 300;

    private readonly CorpusIndex index = CorpusIndex.Open(Repository.SampleIndex);
    private readonly TermIds ids = new();

    public void Dispose() => index.Dispose();

    private sealed record Sentence(HashSet<int> Terms, HashSet<int> LinkedPages, bool HasLink);

    private List<Sentence> ReadOneByOne(CorpusPage page) =>
        SentenceSplitter.Split(page.Text).Select(s =>
        {
            var links = page.Links.Where(l => l.IsPlaced && l.Start >= s.Start && l.Start < s.Start + s.Length).ToList();
            var linked = links.Select(l => index.FindOrdinal(l.Target)).OfType<int>().ToHashSet();
            return new Sentence(ids.Of(index.Terms(page.Text.Substring(s.Start, s.Length))).ToHashSet(), linked, links.Count > 0);
        }).ToList();

    private IEnumerable<CorpusPage> SamplePages() =>
        Enumerable.Range(0, Math.Min(Pages, index.PageCount)).Select(index.GetPage);

    [Fact]
    public void Each_term_is_held_by_the_sentences_that_hold_it_when_analysed_alone()
    {
        foreach (var page in SamplePages())
        {
            var expected = ReadOneByOne(page);
            var sentences = PageSentences.Read(index, page, ids);
            Assert.Equal(expected.Count, sentences.Count);
            // Each term's sentences in order, gathered in one pass (asking every sentence for every term is quadratic).
            var holding = new Dictionary<int, List<int>>();
            for (var s = 0; s < expected.Count; s++)
            {
                foreach (var term in expected[s].Terms)
                {
                    if (!holding.TryGetValue(term, out var list))
                    {
                        holding[term] = list = [];
                    }

                    list.Add(s);
                }
            }

            foreach (var (term, expectedSentences) in holding)
            {
                Assert.Equal(expectedSentences, sentences.Holding([term]));
            }

            for (var s = 0; s < expected.Count; s++)
            {
                Assert.Equal(expected[s].HasLink, sentences.HasLink(s));
                Assert.Equal(expected[s].LinkedPages.Order(), sentences.LinkedPages(s).Order());
            }
        }
    }

    [Fact]
    public void The_sentences_holding_a_claims_words_are_those_holding_each_of_them()
    {
        var claims = 0;
        foreach (var page in SamplePages())
        {
            var expected = ReadOneByOne(page);
            var sentences = PageSentences.Read(index, page, ids);
            foreach (var claim in ClaimMiner.Mine(page, index.Resolve).Claims)
            {
                var terms = ids.Of(index.Terms(ClaimText.PlaceholderWithPossessive().Replace(claim.Text, " ")).Distinct());
                Assert.Equal(
                    Enumerable.Range(0, expected.Count).Where(s => terms.All(expected[s].Terms.Contains)),
                    sentences.Holding(terms));
                claims++;
            }

            Assert.Equal(Enumerable.Range(0, expected.Count), sentences.Holding([]));
        }

        Assert.True(claims > 100, $"only {claims} claims mined");
    }
}
