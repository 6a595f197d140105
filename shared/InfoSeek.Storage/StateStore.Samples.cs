using System.Runtime.CompilerServices;
using System.Text.Json;
using Dapper;
using InfoSeek.Contracts;
using InfoSeek.Domain;

namespace InfoSeek.Storage;

/// <summary>
/// A run's samples read as streams: one unbuffered query per table (samples with their trees and
/// questions, vertices, claims), each ordered by tree number, merged while they are read, so that a
/// run of any size is never held in memory whole.
/// </summary>
public sealed partial class StateStore
{
    private const string SelectSampleTrees = """
        SELECT t.tree_id AS TreeId, t.run_id AS RunId, t.tree_no AS TreeNo, t.status AS Status, t.step AS Step, t.version AS Version,
               t.target_vertices AS TargetVertices, t.failure_reason AS FailureReason, t.pending_type AS PendingType, t.pending_json AS PendingJson,
               t.started_at AS StartedAt, q.question AS Question, q.answer AS Answer,
               s.accepted AS Accepted, s.reason AS Reason, s.trajectory_json AS TrajectoryJson, s.filters_json AS FiltersJson
        FROM trees t
        JOIN questions q ON q.tree_id = t.tree_id
        JOIN samples s ON s.tree_id = t.tree_id
        WHERE t.run_id = @RunId
        ORDER BY t.tree_no
        """;

    private const string SelectSampleVertices = """
        SELECT t.tree_no AS TreeNo, v.vertex_id AS VertexId, v.parent_id AS ParentId, v.entity AS Entity, v.type_descriptor AS TypeDescriptor,
               v.browsed AS Browsed, v.blurred AS Blurred, v.candidates_json AS CandidatesJson, v.certificate_json AS CertificateJson
        FROM trees t
        JOIN questions q ON q.tree_id = t.tree_id
        JOIN samples s ON s.tree_id = t.tree_id
        JOIN vertices v ON v.tree_id = t.tree_id
        WHERE t.run_id = @RunId
        ORDER BY t.tree_no, v.vertex_id
        """;

    private const string SelectSampleClaims = """
        SELECT t.tree_no AS TreeNo, c.vertex_id AS VertexId, c.target_vertex_id AS TargetVertexId, c.kind AS Kind, c.claim_text AS ClaimText,
               c.target AS Target, c.evidence_page AS EvidencePage, c.evidence_sentence AS EvidenceSentence,
               c.evidence_start AS EvidenceStart, c.evidence_length AS EvidenceLength, c.evidence_on_target AS EvidenceOnTarget
        FROM trees t
        JOIN questions q ON q.tree_id = t.tree_id
        JOIN samples s ON s.tree_id = t.tree_id
        JOIN claims c ON c.tree_id = t.tree_id
        WHERE t.run_id = @RunId
        ORDER BY t.tree_no, c.claim_no
        """;

    private const string SelectSampleSummaries = """
        SELECT t.tree_id AS TreeId, t.tree_no AS TreeNo, q.answer AS Answer, s.accepted AS Accepted, s.filters_json AS FiltersJson
        FROM trees t
        JOIN questions q ON q.tree_id = t.tree_id
        JOIN samples s ON s.tree_id = t.tree_id
        WHERE t.run_id = @RunId
        ORDER BY t.tree_no
        """;

