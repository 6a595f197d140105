using FsCheck;
using FsCheck.Fluent;
using InfoSeek.Browser;
using InfoSeek.Contracts;
using InfoSeek.Corpus;
using InfoSeek.CorpusApi;
using InfoSeek.Domain.Certificates;
using InfoSeek.Domain.Claims;
using InfoSeek.Domain.Mining;
using InfoSeek.TestSupport;
using Microsoft.Extensions.Options;

namespace InfoSeek.Blurring.Tests;

/// <summary>
/// The real Blurrer, Browser and independent verifier on the sample corpus. The Blurrer takes its
/// candidate sets in process from its own matcher; the Blurring service's adapter over the corpus API
/// is <see cref="CorpusApiSets"/>.
/// </summary>
public sealed class SampleCorpusBlurring : IDisposable
{
    private readonly CorpusCatalog catalog = new(Options.Create(new BrowserOptions { IndexDirectory = Repository.SampleIndex }));
    private readonly CorpusIndex blurrerIndex = CorpusIndex.Open(Repository.SampleIndex);
    private readonly ClaimMatcher blurrerMatcher;
    private readonly CorpusIndex verifierIndex = CorpusIndex.Open(Repository.SampleIndex);
    private readonly ClaimMatcher verifierMatcher;

    private const int MinRootClaims = 3;
    private const int MaxRoots = 300;

    public SampleCorpusBlurring()
    {
        Queries = catalog.Queries(null);
        Browsing = catalog.Browsing(null);
        blurrerMatcher = new ClaimMatcher(blurrerIndex);
        CandidateSets = new MatchedCandidateSets(blurrerMatcher, new CandidateSetsRequest("", []).MaxMembers);
        CorpusApiSets = new CorpusCandidateSets(new LocalCorpusApi(catalog), null);
        verifierMatcher = new ClaimMatcher(verifierIndex);
        Verifier = new CertificateVerifier(verifierIndex, verifierMatcher);
        // Pages that a tree can start from: links into the corpus, and claims enough to blur (the miner keeps only
        // claims it holds true, so many linked pages have none); the first ones in corpus order.
        Roots = Enumerable.Range(0, verifierIndex.PageCount)
            .Where(o => verifierIndex.OutLinksInCorpus(o).Count >= 2)
            .Select(verifierIndex.GetPage)
            .Where(page => ClaimMiner.Mine(page, verifierIndex.Resolve).Claims.Count >= MinRootClaims)
            .Select(page => page.Title)
            .Take(MaxRoots)
            .ToList();
    }

    public CorpusQueries Queries { get; }

    public PageBrowsing Browsing { get; }

    public Blurrer Blurrer { get; } = new();

    /// <summary>The Blurrer's candidate sets, from the satisfies matcher with as many members as the corpus API returns.</summary>
    public ICandidateSets CandidateSets { get; }

    /// <summary>The same sets as the Blurring service asks for them, through the in-process corpus API.</summary>
    public ICandidateSets CorpusApiSets { get; }

    /// <summary>The verifier of the CLI's verify: recomputes every certificate with its own matcher, not from the stored one.</summary>
    public CertificateVerifier Verifier { get; }

    public IReadOnlyList<string> Roots { get; }

    public void Dispose()
    {
        verifierMatcher.Dispose();
        verifierIndex.Dispose();
        blurrerMatcher.Dispose();
        blurrerIndex.Dispose();
        catalog.Dispose();
    }
}

/// <summary>
/// Property tests of the HCSP rules: trees drawn at random from the sample corpus (a root page, with
/// or without a leaf child through one of its relations into the corpus) and blurred by the Blurrer
/// always pass the independent verifier; and each kind of counter-example made from such a tree (a
/// claim that alone identifies the vertex, a claim removed so that two pages fit, a redundant claim)
/// is rejected with its reason. Seeded, so a failure replays.
/// </summary>
public sealed class CertificateProperties(SampleCorpusBlurring sample) : IClassFixture<SampleCorpusBlurring>
{
    private const int Trees = 20;
    private static readonly Config Seeded = Config.QuickThrowOnFailure.WithMaxTest(Trees).WithReplay(20261124UL, 1UL);

    private static readonly string[] FailureReasons = ["underdetermined", "only identifying claims", "no candidates"];

    private Arbitrary<(int Root, bool WithChild)> RandomTrees() =>
        Gen.Choose(0, sample.Roots.Count - 1).Zip(ArbMap.Default.GeneratorFor<bool>()).Select(x => (x.Item1, x.Item2)).ToArbitrary();

