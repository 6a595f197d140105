using InfoSeek.Browser;
using InfoSeek.Browser.Consumers;
using InfoSeek.Contracts;
using InfoSeek.CorpusApi;
using InfoSeek.Hosting;
using InfoSeek.TestSupport;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace InfoSeek.Browser.Tests;

/// <summary>
/// The Browser's endpoints hosted in-process and called through the Refit client that Blurring and
/// Sampler use, compared with the in-process corpus API: both ways must give the same answers. The
/// Browser serves two corpora: the sample pages (the default) and the real MediaWiki dump as "dump".
/// </summary>
public sealed class CorpusApiOverHttpTests : IAsyncLifetime
{
    private readonly TempDirectory contentRoot = new();
    private WebApplicationFactory<InfoSeek.Browser.Host.Program> host = null!;
    private ICorpusApi http = null!;
    private ICorpusApi local = null!;

    public Task InitializeAsync()
    {
        // The Browser host's own Program, with a content root of no settings files: these settings only.
        host = new WebApplicationFactory<InfoSeek.Browser.Host.Program>().WithWebHostBuilder(builder =>
        {
            builder.UseContentRoot(contentRoot.Path);
            builder.UseSetting("Bus:Transport", nameof(BusTransport.InMemory));
            builder.UseSetting("Browser:IndexDirectory", Repository.SampleIndex);
            builder.UseSetting("Browser:IndexCacheDirectory", Repository.IndexCache);
            builder.UseSetting("Browser:Corpora:dump:CorpusPath", Repository.SampleDump);
            builder.ConfigureServices(services => services.AddSingleton<ICorpusApi, LocalCorpusApi>());
        });
        http = RestService.For<ICorpusApi>(host.CreateClient());
        local = host.Services.GetRequiredService<ICorpusApi>();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        contentRoot.Dispose();
    }

    [Fact]
    public async Task Candidate_sets_over_http_equal_the_in_process_answer()
    {
        var evidence = new Evidence("Apollo 11", "Apollo 11 was commanded by Neil Armstrong.", 0, 10);
        var request = new CandidateSetsRequest("Apollo 11",
        [
            new ClaimCandidate("A was commanded by B", ClaimKind.Relation, "Neil Armstrong", true, evidence),
            new ClaimCandidate("A was commanded by B", ClaimKind.Relation, null, false, evidence),
            new ClaimCandidate("A landed on the Moon", ClaimKind.Attribute, null, false, evidence),
        ]);

        var overHttp = await http.CandidateSetsAsync(request, CancellationToken.None);
        var inProcess = await local.CandidateSetsAsync(request, CancellationToken.None);

        Assert.Equal(3, overHttp.Sets.Count);
        Assert.Equal(inProcess.Sets.Select(s => (s.Count, string.Join("|", s.Members))), overHttp.Sets.Select(s => (s.Count, string.Join("|", s.Members))));
        Assert.Contains("Apollo 11", overHttp.Sets[0].Members);
        Assert.True(overHttp.Sets[1].Count >= overHttp.Sets[0].Count, "an unknown target admits at least the pages of a known one");
    }

