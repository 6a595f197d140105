using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using InfoSeek.Contracts;

namespace InfoSeek.Domain;

/// <summary>
/// The research tree in InfoSeek's JSON shape: <c>{"root": {"id", "entity", "question", "claims":
/// [{"target_id", "claim", "evidence"}], "children": [...]}}</c>. Vertex ids are letters; a claim about
/// a vertex uses its letter as subject and, for a relation to a child, the child's letter as target.
/// An attribute vertex (<c>"entity": "None"</c>, no page of its own) is the target of an attribute claim.
/// A claim with <c>"target_id": "None"</c> names its related entity in the text and in <c>"target"</c>.
/// Evidence is omitted when the claim has none. A relation read from its target's page ("C joined A", evidence on
/// C's page) carries <c>"read_on_target": true</c>.
/// </summary>
public static class InfoSeekTreeJson
{
    public const string NoTarget = "None";

    /// <summary>The entity of an attribute vertex.</summary>
    public const string AttributeEntity = "None";

    public static bool IsAttribute(VertexSnapshot vertex) => vertex.Entity == AttributeEntity;

    public static JsonObject Write(TreeSnapshot tree, string? question)
    {
        var byParent = tree.Vertices.Where(v => v.ParentId is not null).ToLookup(v => v.ParentId!.Value);
        var root = tree.Vertices.Single(v => v.ParentId is null);
        var rootNode = WriteVertex(root, byParent, question);
        return new JsonObject { ["root"] = rootNode };
    }

    /// <summary>
    /// The inverse of <see cref="Write"/>: the tree and the root's question. A vertex with children,
    /// and the root, counts as blurred. Throws <see cref="FormatException"/> naming the JSON path and the problem.
    /// </summary>
    public static (TreeSnapshot Tree, string? Question) Read(JsonNode? json)
    {
        if (json is not JsonObject obj)
        {
            throw Bad("$", "expected an object with \"root\"");
        }

        if (obj["root"] is not JsonObject root)
        {
            throw Bad("$.root", "missing or not an object");
        }

        var parsed = new List<ParsedVertex>();
        var rootVertex = ParseVertex(root, "$.root", null, parsed);
        if (rootVertex.Id != 0)
        {
            throw Bad("$.root.id", $"the root must be \"A\", not \"{VertexLetters.Of(rootVertex.Id)}\"");
        }

        var byId = new Dictionary<int, ParsedVertex>();
        foreach (var v in parsed)
        {
            if (!byId.TryAdd(v.Id, v))
            {
                throw Bad(v.Path + ".id", $"duplicate vertex id \"{VertexLetters.Of(v.Id)}\"");
            }
        }

        var vertices = parsed.OrderBy(v => v.Id).Select(v => v.ToSnapshot(byId)).ToList();
        var question = root["question"] is { } q ? ReadString(q, "$.root.question") : null;
        return (new TreeSnapshot(vertices), question);
    }

    private const string ReadOnTarget = "read_on_target";

    private sealed record ParsedClaim(string Path, string? TargetLetter, string Text, string? NamedTarget, Evidence Evidence, bool OnTarget);

    private sealed record ParsedVertex(string Path, int Id, int? ParentId, string Entity, string? Type, List<ParsedClaim> Claims, List<int> Children)
    {
        public VertexSnapshot ToSnapshot(Dictionary<int, ParsedVertex> byId)
        {
            var subject = VertexLetters.Of(Id);
            var claims = Claims.Select(c =>
            {
                if (c.TargetLetter is null)
                {
                    var text = c.NamedTarget is null ? ToPlaceholders(c.Text, subject, null) : ToPlaceholders(c.Text.Replace(c.NamedTarget, "\u0001", StringComparison.OrdinalIgnoreCase), subject, "\u0001");
                    return new TreeClaim(text, c.NamedTarget is null ? ClaimKind.Attribute : ClaimKind.Relation, null, c.NamedTarget, c.Evidence, c.OnTarget);
                }

                var targetId = VertexLetters.Parse(c.TargetLetter);
                if (!Children.Contains(targetId))
                {
                    throw Bad(c.Path + ".target_id", $"\"{c.TargetLetter}\" is not a child of vertex {subject}");
                }

                var target = byId[targetId];
                return target.Entity == AttributeEntity
                    ? new TreeClaim(ToPlaceholders(c.Text, subject, null), ClaimKind.Attribute, targetId, null, c.Evidence)
                    : new TreeClaim(ToPlaceholders(c.Text, subject, c.TargetLetter), ClaimKind.Relation, targetId, target.Entity, c.Evidence, c.OnTarget);
            }).ToList();
            return new VertexSnapshot(Id, ParentId, Entity, Type, ParentId is null || Children.Count > 0, claims, null);
        }
    }

