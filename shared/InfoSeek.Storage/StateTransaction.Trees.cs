using Dapper;
using InfoSeek.Domain;

namespace InfoSeek.Storage;

/// <summary>Trees: insert, optimistic save, load, outcomes and the trees that wait on a command.</summary>
public sealed partial class StateTransaction
{
    private const string InsertTree = """
        INSERT INTO trees (tree_id, run_id, tree_no, status, step, version, target_vertices, failure_reason, pending_type, pending_json, pending_resends, updated_at, started_at)
        VALUES (@TreeId, @RunId, @TreeNo, @Status, @Step, 1, @TargetVertices, @FailureReason, @PendingType, @PendingJson, @PendingResends, @UpdatedAt, @UpdatedAt)
        """;

    public async Task InsertTreeAsync(ResearchTree tree)
    {
        await connection.ExecuteAsync(InsertTree, TreeParameters(tree), transaction);
        tree.Version = 1;
        await InsertVerticesAndClaimsAsync(tree);
    }

    private const string UpdateTree = """
        UPDATE trees
        SET status = @Status, step = @Step, version = version + 1, failure_reason = @FailureReason,
            pending_type = @PendingType, pending_json = @PendingJson, pending_resends = @PendingResends, updated_at = @UpdatedAt
        WHERE tree_id = @TreeId AND version = @Version
        """;

    private const string DeleteClaims = """
        DELETE FROM claims WHERE tree_id = @TreeId
        """;

    private const string DeleteVertices = """
        DELETE FROM vertices WHERE tree_id = @TreeId
        """;

    /// <summary>
    /// Saves the whole tree if it is still at the version it was loaded at (optimistic concurrency);
    /// otherwise throws <see cref="ConcurrencyConflictException"/>. Trees are small, so vertices and
    /// claims are rewritten rather than diffed.
    /// </summary>
    public async Task SaveTreeAsync(ResearchTree tree)
    {
        var rows = await connection.ExecuteAsync(UpdateTree, TreeParameters(tree), transaction);
        if (rows != 1)
        {
            throw new ConcurrencyConflictException($"Tree {tree.TreeId} changed since version {tree.Version}.");
        }

        tree.Version++;
        var id = new { TreeId = tree.TreeId.ToString() };
        await connection.ExecuteAsync(DeleteClaims, id, transaction);
        await connection.ExecuteAsync(DeleteVertices, id, transaction);
        await InsertVerticesAndClaimsAsync(tree);
    }

    private static object TreeParameters(ResearchTree tree) => new
    {
        TreeId = tree.TreeId.ToString(),
        RunId = tree.RunId.ToString(),
        tree.TreeNo,
        Status = tree.Status.ToString(),
        tree.Step,
        tree.Version,
        tree.TargetVertices,
        tree.FailureReason,
        PendingType = tree.Pending?.MessageType,
        PendingJson = tree.Pending?.Json,
        tree.PendingResends,
        UpdatedAt = DateTime.UtcNow,
    };

    private const string SelectTree = """
        SELECT tree_id AS TreeId, run_id AS RunId, tree_no AS TreeNo, status AS Status, step AS Step, version AS Version,
               target_vertices AS TargetVertices, failure_reason AS FailureReason, pending_type AS PendingType, pending_json AS PendingJson,
               pending_resends AS PendingResends, started_at AS StartedAt
        FROM trees WHERE tree_id = @TreeId
        """;


    public async Task<ResearchTree?> LoadTreeAsync(Guid treeId)
    {
        var id = new { TreeId = treeId.ToString() };
        var row = await connection.QuerySingleOrDefaultAsync<TreeRow>(SelectTree, id, transaction);
        if (row is null)
        {
            return null;
        }

        var tree = ToTree(row);
        foreach (var v in await connection.QueryAsync<VertexRow>(SelectVertices, id, transaction))
        {
            tree.Vertices.Add(ToVertex(v));
        }

        foreach (var c in await connection.QueryAsync<ClaimRow>(SelectClaims, id, transaction))
        {
            AddClaim(tree, c);
        }

        return tree;
    }

