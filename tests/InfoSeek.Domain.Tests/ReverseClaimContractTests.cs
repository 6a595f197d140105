using System.Text.Json;
using System.Text.Json.Nodes;
using InfoSeek.Contracts;

namespace InfoSeek.Domain.Tests;

/// <summary>A relation read from its target's page is marked in the contracts, and only where it is one.</summary>
public sealed class ReverseClaimContractTests
{
    private static readonly Evidence OnBand = new("Nine Inch Nails", "In 1995, Nine Inch Nails went on tour with David Bowie.", 0, 55);

    [Fact]
    public void A_tree_with_a_reverse_relation_writes_the_mark_and_reads_it_back()
    {
        var tree = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "David Bowie", "an English musician", true,
            [
                new TreeClaim("B went on tour with A", ClaimKind.Relation, 1, "Nine Inch Nails", OnBand, EvidenceOnTarget: true),
                new TreeClaim("A released B", ClaimKind.Relation, null, "Low (album)", OnBand with { PageTitle = "David Bowie" }),
            ], null),
            new VertexSnapshot(1, 0, "Nine Inch Nails", "an American industrial rock band", false, [], null),
        ]);

        var json = InfoSeekTreeJson.Write(tree, null);
        var (read, _) = InfoSeekTreeJson.Read(json);

        Assert.Equal("B went on tour with A", (string)json["root"]!["claims"]![0]!["claim"]!);
        Assert.True((bool)json["root"]!["claims"]![0]!["read_on_target"]!);
        Assert.Null(json["root"]!["claims"]![1]!["read_on_target"]);
        Assert.Equal([true, false], read.Vertices[0].Claims.Select(c => c.EvidenceOnTarget));
        Assert.Equal(tree.Vertices[0].Claims, read.Vertices[0].Claims);
    }

    [Fact]
    public void A_mark_that_is_not_a_boolean_is_rejected_with_its_path()
    {
        var json = """{"root": {"id": "A", "entity": "X", "claims": [{"target_id": "None", "claim": "B joined A", "target": "Y", "read_on_target": "yes"}], "children": []}}""";

        var error = Assert.Throws<FormatException>(() => InfoSeekTreeJson.Read(JsonNode.Parse(json)));

        Assert.Equal("$.root.claims[0].read_on_target: not true or false", error.Message);
    }

    [Fact]
    public void A_claim_of_the_page_itself_serializes_as_before_without_the_mark()
    {
        var claim = new ClaimCandidate("A joined B", ClaimKind.Relation, "Commonwealth of Nations", true, OnBand, CluePages: 2);

        var json = JsonSerializer.Serialize(claim, JsonDefaults.Options);

        Assert.DoesNotContain("evidenceOnTarget", json, StringComparison.Ordinal);
        Assert.Contains("\"evidenceOnTarget\":true", JsonSerializer.Serialize(claim with { EvidenceOnTarget = true }, JsonDefaults.Options), StringComparison.Ordinal);
        Assert.True(JsonSerializer.Deserialize<ClaimCandidate>(JsonSerializer.Serialize(claim with { EvidenceOnTarget = true }, JsonDefaults.Options), JsonDefaults.Options)!.EvidenceOnTarget);
    }

    [Theory]
    [InlineData("B joined A", true, true)]
    [InlineData("B sent A to Rome", true, true)]
    [InlineData("A joined B", true, false)]
    [InlineData("A joined B", false, true)]
    [InlineData("B joined A", false, false)]
    public void A_reverse_claim_grows_a_tree_when_its_related_entity_opens_it(string text, bool onTarget, bool grows)
    {
        var claim = new ClaimCandidate(text, ClaimKind.Relation, "Cyprus", true, OnBand, CluePages: 2, EvidenceOnTarget: onTarget);

        Assert.Equal(grows, claim.CanGrowTree());
    }
}
