using System.Diagnostics;
using Xunit.Abstractions;

namespace InfoSeek.Corpus.Tests;

/// <summary>Facts about the real 4,012-page sample (counts from ../shared/corpus/SOURCE.md).</summary>
public sealed class SampleIndexTests(ITestOutputHelper output)
{
    private static CorpusIndex Index => SampleCorpus.Index;

    [Fact]
    public void The_sample_index_holds_all_4012_pages_in_corpus_order()
    {
        Assert.Equal(4012, Index.PageCount);
        Assert.Equal(4012, Index.BuildReport.Pages);
        Assert.Equal("Autism", Index.GetPage(0).Title);
        Assert.Equal(0, Index.GetPage(0).Ordinal);
        Assert.Equal(Index.PageCount - 1, Index.GetPage(Index.PageCount - 1).Ordinal);
        output.WriteLine($"index: {SampleCorpus.IndexDir}, obtained in {SampleCorpus.IndexElapsed}, built in {Index.BuildReport.Elapsed}, {DirectorySize(SampleCorpus.IndexDir) / 1e6:F1} MB");
    }

    [Fact]
    public void The_build_report_counts_links_as_SOURCE_md_does()
    {
        var report = Index.BuildReport;
        Assert.Equal(607_783, report.Links);
        Assert.Equal(300, report.EmptyLinkTargets);
        Assert.Equal(0, report.Rejected);
        Assert.Equal(0, report.Redirects);
        Assert.Equal(44_205_541, report.Bytes);

        // Link occurrences whose target is another page of the sample; self-links are not counted,
        // exactly as in SOURCE.md.
        Assert.Equal(13_470, report.InCorpusLinks);
    }

    [Fact]
    public void Every_page_of_the_sample_keeps_its_links_except_the_300_empty_ones()
    {
        long links = 0;
        for (var i = 0; i < Index.PageCount; i++)
        {
            links += Index.GetPage(i).Links.Count;
        }

        Assert.Equal(607_783 - 300, links);
    }

