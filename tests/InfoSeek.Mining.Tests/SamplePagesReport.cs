using InfoSeek.Contracts;
using InfoSeek.Domain.Mining;
using Xunit.Abstractions;

namespace InfoSeek.Mining.Tests;

/// <summary>
/// Prints ten pages drawn with a fixed seed from the 200 of <see cref="MinerCoverageTests"/>, with their type descriptor
/// and candidates (in-corpus relations first, then other relations, then attributes), for the issue note.
/// </summary>
[Collection(SampleIndexCollection.Name)]
public sealed class SamplePagesReport(SampleIndexFixture sample, ITestOutputHelper output)
{
    private const int ShownPerPage = 8;

    [Fact]
    public void Ten_of_the_200_sampled_pages_with_their_candidates()
    {
        var pages = MinerCoverageTests.SampleOrdinals(sample.Index.PageCount, MinerCoverageTests.SampleSize, MinerCoverageTests.Seed);
        var chosen = MinerCoverageTests.SampleOrdinals(pages.Count, 10, seed: 7).Select(i => pages[i]).ToList();
        foreach (var ordinal in chosen)
        {
            var browsed = ClaimMiner.Mine(sample.Index.GetPage(ordinal), sample.Resolve);
            var relations = browsed.Claims.Count(c => c.Kind == ClaimKind.Relation);
            output.WriteLine($"### {browsed.Title} ({browsed.TypeDescriptor ?? "no type"}): {browsed.Claims.Count} candidates, {relations} relations ({browsed.Claims.Count(c => c.TargetInCorpus)} in corpus), {browsed.Claims.Count - relations} attributes");
            foreach (var c in browsed.Claims.OrderBy(c => c.Kind == ClaimKind.Relation ? (c.TargetInCorpus ? 0 : 1) : 2).Take(ShownPerPage))
            {
                output.WriteLine($"- [{c.Kind}] {c.Text}" + (c.Target is null ? "" : $" -> {c.Target} ({(c.TargetInCorpus ? "in corpus" : "not in corpus")})"));
            }
        }

        Assert.Equal(10, chosen.Distinct().Count());
        Assert.All(chosen, o => Assert.Contains(o, pages));
    }
}