    /// <summary>Every judged sample of the run, in tree order, read as it is consumed.</summary>
    public async IAsyncEnumerable<StoredSample> ReadSamplesAsync(Guid runId, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct, multipleActiveReaders: true);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var run = new { RunId = runId.ToString() };
        await using var samples = connection.QueryUnbufferedAsync<SampleTreeRow>(SelectSampleTrees, run, transaction).GetAsyncEnumerator(ct);
        await using var vertices = new MergeReader<SampleVertexRow>(connection.QueryUnbufferedAsync<SampleVertexRow>(SelectSampleVertices, run, transaction), v => v.TreeNo, ct);
        await using var claims = new MergeReader<SampleClaimRow>(connection.QueryUnbufferedAsync<SampleClaimRow>(SelectSampleClaims, run, transaction), c => c.TreeNo, ct);
        while (await samples.MoveNextAsync())
        {
            var row = samples.Current;
            var tree = StateTransaction.ToTree(row);
            await foreach (var v in vertices.TakeAsync(row.TreeNo))
            {
                tree.Vertices.Add(StateTransaction.ToVertex(v));
            }

            await foreach (var c in claims.TakeAsync(row.TreeNo))
            {
                StateTransaction.AddClaim(tree, c);
            }

            var trajectory = row.TrajectoryJson is null ? null : JsonSerializer.Deserialize<Trajectory>(row.TrajectoryJson, JsonDefaults.Options);
            yield return new StoredSample(row.TreeNo, tree.TreeId, row.Question, row.Answer, tree.ToSnapshot(), row.Accepted, row.Reason, trajectory, Filters(row.FiltersJson));
        }
    }

    /// <summary>
    /// Every judged sample's tree, answer, verdict and filter outcomes, in tree order: no trees, questions or trajectories;
    /// with <paramref name="vertexSets"/>, the vertex set of each accepted sample's tree (read as a second stream).
    /// </summary>
    public async IAsyncEnumerable<SampleSummary> ReadSampleSummariesAsync(Guid runId, [EnumeratorCancellation] CancellationToken ct, bool vertexSets = false)
    {
        await using var connection = await database.OpenAsync(ct, multipleActiveReaders: vertexSets);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var run = new { RunId = runId.ToString() };
        var rows = connection.QueryUnbufferedAsync<SampleSummaryRow>(SelectSampleSummaries, run, transaction);
        await using var vertices = vertexSets
            ? new MergeReader<StateTransaction.AcceptedVertexRow>(
                connection.QueryUnbufferedAsync<StateTransaction.AcceptedVertexRow>(StateTransaction.SelectAcceptedVertices, run, transaction), v => v.TreeNo, ct)
            : null;
        await foreach (var row in rows.WithCancellation(ct))
        {
            var vertexSet = vertices is not null && row.Accepted
                ? DatasetSelection.VertexSet(await vertices.TakeAsync(row.TreeNo).Select(v => v.Entity).ToListAsync(ct))
                : null;
            yield return new SampleSummary(row.TreeNo, Guid.Parse(row.TreeId), row.Answer, row.Accepted, Filters(row.FiltersJson), vertexSet);
        }
    }

    private static List<FilterOutcome>? Filters(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<List<FilterOutcome>>(json, JsonDefaults.Options);

    /// <summary>A stream of rows ordered by tree number, taken one tree at a time.</summary>
    private sealed class MergeReader<T>(IAsyncEnumerable<T> rows, Func<T, int> treeNo, CancellationToken ct) : IAsyncDisposable
        where T : class
    {
        private readonly IAsyncEnumerator<T> rows = rows.GetAsyncEnumerator(ct);
        private T? next;
        private bool started;
        private bool ended;

        /// <summary>The rows of tree <paramref name="tree"/>; rows of lower trees are skipped.</summary>
        public async IAsyncEnumerable<T> TakeAsync(int tree)
        {
            if (!started)
            {
                started = true;
                await AdvanceAsync();
            }

            while (!ended && treeNo(next!) <= tree)
            {
                if (treeNo(next!) == tree)
                {
                    yield return next!;
                }

                await AdvanceAsync();
            }
        }

        public ValueTask DisposeAsync() => rows.DisposeAsync();

        private async Task AdvanceAsync()
        {
            ended = !await rows.MoveNextAsync();
            next = ended ? null : rows.Current;
        }
    }

    // Row types are classes with setters: SQLite hands back 64-bit integers, which Dapper converts for
    // properties but not for constructor parameters.
    private sealed class SampleTreeRow : StateTransaction.TreeRow
    {
        public string Question { get; set; } = "";

        public string Answer { get; set; } = "";

        public bool Accepted { get; set; }

        public string? Reason { get; set; }

        public string? TrajectoryJson { get; set; }

        public string? FiltersJson { get; set; }
    }

    private sealed class SampleVertexRow : StateTransaction.VertexRow
    {
        public int TreeNo { get; set; }
    }

    private sealed class SampleClaimRow : StateTransaction.ClaimRow
    {
        public int TreeNo { get; set; }
    }

    private sealed class SampleSummaryRow
    {
        public string TreeId { get; set; } = "";

        public int TreeNo { get; set; }

        public string Answer { get; set; } = "";

        public bool Accepted { get; set; }

        public string? FiltersJson { get; set; }
    }
}
