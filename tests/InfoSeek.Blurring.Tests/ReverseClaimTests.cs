using InfoSeek.Contracts;
using InfoSeek.Domain.Certificates;
using InfoSeek.Domain.Claims;

namespace InfoSeek.Blurring.Tests;

/// <summary>
/// Relations read from the other page on the sample corpus: Musca's page says "Musca is bordered by Crux to the
/// north, …, Apus and Circinus to the east, …", which the miner reads about Musca ("A is bordered by B", B = Apus)
/// and which is, about Apus, "B is bordered by A" with B = Musca and its evidence on Musca's page.
/// </summary>
public sealed class ReverseClaimTests(SampleCorpusBlurring sample) : IClassFixture<SampleCorpusBlurring>
{
    private const string Bowie = "David Bowie";
    private const string Band = "Nine Inch Nails";

    private const string MuscaSentence =
        "Musca is bordered by Crux to the north, Carina to the west, Chamaeleon to the south, Apus and Circinus to the east, and Centaurus to the northeast.";


    private ClaimCandidate BorderedByMusca()
    {
        var apus = Assert.IsType<PageBrowsed>(sample.Browsing.Browse(new BrowsePage(Guid.Empty, Guid.Empty, 1, 0, "Apus", 0, 0)));
        return Assert.Single(apus.Claims, c => c.EvidenceOnTarget && c.Target == "Musca");
    }

    [Theory]
    [InlineData("A joined B", "B joined A")]
    [InlineData("A joined the B", "B joined A")]
    [InlineData("A sent B to Rome", "B sent A to Rome")]
    [InlineData("A is a member of the B", "B is a member of A")]
    [InlineData("A is a B", null)]
    [InlineData("A was an informal competition between the United States and B", null)]
    [InlineData("A's wife was B", null)]
    [InlineData("A scored a B goal", null)]
    [InlineData("A met the composer B", null)]
    [InlineData("A was the inaugural B", null)]
    [InlineData("B named A", null)]
    [InlineData("A is a semi-aquatic mammal endemic to eastern B", null)]
    [InlineData("A is native to southwestern Asia west to north B", null)]
    [InlineData("A is native to B", "B is native to A")]
    public void A_claim_reads_about_its_target_only_with_the_target_as_a_whole_object(string forward, string? reversed) =>
        Assert.Equal(reversed, PageClaims.Reversed(forward));

    [Fact]
    public void A_page_gets_the_relations_of_the_pages_that_link_to_it_with_their_evidence_left_on_those_pages()
    {
        var claim = BorderedByMusca();

        Assert.Equal("B is bordered by A", claim.Text);
        Assert.Equal(ClaimKind.Relation, claim.Kind);
        Assert.True(claim.TargetInCorpus);
        Assert.Equal("Musca", claim.Evidence.PageTitle);
        Assert.Equal(MuscaSentence, claim.Evidence.Sentence);
        Assert.True(claim.CluePages >= ClaimCandidateExtensions.MinCluePages, $"clue pages {claim.CluePages}");
        Assert.True(claim.CanGrowTree());
    }

    [Fact]
    public void With_its_target_known_a_reverse_claim_is_satisfied_by_the_pages_the_target_s_sentence_links_to()
    {
        var set = sample.Queries.CandidateSets(new("Apus", [BorderedByMusca()])).Sets[0];

        Assert.True(set.Exact);
        Assert.True(set.ContainsSubject);
        // Of the six constellations the sentence names, the sample corpus holds Apus alone.
        Assert.Equal(["Apus"], set.Members);
    }

    [Fact]
    public void With_its_target_unknown_a_reverse_claim_is_satisfied_by_every_page_some_bordered_by_sentence_links_to()
    {
        var clue = BorderedByMusca() with { Target = null, TargetInCorpus = false };
        var set = sample.Queries.CandidateSets(new("Apus", [clue])).Sets[0];

        Assert.True(set.Exact);
        Assert.True(set.ContainsSubject);
        Assert.Contains("Apus", set.Members);
        Assert.True(set.Count >= ClaimCandidateExtensions.MinCluePages, $"{set.Count} pages");
    }

    [Fact]
    public void The_words_must_be_in_a_sentence_of_the_target_that_links_to_the_page()
    {
        var reworded = sample.Queries.CandidateSets(new("Apus", [BorderedByMusca() with { Text = "B is ruled by A" }])).Sets[0];
        var fromCrux = sample.Queries.CandidateSets(new("Apus", [BorderedByMusca() with { Target = "Crux" }])).Sets[0];

        Assert.Equal((0, true), (reworded.Count, reworded.Exact));
        Assert.False(fromCrux.ContainsSubject);
    }