    private static ParsedVertex ParseVertex(JsonObject node, string path, int? parentId, List<ParsedVertex> all)
    {
        var letter = ReadString(node["id"], path + ".id");
        int id;
        try
        {
            id = VertexLetters.Parse(letter);
        }
        catch (FormatException e)
        {
            throw Bad(path + ".id", e.Message);
        }

        var entity = ReadString(node["entity"], path + ".entity");
        var claims = new List<ParsedClaim>();
        var claimsNode = node["claims"] as JsonArray ?? throw Bad(path + ".claims", "missing or not an array");
        for (var i = 0; i < claimsNode.Count; i++)
        {
            var claimPath = $"{path}.claims[{i}]";
            if (claimsNode[i] is not JsonObject claim)
            {
                throw Bad(claimPath, "not an object");
            }

            var targetLetter = ReadString(claim["target_id"], claimPath + ".target_id");
            var text = ReadString(claim["claim"], claimPath + ".claim");
            var named = claim["target"] is { } t ? ReadString(t, claimPath + ".target") : null;
            if (named is not null && targetLetter != NoTarget)
            {
                throw Bad(claimPath + ".target", "only a claim with \"target_id\": \"None\" names its target");
            }

            var evidence = claim["evidence"] is { } e ? ReadEvidence(e, claimPath + ".evidence") : Evidence.None;
            var onTarget = claim[ReadOnTarget] is { } r && (r is JsonValue v && v.TryGetValue<bool>(out var flag) ? flag : throw Bad($"{claimPath}.{ReadOnTarget}", "not true or false"));
            claims.Add(new ParsedClaim(claimPath, targetLetter == NoTarget ? null : targetLetter, text, named, evidence, onTarget));
        }

        var type = node["type"] is { } typeNode ? ReadString(typeNode, path + ".type") : null;
        var vertex = new ParsedVertex(path, id, parentId, entity, type, claims, []);
        all.Add(vertex);
        var childrenNode = node["children"] as JsonArray ?? throw Bad(path + ".children", "missing or not an array");
        for (var i = 0; i < childrenNode.Count; i++)
        {
            var childPath = $"{path}.children[{i}]";
            var child = childrenNode[i] as JsonObject ?? throw Bad(childPath, "not an object");
            vertex.Children.Add(ParseVertex(child, childPath, id, all).Id);
        }

        if (entity == AttributeEntity && (claims.Count > 0 || vertex.Children.Count > 0))
        {
            throw Bad(path, "an attribute vertex (entity \"None\") has no claims and no children");
        }

        return vertex;
    }

    private static Evidence ReadEvidence(JsonNode node, string path)
    {
        if (node is not JsonObject e)
        {
            throw Bad(path, "not an object");
        }

        return new Evidence(ReadString(e["page"], path + ".page"), ReadString(e["sentence"], path + ".sentence"), ReadInt(e["start"], path + ".start"), ReadInt(e["length"], path + ".length"));
    }

    private static string ReadString(JsonNode? node, string path) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw Bad(path, node is null ? "missing" : "not a string");

    private static int ReadInt(JsonNode? node, string path) =>
        node is JsonValue v && v.TryGetValue<int>(out var n) && n >= 0 ? n : throw Bad(path, node is null ? "missing" : "not a non-negative integer");

    private static FormatException Bad(string path, string problem) => new($"{path}: {problem}");

    /// <summary>Rewrites the vertex letters of a claim into the placeholders A (subject) and B (target), in one pass.</summary>
    private static string ToPlaceholders(string text, string subject, string? target)
    {
        // "F-104": a letter joined by a hyphen is part of a name, not a vertex.
        var pattern = target is null ? $@"\b(?<!-){subject}\b(?!-)" : target == "\u0001" ? $@"\b(?<!-){subject}\b(?!-)|\u0001" : $@"\b(?<!-)(?:{subject}|{target})\b(?!-)";
        return Regex.Replace(text, pattern, m => m.Value == subject ? "A" : "B");
    }

    private static JsonObject WriteVertex(VertexSnapshot vertex, ILookup<int, VertexSnapshot> byParent, string? question)
    {
        var node = new JsonObject
        {
            ["id"] = VertexLetters.Of(vertex.Id),
            ["entity"] = vertex.Entity,
        };
        if (vertex.TypeDescriptor is not null)
        {
            node["type"] = vertex.TypeDescriptor;
        }

        if (question is not null)
        {
            node["question"] = question;
        }

        var claims = new JsonArray();
        foreach (var claim in vertex.Claims)
        {
            var target = claim.TargetVertexId is { } t ? VertexLetters.Of(t) : null;
            var claimNode = new JsonObject
            {
                ["target_id"] = target ?? NoTarget,
                ["claim"] = ClaimText.Substitute(claim.Text, VertexLetters.Of(vertex.Id), target ?? (claim.Target is null ? null : InItsCase(claim))),
            };
            if (target is null && claim.Target is not null)
            {
                claimNode["target"] = claim.Target;
            }

            if (claim.EvidenceOnTarget)
            {
                claimNode[ReadOnTarget] = true;
            }

            if (!claim.Evidence.IsNone)
            {
                claimNode["evidence"] = new JsonObject
                {
                    ["page"] = claim.Evidence.PageTitle,
                    ["sentence"] = claim.Evidence.Sentence,
                    ["start"] = claim.Evidence.Start,
                    ["length"] = claim.Evidence.Length,
                };
            }

            claims.Add(claimNode);
        }

        node["claims"] = claims;
        var children = new JsonArray();
        foreach (var child in byParent[vertex.Id].OrderBy(c => c.Id))
        {
            children.Add(WriteVertex(child, byParent, null));
        }

        node["children"] = children;
        return node;
    }

    /// <summary>"A is a large country", not "A is a large Country": a named target in the case its sentence writes it.</summary>
    private static string InItsCase(TreeClaim claim)
    {
        var written = Questions.TargetWriter.NameAsWritten(claim, claim.Target!);
        return string.Equals(written, claim.Target, StringComparison.OrdinalIgnoreCase) ? written : claim.Target!;
    }
}
