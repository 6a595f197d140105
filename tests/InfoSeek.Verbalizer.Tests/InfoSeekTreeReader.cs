using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using InfoSeek.Contracts;
using InfoSeek.Domain;

namespace InfoSeek.Verbalizer.Tests;

/// <summary>
/// Reads a research tree in InfoSeek's JSON shape (<see cref="InfoSeekTreeJson"/> writes it) back into a
/// <see cref="TreeSnapshot"/>. The shape names vertices by letters and has no type descriptors, so the
/// caller gives the types: a child with claims is a blurred vertex, a childless one with a given type is a
/// leaf hidden behind its type, one without is a named leaf, and one whose entity is "None" only holds an
/// attribute claim of its parent.
/// </summary>
public static partial class InfoSeekTreeReader
{
    public static TreeSnapshot Read(string json, IReadOnlyDictionary<string, string> types)
    {
        var root = JsonNode.Parse(json)?["root"] as JsonObject
            ?? throw new FormatException("InfoSeek tree JSON must be an object with a \"root\" vertex.");
        var vertices = new List<VertexSnapshot>();
        AddVertex(root, null, types, vertices);
        return new TreeSnapshot(vertices.OrderBy(v => v.Id).ToList());
    }

    private static int AddVertex(JsonObject node, int? parentId, IReadOnlyDictionary<string, string> types, List<VertexSnapshot> vertices)
    {
        var id = vertices.Count;
        var letter = Required(node, "id");
        var entity = Required(node, "entity");
        var placeholder = new VertexSnapshot(id, parentId, entity, types.GetValueOrDefault(entity), false, [], null);
        vertices.Add(placeholder);

        var children = (node["children"] as JsonArray ?? []).OfType<JsonObject>().ToDictionary(c => Required(c, "id"));
        var claims = new List<TreeClaim>();
        foreach (var claim in (node["claims"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var targetLetter = (string?)claim["target_id"] ?? InfoSeekTreeJson.NoTarget;
            var text = Required(claim, "claim");
            var evidence = claim["evidence"] is JsonObject e
                ? new Evidence(Required(e, "page"), Required(e, "sentence"), (int)e["start"]!, (int)e["length"]!)
                : new Evidence(entity, "", 0, 0);
            children.TryGetValue(targetLetter, out var child);
            var childEntity = child is null ? null : Required(child, "entity");
            var childClaims = child?["claims"] as JsonArray ?? [];
            if (child is null || childEntity == InfoSeekTreeJson.NoTarget)
            {
                claims.Add(new TreeClaim(Placeholders(text, letter, null), ClaimKind.Attribute, null, null, evidence));
            }
            else if (childClaims.Count == 0 && !types.ContainsKey(childEntity!))
            {
                claims.Add(new TreeClaim(Placeholders(text, letter, targetLetter), ClaimKind.Relation, null, childEntity, evidence));
            }
            else
            {
                var childId = AddVertex(child, id, types, vertices);
                claims.Add(new TreeClaim(Placeholders(text, letter, targetLetter), ClaimKind.Relation, childId, childEntity, evidence));
            }
        }

        vertices[id] = placeholder with { Claims = claims, Blurred = claims.Count > 0 };
        return id;
    }

    /// <summary>"B's wife was F" about B with target F → "A's wife was B".</summary>
    private static string Placeholders(string claim, string subject, string? target) =>
        Letter().Replace(claim, m => m.Value == subject ? "A" : m.Value == target ? "B" : m.Value);

    private static string Required(JsonObject node, string field) =>
        (string?)node[field] ?? throw new FormatException($"InfoSeek tree JSON: a vertex or claim has no \"{field}\": {node.ToJsonString()}");

    [GeneratedRegex(@"\b[A-Z]{1,2}\b")]
    private static partial Regex Letter();
}