    [Fact]
    public async Task Pages_are_served_with_redirects_resolved_and_missing_pages_are_404()
    {
        var found = await http.GetPageAsync("apollo_11", null, CancellationToken.None);
        Assert.True(found.IsSuccessStatusCode);
        Assert.Equal("Apollo 11", found.Content!.Title);
        Assert.Contains(found.Content.Links, l => l.Target == "Neil Armstrong" && l.CorpusTitle == "Neil Armstrong");

        var missing = await http.GetPageAsync("No such page at all", null, CancellationToken.None);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Search_answers_and_bad_parameters_are_400_naming_the_parameter()
    {
        var result = await http.SearchAsync("first crewed Moon landing", 3, null, null, CancellationToken.None);
        Assert.Contains(result.Hits, h => h.Title == "Apollo 11");

        var bad = await host.CreateClient().GetAsync(new Uri("/search?q=moon&k=0", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("'k' must be between", await bad.Content.ReadAsStringAsync());

        var plain = await http.SearchAsync("first crewed Moon landing", 3, null, "plain", CancellationToken.None);
        Assert.Contains(plain.Hits, h => h.Title == "Apollo 11");
        var unknown = await host.CreateClient().GetAsync(new Uri("/search?q=moon&ranking=fuzzy", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("'ranking' must be 'stemmed' or 'plain' (was 'fuzzy')", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Root_pages_of_one_seed_differ_by_tree_and_do_not_depend_on_the_order_of_the_requests()
    {
        var browsing = host.Services.GetRequiredService<CorpusCatalog>().Browsing(null);
        string Root(int number, int seed = 7) =>
            Assert.IsType<PageBrowsed>(browsing.Browse(new BrowsePage(Guid.Empty, Guid.Empty, 1, 0, null, seed, 2, number))).Title;

        var backwards = Enumerable.Range(1, 6).Reverse().Select(n => Root(n)).Reverse().ToList();
        var forwards = Enumerable.Range(1, 6).Select(n => Root(n)).ToList();

        Assert.Equal(forwards, backwards);
        Assert.Equal(6, forwards.Distinct().Count());
        Assert.NotEqual(forwards, Enumerable.Range(1, 6).Select(n => Root(n, seed: 8)).ToList());
    }

    [Fact]
    public void A_claim_another_back_end_proposes_is_kept_only_with_evidence_the_miner_reads_as_about_the_entity()
    {
        var catalog = host.Services.GetRequiredService<CorpusCatalog>();
        var text = catalog.Queries(null).GetPage("Stanley Bruce")!.Text;
        ClaimCandidate Proposed(string claim, string sentence) =>
            new(claim, ClaimKind.Attribute, null, false, new Evidence("Stanley Bruce", sentence, text.IndexOf(sentence, StringComparison.Ordinal), sentence.Length));

        // Named subject: about Bruce. "His ashes": the sentence before names St Martin-in-the-Fields and the Royal
        // Family, so "His" could mean another; the miner's subject rules do not read it as Bruce, nor may a model.
        var named = Proposed("A remained active and in good health right through his retirement",
            "Bruce remained active and in good health right through his retirement despite the gradual onset of deafness, but the death of his wife Ethel in March 1967 took a deep toll on him.");
        var pronoun = Proposed("A's ashes were scattered over Lake Burley Griffin", "His ashes were scattered over Lake Burley Griffin in Canberra.");
        Assert.All([named, pronoun], c => Assert.True(c.Evidence.Start >= 0, c.Evidence.Sentence));

        Assert.Equal([named], catalog.Browsing(null).AboutEntity("Stanley Bruce", [named, pronoun]));
        Assert.Empty(catalog.Browsing(null).AboutEntity("No such page", [named]));
    }

    [Fact]
    public void A_root_asked_for_three_vertices_has_a_type_and_a_tree_of_three_can_grow_from_it()
    {
        var browsing = host.Services.GetRequiredService<CorpusCatalog>().Browsing(null);
        PageBrowsed Page(string title) => Assert.IsType<PageBrowsed>(browsing.Browse(new BrowsePage(Guid.Empty, Guid.Empty, 1, 1, title, 0, 0)));
        List<string> Typed(PageBrowsed page, string except) => page.Claims.Where(c => c.CanGrowTree() && c.Target != except)
            .Select(c => c.Target!).Distinct().Where(t => Page(t).TypeDescriptor is not null).ToList();

        foreach (var number in Enumerable.Range(1, 4))
        {
            var root = Assert.IsType<PageBrowsed>(browsing.Browse(
                new BrowsePage(Guid.Empty, Guid.Empty, 1, 0, null, 7, 1, number, MinVertices: 3, MaxDepth: 3, MaxBreadth: 3)));

            Assert.NotNull(root.TypeDescriptor);
            // Two typed children, or a typed child with a typed page of its own to link to.
            var children = Typed(root, root.Title);
            Assert.True(children.Count >= 2 || children.Any(c => Typed(Page(c), root.Title).Count > 0), root.Title);
        }
    }

    [Fact]
    public void A_root_page_counts_for_each_relation_into_the_corpus_the_pages_it_fits_with_its_target_unknown_up_to_what_growth_needs()
    {
        var queries = host.Services.GetRequiredService<CorpusCatalog>().Queries(null);
        var browsing = host.Services.GetRequiredService<CorpusCatalog>().Browsing(null);

        // Root pages: each has relations to at least two pages of the corpus.
        var roots = Enumerable.Range(1, 3)
            .Select(n => Assert.IsType<PageBrowsed>(browsing.Browse(new BrowsePage(Guid.Empty, Guid.Empty, 1, 0, null, 7, 2, n))))
            .ToList();

        Assert.Contains(roots.SelectMany(r => r.Claims), c => c.CluePages is not null);
        foreach (var root in roots)
        {
            Assert.All(root.Claims.Where(c => c.Kind != ClaimKind.Relation || !c.TargetInCorpus), c => Assert.Null(c.CluePages));
            foreach (var claim in root.Claims.Where(c => c.Kind == ClaimKind.Relation && c.TargetInCorpus))
            {
                var unknownTarget = queries.CandidateSets(new CandidateSetsRequest(root.Title, [claim with { Target = null, TargetInCorpus = false, CluePages = null }], 10)).Sets[0];
                Assert.True(unknownTarget.ContainsSubject || !unknownTarget.Exact, claim.Text);
                Assert.Equal(unknownTarget.Exact ? Math.Min(unknownTarget.Count, ClaimCandidateExtensions.MinCluePages) : null, claim.CluePages);
            }
        }
    }

    [Fact]
    public async Task A_second_corpus_is_asked_by_name_and_an_unknown_corpus_is_400_naming_it()
    {
        var corpora = await http.CorporaAsync(CancellationToken.None);
        Assert.Equal("default", corpora.Default);
        Assert.Equal(["default", "dump"], corpora.Names);

        // Anarchism is a page of the dump, not of the sample pages.
        var inDump = await http.GetPageAsync("Anarchism", "dump", CancellationToken.None);
        Assert.True(inDump.IsSuccessStatusCode);
        Assert.Equal("Anarchism", inDump.Content!.Title);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.GetPageAsync("Anarchism", null, CancellationToken.None)).StatusCode);
        Assert.Equal("Anarchism", (await http.SearchAsync("anarchism", 1, "dump", null, CancellationToken.None)).Hits[0].Title);
        Assert.DoesNotContain((await http.SearchAsync("anarchism", 5, null, null, CancellationToken.None)).Hits, h => h.Title == "Anarchism");

        var request = new CandidateSetsRequest("Anarchism",
            [new ClaimCandidate("A is a political philosophy", ClaimKind.Attribute, null, false, new Evidence("Anarchism", "", 0, 0))], Corpus: "dump");
        Assert.Equal(
            (await local.CandidateSetsAsync(request, CancellationToken.None)).Sets[0].Members,
            (await http.CandidateSetsAsync(request, CancellationToken.None)).Sets[0].Members);

        foreach (var path in new[] { "/search?q=moon&corpus=nope", "/pages/Apollo%2011?corpus=nope" })
        {
            var unknown = await host.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, unknown.StatusCode);
            var body = await unknown.Content.ReadAsStringAsync();
            Assert.Contains("\"corpus\"", body);
            Assert.Contains("No corpus named 'nope'; the Browser serves: default, dump.", body);
        }
    }

    [Fact]
    public async Task A_browse_in_an_unknown_corpus_fails_the_tree_with_the_reason()
    {
        var catalog = host.Services.GetRequiredService<CorpusCatalog>();
        await using var provider = new ServiceCollection()
            .AddSingleton(catalog)
            .AddBrowsePageHandler()
            .AddMassTransitTestHarness(x => x.AddConsumer<BrowsePageConsumer>())
            .BuildServiceProvider(true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        try
        {
            var command = new BrowsePage(Guid.NewGuid(), Guid.NewGuid(), 1, 0, null, 7, 2, Corpus: "nope");
            await harness.Bus.Publish(command);

            Assert.True(await harness.Published.Any<BrowseFailed>());
            var failed = harness.Published.Select<BrowseFailed>().Single().Context.Message;
            Assert.Equal((command.TreeId, command.Step), (failed.TreeId, failed.Step));
            Assert.Equal("No corpus named 'nope'; the Browser serves: default, dump.", failed.Reason);
        }
        finally
        {
            await harness.Stop();
        }
    }
}
