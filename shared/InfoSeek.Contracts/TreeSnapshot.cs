using System.Text.Json.Serialization;

namespace InfoSeek.Contracts;

/// <summary>A research tree as it travels between services: vertices in id order, the root has id 0.</summary>
public sealed record TreeSnapshot(IReadOnlyList<VertexSnapshot> Vertices);

/// <param name="Id">Vertex id within the tree; 0 is the root (the answer).</param>
/// <param name="ParentId">The parent vertex, null for the root.</param>
/// <param name="Entity">The page title of the entity.</param>
/// <param name="TypeDescriptor">What kind of thing the entity is ("a species of bird"), from the page's lead sentence.</param>
/// <param name="Blurred">True when the vertex is described by its claims instead of its name.</param>
/// <param name="Claims">The claims about this vertex; a relation claim to a child names it in TargetVertexId.</param>
/// <param name="Certificate">The uniqueness certificate of a blurred vertex.</param>
public sealed record VertexSnapshot(
    int Id,
    int? ParentId,
    string Entity,
    string? TypeDescriptor,
    bool Blurred,
    IReadOnlyList<TreeClaim> Claims,
    Certificate? Certificate);

/// <param name="TargetVertexId">The child vertex this relation claim points to, or null (attribute, or a named leaf).</param>
/// <param name="EvidenceOnTarget">True for a relation read from the target's page ("B joined A"); see <see cref="ClaimCandidate.EvidenceOnTarget"/>.</param>
public sealed record TreeClaim(
    string Text,
    ClaimKind Kind,
    int? TargetVertexId,
    string? Target,
    Evidence Evidence,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool EvidenceOnTarget = false);
