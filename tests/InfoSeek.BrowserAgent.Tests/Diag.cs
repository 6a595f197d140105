using InfoSeek.Corpus;
using Xunit.Abstractions;
using Agent = InfoSeek.Browser.Agent.BrowserAgent;
namespace InfoSeek.BrowserAgent.Tests;
[Collection(SampleIndexCollection.Name)]
public sealed class Diag(SampleIndexFixture sample, ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var ords = MinerCoverageTests.SampleOrdinals(sample.Index.PageCount, 200, 42);
        var withIn = 0;
        foreach (var o in ords)
        {
            var p = sample.Index.GetPage(o);
            var b = Agent.Browse(p, sample.Resolve);
            var inLinks = p.Links.Where(l => sample.Resolve(l.Target) is { } r && r != p.Title && !Agent.IsWeakTarget(r)).ToList();
            if (inLinks.Count > 0) withIn++;
            if (b.Claims.Any(c => c.Kind == InfoSeek.Contracts.ClaimKind.Relation && c.TargetInCorpus)) continue;
            var spans = SentenceSplitter.Split(p.Text);
            foreach (var l in inLinks.Take(3))
            {
                var s = spans.First(s => s.Start <= l.Start && l.Start < s.Start + s.Length);
                output.WriteLine($"[{p.Title}] -> {l.Anchor}: {p.Text.Substring(s.Start, s.Length)}");
            }
        }
        output.WriteLine($"pages with an in-corpus strong link: {withIn}");
    }
}
