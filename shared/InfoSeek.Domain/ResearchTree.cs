using InfoSeek.Contracts;

namespace InfoSeek.Domain;

public enum TreeStatus
{
    Growing,
    Blurring,
    Verbalizing,
    Judging,
    Accepted,
    Rejected,
    Failed,

    /// <summary>The run had its questions before this tree ended; its results are not used.</summary>
    Abandoned,
}

public static class TreeStatusExtensions
{
    public static bool IsEnded(this TreeStatus status) =>
        status is TreeStatus.Accepted or TreeStatus.Rejected or TreeStatus.Failed or TreeStatus.Abandoned;
}

/// <summary>
/// The command a tree waits on, kept so that a restarted planner can send it again; a tree that failed
/// because the command faulted or had no reply keeps it, so that it can be replayed.
/// </summary>
public sealed record PendingCommand(string MessageType, string Json);

/// <summary>A vertex of a research tree while the planner grows it.</summary>
public sealed class TreeVertex
{
    public required int Id { get; init; }

    public int? ParentId { get; init; }

    /// <summary>The page title; null only for a root whose random page has not been chosen yet.</summary>
    public string? Entity { get; set; }

    public string? TypeDescriptor { get; set; }

    public bool Browsed { get; set; }

    public bool Blurred { get; set; }

    /// <summary>The claim candidates the Browser mined from the vertex's page.</summary>
    public IReadOnlyList<ClaimCandidate> Candidates { get; set; } = [];

    public Certificate? Certificate { get; set; }

    public List<TreeClaim> Claims { get; } = [];
}

/// <summary>The planner's aggregate: one research tree with its vertices, claims and state.</summary>
public sealed class ResearchTree
{
    public required Guid TreeId { get; init; }

    public required Guid RunId { get; init; }

    public required int TreeNo { get; init; }

    public TreeStatus Status { get; set; }

    /// <summary>Grows by one with every command the planner sends for this tree.</summary>
    public int Step { get; set; }

    /// <summary>Optimistic concurrency: the stored version this instance was loaded at.</summary>
    public int Version { get; set; }

    public int TargetVertices { get; init; }

    public string? FailureReason { get; set; }

    public PendingCommand? Pending { get; set; }

    /// <summary>How often the pending command was sent again because no reply came; a new command starts at zero.</summary>
    public int PendingResends { get; set; }

    /// <summary>When the Planner started the tree (UTC), as stored; null for a tree not yet stored or stored before it was kept.</summary>
    public DateTime? StartedAt { get; init; }

    public List<TreeVertex> Vertices { get; } = [];

    public bool IsEnded => Status.IsEnded();

    public TreeVertex Vertex(int id) => Vertices.Single(v => v.Id == id);

    public int Depth(int vertexId)
    {
        var depth = 0;
        for (var v = Vertex(vertexId); v.ParentId is { } parent; v = Vertex(parent))
        {
            depth++;
        }

        return depth;
    }

    public IEnumerable<TreeVertex> Children(int vertexId) => Vertices.Where(v => v.ParentId == vertexId);

    public TreeSnapshot ToSnapshot() => new(
        Vertices.OrderBy(v => v.Id)
            .Select(v => new VertexSnapshot(v.Id, v.ParentId, v.Entity ?? "", v.TypeDescriptor, v.Blurred, v.Claims.ToList(), v.Certificate))
            .ToList());
}
