using InfoSeek.Contracts;
using InfoSeek.CorpusApi;

namespace InfoSeek.Blurring.Tests;

/// <summary>The root's claims whose search puts the root's page first are left out before its claims are chosen.</summary>
public sealed class ShortcutClaimsTests(SampleCorpusBlurring sample) : IClassFixture<SampleCorpusBlurring>
{
    private const int RootsTried = 40;

    [Fact]
    public async Task A_roots_claims_that_put_its_page_first_in_either_ranking_are_left_out_and_the_others_kept()
    {
        var corpus = new RunCorpus(sample.CorpusApi, null);
        var dropped = 0;
        foreach (var root in sample.Roots.Take(RootsTried))
        {
            var command = RootCommand(root);

            var kept = (await ShortcutClaims.WithoutShortcutsAsync(command, corpus, CancellationToken.None)).Candidates;

            Assert.Subset(command.Candidates.ToHashSet(), kept.ToHashSet());
            foreach (var claim in command.Candidates)
            {
                var query = Query(claim);
                var first = await TopHitsAsync(query);
                if (kept.Contains(claim))
                {
                    Assert.DoesNotContain(root, first);
                }
                else
                {
                    dropped++;
                    Assert.Contains(root, first);
                }
            }
        }

        Assert.True(dropped > 0, $"no claim of the first {RootsTried} roots gave its root away");
    }

    [Fact]
    public async Task The_claims_of_a_vertex_below_the_root_are_not_searched_nor_changed()
    {
        var root = sample.Roots[0];
        var command = RootCommand(root);
        var child = command with
        {
            VertexId = 1,
            Tree = new TreeSnapshot([.. command.Tree.Vertices, new VertexSnapshot(1, 0, root, "a page", false, [], null)]),
        };

        var result = await ShortcutClaims.WithoutShortcutsAsync(child, new RunCorpus(new ThrowingCorpusApi(), null), CancellationToken.None);

        Assert.Same(child, result);
    }

    private BlurNode RootCommand(string root)
    {
        var browsed = Assert.IsType<PageBrowsed>(sample.Browsing.Browse(new BrowsePage(Guid.Empty, Guid.Empty, 1, 0, root, 0, 0)));
        var tree = new TreeSnapshot([new VertexSnapshot(0, null, root, browsed.TypeDescriptor, false, [], null)]);
        return new BlurNode(Guid.Empty, Guid.Empty, 2, 0, tree, browsed.Claims);
    }

    /// <summary>The search a reader makes for a root claim that names no tree vertex: its words and its target's name.</summary>
    private static string Query(ClaimCandidate claim) =>
        InfoSeek.Domain.Questions.ReaderClues.Query(new TreeSnapshot([]), new TreeClaim(claim.Text, claim.Kind, null, claim.Target, claim.Evidence), claim);

    private async Task<List<string>> TopHitsAsync(string query)
    {
        var stemmed = await sample.CorpusApi.SearchAsync(query, 1, null, null, CancellationToken.None);
        var plain = await sample.CorpusApi.SearchAsync(query, 1, null, "plain", CancellationToken.None);
        return [.. stemmed.Hits.Select(h => h.Title), .. plain.Hits.Select(h => h.Title)];
    }

    private sealed class ThrowingCorpusApi : ICorpusApi
    {
        public Task<CorporaResponse> CorporaAsync(CancellationToken ct) => throw new InvalidOperationException("not asked");

        public Task<Refit.IApiResponse<PageDto>> GetPageAsync(string title, string? corpus, CancellationToken ct) => throw new InvalidOperationException("not asked");

        public Task<SearchResponse> SearchAsync(string query, int k, string? corpus, string? ranking, CancellationToken ct) => throw new InvalidOperationException("not asked");

        public Task<CandidateSetsResponse> CandidateSetsAsync(CandidateSetsRequest request, CancellationToken ct) => throw new InvalidOperationException("not asked");
    }
}