    /// <summary>The tree drawn, blurred; null when the Blurrer fails it (with one of its reasons).</summary>
    private TreeSnapshot? Blurred((int Root, bool WithChild) draw)
    {
        var browsed = Assert.IsType<PageBrowsed>(sample.Browsing.Browse(new BrowsePage(Guid.Empty, Guid.Empty, 1, 0, sample.Roots[draw.Root], 0, 0)));
        var link = draw.WithChild ? browsed.Claims.FirstOrDefault(c => c.CanGrowTree()) : null;
        List<VertexSnapshot> vertices = [new(0, null, browsed.Title, browsed.TypeDescriptor, false, [], null)];
        if (link is not null)
        {
            vertices[0] = vertices[0] with { Claims = [new TreeClaim(link.Text, ClaimKind.Relation, 1, link.Target, link.Evidence, link.EvidenceOnTarget)] };
            vertices.Add(new VertexSnapshot(1, 0, link.Target!, null, false, [], null));
        }

        var tree = new TreeSnapshot(vertices);
        var candidates = browsed.Claims.Where(c => c != link).ToList();
        var result = sample.Blurrer.BlurAsync(new BlurNode(Guid.Empty, Guid.Empty, 2, 0, tree, candidates), sample.CandidateSets, CancellationToken.None).GetAwaiter().GetResult();
        if (result is BlurFailed failed)
        {
            Assert.Contains(FailureReasons, r => failed.Reason.StartsWith(r, StringComparison.Ordinal));
            return null;
        }

        // As the Planner does: the chosen claims join the vertex's tree relations.
        var blurred = Assert.IsType<NodeBlurred>(result);
        List<TreeClaim> claims = [.. vertices[0].Claims, .. blurred.Chosen.Select(c => new TreeClaim(c.Text, c.Kind, null, c.Target, c.Evidence, c.EvidenceOnTarget))];
        return tree with { Vertices = [vertices[0] with { Blurred = true, Claims = claims, Certificate = blurred.Certificate }, .. vertices.Skip(1)] };
    }

    /// <summary>Runs the check on each of <paramref name="trees"/> random trees that the Blurrer blurs (its root passed along).</summary>
    private void ForEachBlurredTree(int trees, Action<TreeSnapshot, VertexSnapshot> check) =>
        Prop.ForAll(RandomTrees(), draw =>
        {
            if (Blurred(draw) is { } tree)
            {
                check(tree, tree.Vertices[0]);
            }
        }).Check(Seeded.WithMaxTest(trees));

    [Fact]
    public void A_blurred_random_tree_always_passes_the_independent_verifier_and_its_certificate_holds()
    {
        var blurred = 0;
        ForEachBlurredTree(Trees, (tree, root) =>
        {
            blurred++;
            Assert.Empty(sample.Verifier.Check(tree, root.Entity));
            Assert.Equal([root.Entity], root.Certificate!.Intersection);
            Assert.Equal(root.Claims.Count, root.Certificate.Claims.Count);
            Assert.All(root.Certificate.Claims, c => Assert.True(c.CandidateCount >= 2, $"'{c.Claim}' alone fits {c.CandidateCount} page"));
        });

        Assert.True(blurred >= Trees / 4, $"only {blurred} of {Trees} random trees were blurred");
    }

    [Fact]
    public void A_claim_removed_from_a_blurred_tree_lets_two_pages_fit_and_is_rejected()
    {
        ForEachBlurredTree(Trees / 2, (tree, root) =>
        {
            // Every claim is needed (none is redundant), so without any one of them another page fits too.
            for (var i = 0; i < root.Claims.Count; i++)
            {
                var without = tree with { Vertices = [root with { Claims = [.. root.Claims.Where((_, j) => j != i)] }, .. tree.Vertices.Skip(1)] };
                Assert.Contains(sample.Verifier.Check(without, root.Entity), r => r.Contains("pages satisfy every claim", StringComparison.Ordinal));
            }
        });
    }

    [Fact]
    public void A_redundant_claim_or_one_that_alone_identifies_the_vertex_is_rejected()
    {
        ForEachBlurredTree(Trees / 2, (tree, root) =>
        {
            // The same claim twice: either copy can go without changing the answer.
            var twice = tree with { Vertices = [root with { Claims = [.. root.Claims, root.Claims[^1]] }, .. tree.Vertices.Skip(1)] };
            Assert.Contains(sample.Verifier.Check(twice, root.Entity), r => r.EndsWith("is redundant", StringComparison.Ordinal));

            // A whole sentence of the page as an attribute: its words fit that page alone.
            var identifying = IdentifyingClaim(root.Entity);
            var giveaway = tree with { Vertices = [root with { Claims = [.. root.Claims, identifying] }, .. tree.Vertices.Skip(1)] };
            var problems = sample.Verifier.Check(giveaway, root.Entity);
            Assert.True(problems.Any(r => r.Contains("alone identifies the vertex", StringComparison.Ordinal)), string.Join("\n", problems));
        });
    }

    /// <summary>
    /// The page's longest sentence without quotes or brackets whose words no other page holds (a sentence may be shared,
    /// as an election's article and its candidate's share one), as an attribute claim with its own evidence.
    /// </summary>
    private TreeClaim IdentifyingClaim(string title)
    {
        var page = sample.Queries.GetPage(title)!;
        return SentenceSplitter.Split(page.Text)
            .Where(s => page.Text.AsSpan(s.Start, s.Length).IndexOfAny("\"()[]") < 0)
            .OrderByDescending(s => s.Length)
            .Select(span =>
            {
                var sentence = page.Text.Substring(span.Start, span.Length);
                return new TreeClaim($"A {sentence.TrimEnd('.')}", ClaimKind.Attribute, null, null, new Evidence(title, sentence, span.Start, span.Length));
            })
            .First(claim => AloneFits(title, claim) == 1);
    }

    private int AloneFits(string title, TreeClaim claim) =>
        sample.CandidateSets.OfAsync(title, [new ClaimCandidate(claim.Text, claim.Kind, null, false, claim.Evidence)], CancellationToken.None)
            .GetAwaiter().GetResult()[0].Count;
}