    /// <summary>
    /// David Bowie blurred with Nine Inch Nails, a leaf child, reached through "In 1995, Nine Inch Nails went on tour
    /// with David Bowie, …" on the band's page ("B went on tour with A").
    /// </summary>
    private TreeSnapshot BlurredWithReverseChild()
    {
        var bowie = Assert.IsType<PageBrowsed>(sample.Browsing.Browse(new BrowsePage(Guid.Empty, Guid.Empty, 1, 0, Bowie, 0, 0)));
        var link = Assert.Single(bowie.Claims, c => c.EvidenceOnTarget && c.Target == Band);
        Assert.Equal("B went on tour with A", link.Text);
        var root = new VertexSnapshot(0, null, Bowie, bowie.TypeDescriptor, false, [new TreeClaim(link.Text, ClaimKind.Relation, 1, link.Target, link.Evidence, EvidenceOnTarget: true)], null);
        var tree = new TreeSnapshot([root, new VertexSnapshot(1, 0, Band, "an American industrial rock band", false, [], null)]);
        var result = sample.Blurrer.BlurAsync(new BlurNode(Guid.Empty, Guid.Empty, 2, 0, tree, bowie.Claims.Where(c => c != link).ToList()), sample.CandidateSets, CancellationToken.None)
            .GetAwaiter().GetResult();
        var blurred = Assert.IsType<NodeBlurred>(result);
        List<TreeClaim> claims = [.. root.Claims, .. blurred.Chosen.Select(c => new TreeClaim(c.Text, c.Kind, null, c.Target, c.Evidence, c.EvidenceOnTarget))];
        return tree with { Vertices = [root with { Blurred = true, Claims = claims, Certificate = blurred.Certificate }, tree.Vertices[1]] };
    }

    private TreeSnapshot WithRelation(TreeSnapshot tree, Func<TreeClaim, TreeClaim> change)
    {
        var root = tree.Vertices[0];
        return tree with { Vertices = [root with { Claims = [change(root.Claims[0]), .. root.Claims.Skip(1)] }, tree.Vertices[1]] };
    }

    [Fact]
    public void A_tree_grown_through_a_reverse_claim_is_blurred_with_a_certificate_that_passes_verify()
    {
        var tree = BlurredWithReverseChild();
        var root = tree.Vertices[0];

        Assert.Empty(sample.Verifier.Check(tree, Bowie));
        Assert.Equal([Bowie], root.Certificate!.Intersection);
        var relation = root.Certificate.Claims.Single(c => c.Claim == "B went on tour with A");
        Assert.True(relation.CandidateCount >= 2);
        Assert.Contains(Bowie, sample.Queries.CandidateSets(new(Bowie, [new ClaimCandidate(relation.Claim, ClaimKind.Relation, null, false, Evidence.None, EvidenceOnTarget: true)])).Sets[0].Members);
    }

    [Fact]
    public void A_tampered_reverse_claim_fails_verify()
    {
        var tree = BlurredWithReverseChild();

        // Its evidence moved to the vertex's own page: a relation read on the target's page must keep its evidence there.
        var bowiePage = sample.Queries.GetPage(Bowie)!;
        var moved = WithRelation(tree, c => c with { Evidence = new Evidence(Bowie, bowiePage.Text[..20], 0, 20) });
        Assert.Contains(sample.Verifier.Check(moved, Bowie), r => r.Contains("read from its target's page", StringComparison.Ordinal));

        // Its evidence altered: the sentence is no longer the band's text at those offsets.
        var altered = WithRelation(tree, c => c with { Evidence = c.Evidence with { Sentence = c.Evidence.Sentence.Replace("1995", "1996", StringComparison.Ordinal) } });
        Assert.Contains(sample.Verifier.Check(altered, Bowie), r => r.StartsWith($"evidence not found in page '{Band}'", StringComparison.Ordinal));

        // Its words changed: no sentence linking to David Bowie says it, so he no longer satisfies every claim.
        var reworded = WithRelation(tree, c => c with { Text = "B is ruled by A" });
        Assert.Contains(sample.Verifier.Check(reworded, Bowie), r => r.Contains($"'{Bowie}' does not satisfy every claim", StringComparison.Ordinal)
            || r.Contains("no page satisfies every claim", StringComparison.Ordinal));

        // Read the other way, as a claim of his own page: his page has no "went on tour" sentence linking to the band.
        var forward = WithRelation(tree, c => c with { EvidenceOnTarget = false });
        Assert.NotEmpty(sample.Verifier.Check(forward, Bowie));
    }
}
