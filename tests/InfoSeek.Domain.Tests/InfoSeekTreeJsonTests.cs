using System.Text.Json.Nodes;
using InfoSeek.Contracts;
using InfoSeek.Domain;

namespace InfoSeek.Domain.Tests;

public sealed class InfoSeekTreeJsonTests
{
    private static JsonNode Fixture(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name)))!;

    [Theory]
    [InlineData("russet-sparrow.json")]
    [InlineData("sv-werder-bremen-women.json")]
    public void The_readme_trees_of_InfoSeek_import_and_export_unchanged(string fixture)
    {
        var json = Fixture(fixture);
        var (tree, question) = InfoSeekTreeJson.Read(json);

        var written = InfoSeekTreeJson.Write(tree, question);

        Assert.True(JsonNode.DeepEquals(json, written), written.ToJsonString());
    }

    [Fact]
    public void The_russet_sparrow_tree_has_attribute_vertices_and_placeholder_claims()
    {
        var (tree, question) = InfoSeekTreeJson.Read(Fixture("russet-sparrow.json"));

        Assert.StartsWith("What is a species of bird", question);
        Assert.Equal(["Russet sparrow", "John Gould", "None", "None", "None", "Elizabeth Gould"], tree.Vertices.Select(v => v.Entity));
        Assert.Equal([false, false, true, true, true, false], tree.Vertices.Select(InfoSeekTreeJson.IsAttribute));
        Assert.Equal([true, true, false, false, false, false], tree.Vertices.Select(v => v.Blurred));
        var root = tree.Vertices[0];
        Assert.Equal(
            [("A was named by B", ClaimKind.Relation, (int?)1, "John Gould"), ("A has three subspecies", ClaimKind.Attribute, 2, null), ("A's body length is generally no more than 6 inches", ClaimKind.Attribute, 3, null)],
            root.Claims.Select(c => (c.Text, c.Kind, c.TargetVertexId, c.Target)));
        var gould = tree.Vertices[1];
        Assert.Equal(0, gould.ParentId);
        Assert.Equal(["A was employed by his father between 1818 and 1824", "A's wife was B"], gould.Claims.Select(c => c.Text));
        Assert.All(tree.Vertices.SelectMany(v => v.Claims), c => Assert.True(c.Evidence.IsNone));
    }

    [Fact]
    public void A_synthesized_tree_with_evidence_and_a_named_target_round_trips()
    {
        var evidence = new Evidence("Root page", "Root page was built by Child page in Paris.", 10, 43);
        var tree = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "Root page", "a building", true,
            [
                new TreeClaim("A was built by B", ClaimKind.Relation, 1, "Child page", evidence),
                new TreeClaim("A is in B", ClaimKind.Relation, null, "Paris", evidence with { Start = 0 }),
                new TreeClaim("A opened in 1900", ClaimKind.Attribute, null, null, evidence with { Length = 5 }),
            ], null),
            new VertexSnapshot(1, 0, "Child page", null, false, [], null),
        ]);

        var json = InfoSeekTreeJson.Write(tree, "What building was built by Child page?");
        var (read, question) = InfoSeekTreeJson.Read(json);

        Assert.Equal("What building was built by Child page?", question);
        Assert.Equal("A is in Paris", (string)json["root"]!["claims"]![1]!["claim"]!);
        Assert.Equal(
            tree.Vertices[0].Claims.Select(c => (c.Text, c.Kind, c.TargetVertexId, c.Target, c.Evidence)),
            read.Vertices[0].Claims.Select(c => (c.Text, c.Kind, c.TargetVertexId, c.Target, c.Evidence)));
        Assert.Equal([(0, (int?)null, "Root page"), (1, 0, "Child page")], read.Vertices.Select(v => (v.Id, v.ParentId, v.Entity)));
        Assert.True(JsonNode.DeepEquals(json, InfoSeekTreeJson.Write(read, question)));
    }

    [Fact]
    public void A_named_target_is_written_in_the_case_its_sentence_gives_it_and_reads_back()
    {
        var evidence = new Evidence("Mexico", "Mexico is a large country, therefore having many regional cultural traits.", 0, 74);
        var tree = new TreeSnapshot(
        [
            new VertexSnapshot(0, null, "Mexico", "a country", true, [new TreeClaim("A is a large B", ClaimKind.Relation, null, "Country", evidence)], null),
        ]);

        var json = InfoSeekTreeJson.Write(tree, "What is a large country?");
        var (read, _) = InfoSeekTreeJson.Read(json);

        Assert.Equal("A is a large country", (string)json["root"]!["claims"]![0]!["claim"]!);
        Assert.Equal("Country", (string)json["root"]!["claims"]![0]!["target"]!);
        Assert.Equal([("A is a large B", "Country")], read.Vertices[0].Claims.Select(c => (c.Text, c.Target)));
    }

    [Fact]
    public void Types_round_trip_and_a_letter_joined_by_a_hyphen_is_no_vertex()
    {
        var evidence = new Evidence("Murdoch", "He advocated the F-104 Starfighter as a replacement for the CAC Sabre.", 0, 70);
        // Six vertices, so that the last one is "F", the letter in "F-104".
        var vertices = Enumerable.Range(0, 6)
            .Select(i => new VertexSnapshot(i, i == 0 ? null : i - 1, $"Page {i}", i == 0 ? null : "a senior commander", i < 5,
                i < 5 ? [new TreeClaim("A served under B", ClaimKind.Relation, i + 1, $"Page {i + 1}", evidence)] : [], null))
            .ToList();
        vertices[5] = vertices[5] with { Claims = [new TreeClaim("A advocated the F-104 Starfighter as a replacement for the B", ClaimKind.Relation, null, "CAC Sabre", evidence)] };
        var tree = new TreeSnapshot(vertices);

        var json = InfoSeekTreeJson.Write(tree, null);
        var (read, _) = InfoSeekTreeJson.Read(json);

        Assert.Equal("F advocated the F-104 Starfighter as a replacement for the CAC Sabre", (string)json["root"]!["children"]![0]!["children"]![0]!["children"]![0]!["children"]![0]!["children"]![0]!["claims"]![0]!["claim"]!);
        Assert.Equal("A advocated the F-104 Starfighter as a replacement for the B", read.Vertices[5].Claims[0].Text);
        Assert.Equal(tree.Vertices.Select(v => v.TypeDescriptor), read.Vertices.Select(v => v.TypeDescriptor));
        Assert.True(JsonNode.DeepEquals(json, InfoSeekTreeJson.Write(read, null)));
    }

    [Fact]
    public void Evidence_serializes_without_its_none_marker()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new Evidence("P", "S.", 1, 2));

        Assert.Equal("""{"PageTitle":"P","Sentence":"S.","Start":1,"Length":2}""", json);
    }

    [Theory]
    [InlineData("""{"tree": {}}""", "$.root: missing or not an object")]
    [InlineData("""[1]""", "$: expected an object")]
    [InlineData("""{"root": {"id": "A", "entity": "X", "claims": [], "children": [{"id": "A", "entity": "Y", "claims": [], "children": []}]}}""", "$.root.children[0].id: duplicate vertex id \"A\"")]
    [InlineData("""{"root": {"id": "A", "entity": "X", "claims": [{"target_id": "C", "claim": "A knows C"}], "children": [{"id": "B", "entity": "Y", "claims": [], "children": []}]}}""", "$.root.claims[0].target_id: \"C\" is not a child of vertex A")]
    [InlineData("""{"root": {"id": "B", "entity": "X", "claims": [], "children": []}}""", "$.root.id: the root must be \"A\"")]
    [InlineData("""{"root": {"id": "a", "entity": "X", "claims": [], "children": []}}""", "$.root.id: 'a' is not a vertex id")]
    [InlineData("""{"root": {"id": "A", "claims": [], "children": []}}""", "$.root.entity: missing")]
    [InlineData("""{"root": {"id": "A", "entity": "X", "children": []}}""", "$.root.claims: missing or not an array")]
    [InlineData("""{"root": {"id": "A", "entity": "X", "claims": [{"target_id": "None", "claim": "A is old", "evidence": {"page": "X", "sentence": "s", "start": -1, "length": 1}}], "children": []}}""", "$.root.claims[0].evidence.start: not a non-negative integer")]
    [InlineData("""{"root": {"id": "A", "entity": "X", "claims": [], "children": [{"id": "B", "entity": "None", "claims": [{"target_id": "None", "claim": "B is"}], "children": []}]}}""", "$.root.children[0]: an attribute vertex")]
    public void Malformed_trees_are_rejected_naming_the_path_and_the_problem(string json, string expected)
    {
        var error = Assert.Throws<FormatException>(() => InfoSeekTreeJson.Read(JsonNode.Parse(json)));

        Assert.StartsWith(expected, error.Message);
    }
}
