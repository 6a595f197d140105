using InfoSeek.Contracts;

namespace InfoSeek.Blurring.Tests;

/// <summary>The Blurring service's adapter over the corpus API gives the Blurrer the matcher's own sets.</summary>
public sealed class CorpusCandidateSetsTests(SampleCorpusBlurring sample) : IClassFixture<SampleCorpusBlurring>
{
    [Fact]
    public async Task The_sets_through_the_corpus_api_are_the_matchers_sets_in_request_order()
    {
        foreach (var root in sample.Roots.Take(3))
        {
            var browsed = Assert.IsType<PageBrowsed>(sample.Browsing.Browse(new BrowsePage(Guid.Empty, Guid.Empty, 1, 0, root, 0, 0)));
            List<ClaimCandidate> claims = [.. browsed.Claims, .. browsed.Claims.Select(c => c with { Target = null, TargetInCorpus = false })];

            var direct = await sample.CandidateSets.OfAsync(root, claims, CancellationToken.None);
            var overApi = await sample.CorpusApiSets.OfAsync(root, claims, CancellationToken.None);

            Assert.NotEmpty(claims);
            Assert.Equal(
                direct.Select(s => (s.Count, string.Join('|', s.Members), s.ContainsSubject, s.Exact)),
                overApi.Select(s => (s.Count, string.Join('|', s.Members), s.ContainsSubject, s.Exact)));
        }
    }
}
