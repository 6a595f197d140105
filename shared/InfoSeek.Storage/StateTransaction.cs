using System.Data.Common;
using System.Text.Json;
using Dapper;
using InfoSeek.Contracts;
using InfoSeek.Domain;

namespace InfoSeek.Storage;

/// <summary>
/// One unit of work on the state. Disposing without <see cref="CommitAsync"/> rolls everything back.
/// </summary>
public sealed class StateTransaction(DbConnection connection, DbTransaction transaction) : IAsyncDisposable
{
    internal DbConnection Connection => connection;

    internal DbTransaction Transaction => transaction;

    public async Task CommitAsync(CancellationToken ct) => await transaction.CommitAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }

    private const string InsertProcessed = """
        INSERT INTO processed_messages (message_key, processed_at) VALUES (@Key, @At)
        """;

    /// <summary>
    /// Records that a message was handled. False when it was handled before: the caller then does nothing.
    /// </summary>
    public async Task<bool> TryMarkProcessedAsync(string messageKey)
    {
        try
        {
            await connection.ExecuteAsync(InsertProcessed, new { Key = messageKey, At = DateTime.UtcNow }, transaction);
            return true;
        }
        catch (DbException e) when (Database.IsDuplicateKey(e))
        {
            return false;
        }
    }

    // ---- runs ----

    private const string InsertRun = """
        INSERT INTO runs (run_id, name, seed, target_count, config_json, status, trees_started, version, created_at, completed_at)
        VALUES (@RunId, @Name, @Seed, @TargetCount, @ConfigJson, @Status, @TreesStarted, 1, @CreatedAt, NULL)
        """;

    public async Task InsertRunAsync(RunRecord run)
    {
        await connection.ExecuteAsync(InsertRun, new
        {
            RunId = run.RunId.ToString(),
            run.Name,
            run.Request.Seed,
            TargetCount = run.Request.Count,
            ConfigJson = JsonSerializer.Serialize(run.Request, JsonDefaults.Options),
            Status = run.Status.ToString(),
            run.TreesStarted,
            CreatedAt = DateTime.UtcNow,
        }, transaction);
    }

    private const string SelectRun = """
        SELECT run_id AS RunId, name AS Name, config_json AS ConfigJson, status AS Status, trees_started AS TreesStarted, version AS Version,
               created_at AS CreatedAt, completed_at AS CompletedAt
        FROM runs WHERE run_id = @RunId
        """;

    public async Task<RunRecord?> FindRunAsync(Guid runId) =>
        ToRecord(await connection.QuerySingleOrDefaultAsync<RunRow>(SelectRun, new { RunId = runId.ToString() }, transaction));

    private const string SelectRunByName = """
        SELECT run_id AS RunId, name AS Name, config_json AS ConfigJson, status AS Status, trees_started AS TreesStarted, version AS Version,
               created_at AS CreatedAt, completed_at AS CompletedAt
        FROM runs WHERE name = @Name
        """;

    public async Task<RunRecord?> FindRunByNameAsync(string name) =>
        ToRecord(await connection.QuerySingleOrDefaultAsync<RunRow>(SelectRunByName, new { Name = name }, transaction));

    private static RunRecord? ToRecord(RunRow? row) => row is null
        ? null
        : new RunRecord(
            Guid.Parse(row.RunId),
            row.Name,
            JsonSerializer.Deserialize<StartRun>(row.ConfigJson, JsonDefaults.Options)!,
            Enum.Parse<RunStatus>(row.Status),
            row.TreesStarted,
            row.Version,
            AsUtc(row.CreatedAt),
            row.CompletedAt is { } completed ? AsUtc(completed) : null);

    // Both dialects store UTC without a kind (SQLite as text, SQL Server as datetime2).
    private static DateTime AsUtc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private const string SelectRuns = """
        SELECT run_id AS RunId, name AS Name, config_json AS ConfigJson, status AS Status, trees_started AS TreesStarted, version AS Version,
               created_at AS CreatedAt, completed_at AS CompletedAt
        FROM runs ORDER BY created_at, run_id
        """;

    /// <summary>Every run, oldest first.</summary>
    public async Task<IReadOnlyList<RunRecord>> RunsAsync()
    {
        var rows = await connection.QueryAsync<RunRow>(SelectRuns, transaction: transaction);
        return rows.Select(r => ToRecord(r)!).ToList();
    }

    private const string UpdateRun = """
        UPDATE runs SET status = @Status, trees_started = @TreesStarted, version = version + 1, completed_at = @CompletedAt
        WHERE run_id = @RunId AND version = @Version
        """;

    /// <summary>Saves the run's state if nobody changed it since it was read.</summary>
    public async Task UpdateRunAsync(RunRecord run)
    {
        var rows = await connection.ExecuteAsync(UpdateRun, new
        {
            RunId = run.RunId.ToString(),
            Status = run.Status.ToString(),
            run.TreesStarted,
            run.Version,
            CompletedAt = run.Status == RunStatus.Running ? (DateTime?)null : DateTime.UtcNow,
        }, transaction);
        if (rows != 1)
        {
            throw new ConcurrencyConflictException($"Run {run.RunId} changed since version {run.Version}.");
        }
    }

    // ---- trees ----

    private const string InsertTree = """
        INSERT INTO trees (tree_id, run_id, tree_no, status, step, version, target_vertices, failure_reason, pending_type, pending_json, updated_at, started_at)
        VALUES (@TreeId, @RunId, @TreeNo, @Status, @Step, 1, @TargetVertices, @FailureReason, @PendingType, @PendingJson, @UpdatedAt, @UpdatedAt)
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
            pending_type = @PendingType, pending_json = @PendingJson, updated_at = @UpdatedAt
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
        UpdatedAt = DateTime.UtcNow,
    };

    private const string InsertVertex = """
        INSERT INTO vertices (tree_id, vertex_id, parent_id, entity, type_descriptor, browsed, blurred, candidates_json, certificate_json)
        VALUES (@TreeId, @VertexId, @ParentId, @Entity, @TypeDescriptor, @Browsed, @Blurred, @CandidatesJson, @CertificateJson)
        """;

    private const string InsertClaim = """
        INSERT INTO claims (tree_id, claim_no, vertex_id, target_vertex_id, kind, claim_text, target,
                            evidence_page, evidence_sentence, evidence_start, evidence_length)
        VALUES (@TreeId, @ClaimNo, @VertexId, @TargetVertexId, @Kind, @ClaimText, @Target,
                @EvidencePage, @EvidenceSentence, @EvidenceStart, @EvidenceLength)
        """;

    private async Task InsertVerticesAndClaimsAsync(ResearchTree tree)
    {
        var treeId = tree.TreeId.ToString();
        var vertices = tree.Vertices.Select(v => new
        {
            TreeId = treeId,
            VertexId = v.Id,
            v.ParentId,
            v.Entity,
            v.TypeDescriptor,
            v.Browsed,
            v.Blurred,
            CandidatesJson = v.Candidates.Count == 0 ? null : JsonSerializer.Serialize(v.Candidates, JsonDefaults.Options),
            CertificateJson = v.Certificate is null ? null : JsonSerializer.Serialize(v.Certificate, JsonDefaults.Options),
        }).ToList();
        await connection.ExecuteAsync(InsertVertex, vertices, transaction);

        var claimNo = 0;
        var claims = new List<object>();
        foreach (var vertex in tree.Vertices)
        {
            foreach (var claim in vertex.Claims)
            {
                claims.Add(new
                {
                    TreeId = treeId,
                    ClaimNo = claimNo++,
                    VertexId = vertex.Id,
                    claim.TargetVertexId,
                    Kind = claim.Kind.ToString(),
                    ClaimText = claim.Text,
                    claim.Target,
                    EvidencePage = claim.Evidence.PageTitle,
                    EvidenceSentence = claim.Evidence.Sentence,
                    EvidenceStart = claim.Evidence.Start,
                    EvidenceLength = claim.Evidence.Length,
                });
            }
        }

        await connection.ExecuteAsync(InsertClaim, claims, transaction);
    }

    private const string SelectTree = """
        SELECT tree_id AS TreeId, run_id AS RunId, tree_no AS TreeNo, status AS Status, step AS Step, version AS Version,
               target_vertices AS TargetVertices, failure_reason AS FailureReason, pending_type AS PendingType, pending_json AS PendingJson,
               started_at AS StartedAt
        FROM trees WHERE tree_id = @TreeId
        """;

    private const string SelectVertices = """
        SELECT vertex_id AS VertexId, parent_id AS ParentId, entity AS Entity, type_descriptor AS TypeDescriptor,
               browsed AS Browsed, blurred AS Blurred, candidates_json AS CandidatesJson, certificate_json AS CertificateJson
        FROM vertices WHERE tree_id = @TreeId ORDER BY vertex_id
        """;

    private const string SelectClaims = """
        SELECT vertex_id AS VertexId, target_vertex_id AS TargetVertexId, kind AS Kind, claim_text AS ClaimText, target AS Target,
               evidence_page AS EvidencePage, evidence_sentence AS EvidenceSentence, evidence_start AS EvidenceStart, evidence_length AS EvidenceLength
        FROM claims WHERE tree_id = @TreeId ORDER BY claim_no
        """;

    public async Task<ResearchTree?> LoadTreeAsync(Guid treeId)
    {
        var id = new { TreeId = treeId.ToString() };
        var row = await connection.QuerySingleOrDefaultAsync<TreeRow>(SelectTree, id, transaction);
        if (row is null)
        {
            return null;
        }

        var tree = new ResearchTree
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
        };
        foreach (var v in await connection.QueryAsync<VertexRow>(SelectVertices, id, transaction))
        {
            tree.Vertices.Add(new TreeVertex
            {
                Id = v.VertexId,
                ParentId = v.ParentId,
                Entity = v.Entity,
                TypeDescriptor = v.TypeDescriptor,
                Browsed = v.Browsed,
                Blurred = v.Blurred,
                Candidates = v.CandidatesJson is null ? [] : JsonSerializer.Deserialize<List<ClaimCandidate>>(v.CandidatesJson, JsonDefaults.Options)!,
                Certificate = v.CertificateJson is null ? null : JsonSerializer.Deserialize<Certificate>(v.CertificateJson, JsonDefaults.Options),
            });
        }

        foreach (var c in await connection.QueryAsync<ClaimRow>(SelectClaims, id, transaction))
        {
            tree.Vertex(c.VertexId).Claims.Add(new TreeClaim(
                c.ClaimText,
                Enum.Parse<ClaimKind>(c.Kind),
                c.TargetVertexId,
                c.Target,
                new Evidence(c.EvidencePage, c.EvidenceSentence, c.EvidenceStart, c.EvidenceLength)));
        }

        return tree;
    }

    private const string SelectOutcomes = """
        SELECT t.tree_no AS TreeNo, t.tree_id AS TreeId, t.status AS Status, t.failure_reason AS FailureReason, v.entity AS Answer
        FROM trees t
        LEFT JOIN vertices v ON v.tree_id = t.tree_id AND v.vertex_id = 0
        WHERE t.run_id = @RunId
        ORDER BY t.tree_no
        """;

    public async Task<IReadOnlyList<TreeOutcome>> TreeOutcomesAsync(Guid runId)
    {
        var rows = await connection.QueryAsync<OutcomeRow>(SelectOutcomes, new { RunId = runId.ToString() }, transaction);
        return rows.Select(r => new TreeOutcome(r.TreeNo, Guid.Parse(r.TreeId), Enum.Parse<TreeStatus>(r.Status), r.FailureReason, r.Answer)).ToList();
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

    // ---- questions and samples ----

    private const string InsertQuestion = """
        INSERT INTO questions (tree_id, question, answer) VALUES (@TreeId, @Question, @Answer)
        """;

    public async Task InsertQuestionAsync(Guid treeId, string question, string answer) =>
        await connection.ExecuteAsync(InsertQuestion, new { TreeId = treeId.ToString(), Question = question, Answer = answer }, transaction);

    private const string SelectQuestion = """
        SELECT question FROM questions WHERE tree_id = @TreeId
        """;

    /// <summary>The tree's verbalized question, or null before it has one.</summary>
    public async Task<string?> QuestionAsync(Guid treeId) =>
        await connection.QuerySingleOrDefaultAsync<string>(SelectQuestion, new { TreeId = treeId.ToString() }, transaction);

    private const string InsertSample = """
        INSERT INTO samples (tree_id, accepted, reason, trajectory_json, filters_json)
        VALUES (@TreeId, @Accepted, @Reason, @TrajectoryJson, @FiltersJson)
        """;

    public async Task InsertSampleAsync(Guid treeId, bool accepted, string? reason, Trajectory? trajectory, IReadOnlyList<FilterOutcome>? filters = null) =>
        await connection.ExecuteAsync(InsertSample, new
        {
            TreeId = treeId.ToString(),
            Accepted = accepted,
            Reason = reason,
            TrajectoryJson = trajectory is null ? null : JsonSerializer.Serialize(trajectory, JsonDefaults.Options),
            FiltersJson = filters is null ? null : JsonSerializer.Serialize(filters, JsonDefaults.Options),
        }, transaction);

    private sealed class RunRow
    {
        public string RunId { get; set; } = "";

        public string Name { get; set; } = "";

        public string ConfigJson { get; set; } = "";

        public string Status { get; set; } = "";

        public int TreesStarted { get; set; }

        public int Version { get; set; }

        public DateTime CreatedAt { get; set; }

        public DateTime? CompletedAt { get; set; }
    }

    private sealed class TreeRow
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

        public DateTime? StartedAt { get; set; }
    }

    private sealed class VertexRow
    {
        public int VertexId { get; set; }

        public int? ParentId { get; set; }

        public string? Entity { get; set; }

        public string? TypeDescriptor { get; set; }

        public bool Browsed { get; set; }

        public bool Blurred { get; set; }

        public string? CandidatesJson { get; set; }

        public string? CertificateJson { get; set; }
    }

    private sealed class ClaimRow
    {
        public int VertexId { get; set; }

        public int? TargetVertexId { get; set; }

        public string Kind { get; set; } = "";

        public string ClaimText { get; set; } = "";

        public string? Target { get; set; }

        public string EvidencePage { get; set; } = "";

        public string EvidenceSentence { get; set; } = "";

        public int EvidenceStart { get; set; }

        public int EvidenceLength { get; set; }
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