    [Fact]
    public void Every_link_anchor_equals_the_text_at_its_offsets_on_every_page()
    {
        for (var i = 0; i < Index.PageCount; i++)
        {
            var page = Index.GetPage(i);
            foreach (var link in page.Links)
            {
                Assert.True(
                    link.Start >= 0 && link.Start + link.Length <= page.Text.Length && link.Anchor == page.Text.Substring(link.Start, link.Length),
                    $"{page.Title}: link to {link.Target} at {link.Start}+{link.Length} does not match its anchor \"{link.Anchor}\"");
                Assert.False(link.Anchor.Contains("<a ", StringComparison.Ordinal), $"{page.Title}: anchor \"{link.Anchor}\" still holds markup");
            }

            Assert.DoesNotContain("<a href=", page.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("</a>", page.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Page_text_has_link_markup_and_entities_removed_but_keeps_anchors_inline()
    {
        var autism = Index.FindPage("Autism")!;
        Assert.StartsWith("Autism is a developmental disorder characterized by difficulties with social interaction", autism.Text, StringComparison.Ordinal);
        var first = autism.Links[0];
        Assert.Equal(new PageLink("Developmental disorder", "developmental disorder", 12, 22), first);

        var texas = Index.FindPage("Texas A&M University");
        Assert.NotNull(texas);
        Assert.Equal("Texas A&M University", texas.Title);
        Assert.Empty(texas.Facts);
    }

    [Fact]
    public void FindPage_normalises_the_title_like_a_link_target()
    {
        var apollo = Index.FindPage("apollo_11");
        Assert.NotNull(apollo);
        Assert.Equal("Apollo 11", apollo.Title);
        Assert.Equal(apollo.Ordinal, Index.FindPage("Apollo%2011#Launch")!.Ordinal);
        Assert.Equal("Apollo 11", Index.Resolve("  apollo   11 "));
        Assert.Equal("Neil Armstrong", Index.Resolve("neil armstrong"));
        Assert.Null(Index.FindPage("No such page in the sample"));
        Assert.Null(Index.Resolve("#History"));
    }

    [Fact]
    public void Apollo_11_links_to_Armstrong_Aldrin_and_Shepard_inside_the_sample()
    {
        var apollo = Index.FindPage("Apollo 11")!;
        var outLinks = Index.OutLinksInCorpus(apollo.Ordinal).Select(Index.GetTitle).ToList();
        Assert.Contains("Neil Armstrong", outLinks);
        Assert.Contains("Buzz Aldrin", outLinks);
        Assert.Contains("Alan Shepard", outLinks);
        Assert.Equal(outLinks.Count, outLinks.Distinct().Count());
        Assert.DoesNotContain("Apollo 11", outLinks);

        // Out-links come in the order their first link appears in the text.
        var firstSeen = outLinks.Select(t => apollo.Links.First(l => Index.Resolve(l.Target) == t).Start).ToList();
        Assert.Equal(firstSeen.Order().ToList(), firstSeen);

        var armstrong = Index.FindOrdinal("Neil Armstrong")!.Value;
        Assert.Contains(apollo.Ordinal, Index.InLinks(armstrong));
    }

    [Fact]
    public void In_links_mirror_out_links_and_the_hubs_match_SOURCE_md()
    {
        long outTotal = 0, inTotal = 0;
        for (var p = 0; p < Index.PageCount; p++)
        {
            foreach (var target in Index.OutLinksInCorpus(p))
            {
                Assert.Contains(p, Index.InLinks(target));
            }

            var inLinks = Index.InLinks(p);
            Assert.Equal(inLinks.Count, Index.InLinkCount(p));
            Assert.Equal(inLinks.Order().Distinct().ToList(), inLinks);
            outTotal += Index.OutLinksInCorpus(p).Count;
            inTotal += inLinks.Count;
        }

        Assert.Equal(outTotal, inTotal);
        Assert.Equal(84, Index.InLinkCount(Index.FindOrdinal("William Shakespeare")!.Value));
        Assert.Equal(77, Index.InLinkCount(Index.FindOrdinal("Queen Victoria")!.Value));
        var withInLinks = Enumerable.Range(0, Index.PageCount).Count(p => Index.InLinkCount(p) > 0);
        Assert.Equal(2341, withInLinks);
    }

    [Fact]
    public void Search_ranks_Apollo_11_in_the_top_3_for_first_crewed_Moon_landing()
    {
        var hits = Index.Search("first crewed Moon landing", 10);
        output.WriteLine(string.Join("\n", hits.Select(h => $"{h.Score:F3} {h.Title}")));
        Assert.Contains("Apollo 11", hits.Take(3).Select(h => h.Title));
        Assert.Equal(hits.OrderByDescending(h => h.Score).ThenBy(h => h.Ordinal).ToList(), hits);
    }

    [Theory]
    [InlineData("Seattle")]
    [InlineData("Queen Victoria")]
    [InlineData("William Shakespeare")]
    [InlineData("hydrogen")]
    [InlineData("flight feather")]
    public void Search_for_a_page_title_ranks_that_page_first(string title)
    {
        Assert.Equal(Index.Resolve(title), Index.Search(title, 3)[0].Title);
    }

    [Theory]
    [InlineData("\"unbalanced quote")]
    [InlineData("AND")]
    [InlineData("OR NOT AND")]
    [InlineData("title:Apollo* AND (moon")]
    [InlineData("*")]
    [InlineData("?~^2 [a TO z} \\ / !")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("the of and")]
    public void Search_never_throws_on_query_syntax_or_stop_words(string query)
    {
        var hits = Index.Search(query, 5);
        Assert.True(hits.Count <= 5);
    }

    [Fact]
    public void Search_treats_operators_and_field_syntax_as_plain_words()
    {
        var plain = Index.Search("apollo moon", 5);
        var noisy = Index.Search("AND apollo: (moon*", 5);
        Assert.Equal(plain.Select(h => h.Ordinal), noisy.Select(h => h.Ordinal));
        Assert.Empty(Index.Search("apollo", 0));
    }

    [Fact]
    public void Terms_are_the_analysed_words_and_PagesContainingAll_requires_every_one()
    {
        Assert.Equal(["first", "crew", "moon", "land", "moon"], Index.Terms("The first crewed Moon landing on the Moon"));

        var pages = Index.PagesContainingAll(Index.Terms("Armstrong Aldrin Collins lunar"));
        Assert.Contains(Index.FindOrdinal("Apollo 11")!.Value, pages);
        Assert.Equal(pages.Order().Distinct(), pages);
        Assert.All(pages, p => Assert.Contains("Aldrin", Index.GetPage(p).Text, StringComparison.Ordinal));
        Assert.Empty(Index.PagesContainingAll(["zzzznotaword"]));
        Assert.Equal(Index.PageCount, Index.PagesContainingAll([]).Count);
    }

    [Fact]
    public void Search_is_deterministic_and_safe_from_many_threads()
    {
        string[] queries = ["first crewed Moon landing", "Shakespeare sonnets", "hurricane Atlantic season", "Roman emperor", "bird feathers flight"];
        var expected = queries.ToDictionary(q => q, q => Index.Search(q, 10).Select(h => (h.Ordinal, h.Score)).ToList());
        Parallel.For(0, 400, i =>
        {
            var q = queries[i % queries.Length];
            Assert.Equal(expected[q], Index.Search(q, 10).Select(h => (h.Ordinal, h.Score)).ToList());
            var page = Index.GetPage((i * 37) % Index.PageCount);
            Assert.Equal((i * 37) % Index.PageCount, page.Ordinal);
        });
    }

    [Fact]
    public void Short_queries_take_well_under_a_millisecond_at_the_median()
    {
        string[] queries = ["Apollo 11", "Moon landing", "Queen Victoria", "hydrogen", "Seattle", "flight feather", "Douglas MacArthur", "Madagascar lemurs"];
        foreach (var q in queries)
        {
            Index.Search(q, 10);
        }

        var samples = new List<double>();
        for (var round = 0; round < 50; round++)
        {
            foreach (var q in queries)
            {
                var clock = Stopwatch.StartNew();
                Index.Search(q, 10);
                samples.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        samples.Sort();
        var p50 = samples[samples.Count / 2];
        var p95 = samples[(int)(samples.Count * 0.95)];
        output.WriteLine($"search latency p50 {p50:F3} ms, p95 {p95:F3} ms over {samples.Count} queries");
        Assert.True(p50 < 1.0, $"p50 {p50:F3} ms");
    }

    [Fact]
    public void Opening_the_built_index_again_is_fast_and_gives_the_same_pages()
    {
        var clock = Stopwatch.StartNew();
        using var again = CorpusIndex.Open(SampleCorpus.IndexDir);
        var opened = clock.Elapsed;
        output.WriteLine($"open: {opened.TotalMilliseconds:F0} ms");
        Assert.Equal(Index.PageCount, again.PageCount);
        Assert.Equal(Index.GetPage(1234), again.GetPage(1234) with { Links = Index.GetPage(1234).Links, Facts = Index.GetPage(1234).Facts });
        Assert.Equal(Index.GetPage(1234).Links, again.GetPage(1234).Links);
        Assert.True(opened < TimeSpan.FromSeconds(2), $"open took {opened}");
    }

    private static long DirectorySize(string dir) =>
        new DirectoryInfo(dir).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