    /// <summary>A tree from its row, without vertices.</summary>
    internal static ResearchTree ToTree(TreeRow row) => new()
    {
        TreeId = Guid.Parse(row.TreeId),
        RunId = Guid.Parse(row.RunId),
        TreeNo = row.TreeNo,
        Status = Enum.Parse<TreeStatus>(row.Status),
        Step = row.Step,
        Version = row.Version,
        TargetVertices = row.TargetVertices,
        FailureReason = row.FailureReason,
        StartedAt = row.StartedAt is { } started ? DateTime.SpecifyKind(started, DateTimeKind.Utc) : null,
        Pending = row.PendingType is null ? null : new PendingCommand(row.PendingType, row.PendingJson ?? "{}"),
        PendingResends = row.PendingResends,
    };

    private const string SelectOutcomes = """
        SELECT t.tree_no AS TreeNo, t.tree_id AS TreeId, t.status AS Status, t.failure_reason AS FailureReason, v.entity AS Answer
        FROM trees t
        LEFT JOIN vertices v ON v.tree_id = t.tree_id AND v.vertex_id = 0
        WHERE t.run_id = @RunId
        ORDER BY t.tree_no
        """;

    /// <summary>Every tree of the run in tree order; with <paramref name="vertexSets"/>, the vertex set of each tree with an accepted sample.</summary>
    public async Task<IReadOnlyList<TreeOutcome>> TreeOutcomesAsync(Guid runId, bool vertexSets = false)
    {
        var run = new { RunId = runId.ToString() };
        var rows = await connection.QueryAsync<OutcomeRow>(SelectOutcomes, run, transaction);
        var sets = vertexSets
            ? (await connection.QueryAsync<AcceptedVertexRow>(SelectAcceptedVertices, run, transaction))
                .GroupBy(v => v.TreeNo)
                .ToDictionary(g => g.Key, g => DatasetSelection.VertexSet(g.Select(v => v.Entity)))
            : [];
        return rows.Select(r => new TreeOutcome(
            r.TreeNo, Guid.Parse(r.TreeId), Enum.Parse<TreeStatus>(r.Status), r.FailureReason, r.Answer, sets.GetValueOrDefault(r.TreeNo))).ToList();
    }

    /// <summary>The vertices of the run's trees with an accepted sample, by tree number.</summary>
    internal const string SelectAcceptedVertices = """
        SELECT t.tree_no AS TreeNo, v.entity AS Entity
        FROM trees t
        JOIN samples s ON s.tree_id = t.tree_id
        JOIN vertices v ON v.tree_id = t.tree_id
        WHERE t.run_id = @RunId AND s.accepted = 1
        ORDER BY t.tree_no, v.vertex_id
        """;

    internal sealed class AcceptedVertexRow
    {
        public int TreeNo { get; set; }

        public string? Entity { get; set; }
    }

    private const string SelectActiveTreeIds = """
        SELECT tree_id FROM trees
        WHERE run_id = @RunId AND status IN ('Growing', 'Blurring', 'Verbalizing', 'Judging')
        ORDER BY tree_no
        """;

    public async Task<IReadOnlyList<ResearchTree>> ActiveTreesAsync(Guid runId)
    {
        var ids = await connection.QueryAsync<string>(SelectActiveTreeIds, new { RunId = runId.ToString() }, transaction);
        var trees = new List<ResearchTree>();
        foreach (var id in ids)
        {
            trees.Add((await LoadTreeAsync(Guid.Parse(id)))!);
        }

        return trees;
    }

    internal class TreeRow
    {
        public string TreeId { get; set; } = "";

        public string RunId { get; set; } = "";

        public int TreeNo { get; set; }

        public string Status { get; set; } = "";

        public int Step { get; set; }

        public int Version { get; set; }

        public int TargetVertices { get; set; }

        public string? FailureReason { get; set; }

        public string? PendingType { get; set; }

        public string? PendingJson { get; set; }

        public int PendingResends { get; set; }

        public DateTime? StartedAt { get; set; }
    }

    private sealed class OutcomeRow
    {
        public string? Answer { get; set; }

        public int TreeNo { get; set; }

        public string TreeId { get; set; } = "";

        public string Status { get; set; } = "";

        public string? FailureReason { get; set; }
    }
}
