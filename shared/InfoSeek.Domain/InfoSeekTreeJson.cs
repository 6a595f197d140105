using System.Text.Json.Nodes;
using InfoSeek.Contracts;

namespace InfoSeek.Domain;

/// <summary>
/// The research tree in InfoSeek's JSON shape: <c>{"root": {"id", "entity", "question", "claims":
/// [{"target_id", "claim"}], "children": [...]}}</c>. Vertex ids are letters; a claim about a vertex
/// uses its letter as subject and, for a relation to a child, the child's letter as target; any
/// other claim has <c>"target_id": "None"</c>. Each claim also carries its evidence.
/// </summary>
public static class InfoSeekTreeJson
{
    public const string NoTarget = "None";

    public static JsonObject Write(TreeSnapshot tree, string? question)
    {
        var byParent = tree.Vertices.Where(v => v.ParentId is not null).ToLookup(v => v.ParentId!.Value);
        var root = tree.Vertices.Single(v => v.ParentId is null);
        var rootNode = WriteVertex(root, byParent, question);
        return new JsonObject { ["root"] = rootNode };
    }

    private static JsonObject WriteVertex(VertexSnapshot vertex, ILookup<int, VertexSnapshot> byParent, string? question)
    {
        var node = new JsonObject
        {
            ["id"] = VertexLetters.Of(vertex.Id),
            ["entity"] = vertex.Entity,
        };
        if (question is not null)
        {
            node["question"] = question;
        }

        var claims = new JsonArray();
        foreach (var claim in vertex.Claims)
        {
            var target = claim.TargetVertexId is { } t ? VertexLetters.Of(t) : null;
            claims.Add(new JsonObject
            {
                ["target_id"] = target ?? NoTarget,
                ["claim"] = ClaimText.Substitute(claim.Text, VertexLetters.Of(vertex.Id), target ?? claim.Target),
                ["evidence"] = new JsonObject
                {
                    ["page"] = claim.Evidence.PageTitle,
                    ["sentence"] = claim.Evidence.Sentence,
                    ["start"] = claim.Evidence.Start,
                    ["length"] = claim.Evidence.Length,
                },
            });
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
}
