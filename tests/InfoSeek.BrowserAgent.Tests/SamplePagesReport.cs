using Xunit.Abstractions;
using Agent = InfoSeek.Browser.Agent.BrowserAgent;

namespace InfoSeek.BrowserAgent.Tests;

/// <summary>Prints ten pages chosen with a fixed seed, with their type descriptor and first claims, for the issue note.</summary>
[Collection(SampleIndexCollection.Name)]
public sealed class SamplePagesReport(SampleIndexFixture sample, ITestOutputHelper output)
{
    [Fact]
    public void Ten_sampled_pages_with_their_claims()
    {
        var ordinals = MinerCoverageTests.SampleOrdinals(sample.Index.PageCount, 10, seed: 7);
        foreach (var ordinal in ordinals)
        {
            var browsed = Agent.Browse(sample.Index.GetPage(ordinal), sample.Resolve);
            output.WriteLine($"### {browsed.Title} ({browsed.TypeDescriptor ?? "no type"}), {browsed.Claims.Count} claims");
            foreach (var c in browsed.Claims.Take(6))
            {
                output.WriteLine($"- [{c.Kind}] {c.Text}" + (c.Target is null ? "" : $" -> {c.Target} ({(c.TargetInCorpus ? "in corpus" : "not in corpus")})"));
            }
        }

        Assert.Equal(10, ordinals.Count);
    }
}
