using Dapper;
using InfoSeek.Domain;

namespace InfoSeek.Storage;

/// <summary>A tree of a running run that has waited on its pending command since before a moment, at the version it was read.</summary>
public sealed record StalledTree(Guid TreeId, int Version);

/// <summary>A failed tree with its reason; PendingType is the command it kept for a replay (null: nothing to replay).</summary>
public sealed record FailedTree(int TreeNo, Guid TreeId, string? Reason, string? PendingType);

/// <summary>What the Planner reads to find trees that wait too long and trees that failed.</summary>
public sealed partial class StateStore
{
    private const string SelectStalledTrees = """
        SELECT t.tree_id AS TreeId, t.version AS Version
        FROM trees t
        JOIN runs r ON r.run_id = t.run_id
        WHERE r.status = 'Running' AND t.status IN ('Growing', 'Blurring', 'Verbalizing', 'Judging')
          AND t.pending_type IS NOT NULL AND t.updated_at < @Before
        ORDER BY r.created_at, t.tree_no
        """;

    /// <summary>Trees whose last change (a command sent, or sent again) is older than <paramref name="before"/> (UTC).</summary>
    public async Task<IReadOnlyList<StalledTree>> StalledTreesAsync(DateTime before, CancellationToken ct)
    {
        await using var tx = await BeginAsync(ct);
        var rows = await tx.Connection.QueryAsync<(string TreeId, int Version)>(SelectStalledTrees, new { Before = before }, tx.Transaction);
        return rows.Select(r => new StalledTree(Guid.Parse(r.TreeId), r.Version)).ToList();
    }

    private const string SelectFailedTrees = """
        SELECT tree_no AS TreeNo, tree_id AS TreeId, failure_reason AS Reason, pending_type AS PendingType
        FROM trees
        WHERE run_id = @RunId AND status = @Status
        ORDER BY tree_no
        """;

    /// <summary>The run's failed trees in tree order.</summary>
    public async Task<IReadOnlyList<FailedTree>> FailedTreesAsync(Guid runId, CancellationToken ct)
    {
        await using var tx = await BeginAsync(ct);
        var rows = await tx.Connection.QueryAsync<(int TreeNo, string TreeId, string? Reason, string? PendingType)>(
            SelectFailedTrees, new { RunId = runId.ToString(), Status = nameof(TreeStatus.Failed) }, tx.Transaction);
        return rows.Select(r => new FailedTree(r.TreeNo, Guid.Parse(r.TreeId), r.Reason, r.PendingType)).ToList();
    }
}
