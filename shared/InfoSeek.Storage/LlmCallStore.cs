using Dapper;

namespace InfoSeek.Storage;

/// <summary>One request to a language model as accounted: tokens are null when the server did not report usage; TreeId is the tree it worked for, if any.</summary>
public sealed record LlmCallRecord(
    Guid CallId,
    Guid RunId,
    string Role,
    string Model,
    int? PromptTokens,
    int? CompletionTokens,
    decimal? Cost,
    TimeSpan Latency,
    string Outcome,
    string? Detail,
    DateTime CreatedAt,
    Guid? TreeId = null);

/// <summary>The sums over one role's calls in a run.</summary>
public sealed record LlmUsageTotal(
    string Role,
    int Calls,
    int Failures,
    long PromptTokens,
    long CompletionTokens,
    int CallsWithoutUsage,
    decimal Cost,
    TimeSpan Latency);

/// <summary>The sums over one role's calls for one tree of a run.</summary>
public sealed record LlmTreeUsageTotal(Guid TreeId, LlmUsageTotal Usage);

/// <summary>The llm_calls table: one row per model request, summed per run and role for reports.</summary>
public sealed class LlmCallStore(Database database)
{
    /// <summary>The outcome string of a call that produced usable output; every other outcome counts as a failure.</summary>
    public const string SucceededOutcome = "Succeeded";

    private const string InsertCall = """
        INSERT INTO llm_calls (call_id, run_id, tree_id, role, model, prompt_tokens, completion_tokens, cost, latency_ms, outcome, detail, created_at)
        VALUES (@CallId, @RunId, @TreeId, @Role, @Model, @PromptTokens, @CompletionTokens, @Cost, @LatencyMs, @Outcome, @Detail, @CreatedAt)
        """;

    public async Task InsertAsync(LlmCallRecord call, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(InsertCall, new
        {
            CallId = call.CallId.ToString(),
            RunId = call.RunId.ToString(),
            TreeId = call.TreeId?.ToString(),
            call.Role,
            call.Model,
            call.PromptTokens,
            call.CompletionTokens,
            call.Cost,
            LatencyMs = (int)Math.Min(int.MaxValue, Math.Round(call.Latency.TotalMilliseconds)),
            call.Outcome,
            Detail = call.Detail is { Length: > 1000 } d ? d[..1000] : call.Detail,
            call.CreatedAt,
        }, cancellationToken: ct));
    }

    // BIGINT sums: a long run's tokens overflow INT on SQL Server.
    private const string Sums = """
               COUNT(*) AS Calls,
               SUM(CASE WHEN outcome = @Succeeded THEN 0 ELSE 1 END) AS Failures,
               COALESCE(SUM(CAST(prompt_tokens AS BIGINT)), 0) AS PromptTokens,
               COALESCE(SUM(CAST(completion_tokens AS BIGINT)), 0) AS CompletionTokens,
               SUM(CASE WHEN prompt_tokens IS NULL THEN 1 ELSE 0 END) AS CallsWithoutUsage,
               COALESCE(SUM(cost), 0) AS Cost,
               COALESCE(SUM(CAST(latency_ms AS BIGINT)), 0) AS LatencyMs
        """;

    private const string SelectTreeTotals = $"""
        SELECT tree_id AS TreeId, role AS Role,
        {Sums}
        FROM llm_calls
        WHERE run_id = @RunId AND tree_id IS NOT NULL
        GROUP BY tree_id, role
        ORDER BY tree_id, role
        """;

    private const string SelectTotals = """
        SELECT role AS Role,
               COUNT(*) AS Calls,
               SUM(CASE WHEN outcome = @Succeeded THEN 0 ELSE 1 END) AS Failures,
               COALESCE(SUM(CAST(prompt_tokens AS BIGINT)), 0) AS PromptTokens,
               COALESCE(SUM(CAST(completion_tokens AS BIGINT)), 0) AS CompletionTokens,
               SUM(CASE WHEN prompt_tokens IS NULL THEN 1 ELSE 0 END) AS CallsWithoutUsage,
               COALESCE(SUM(cost), 0) AS Cost,
               COALESCE(SUM(CAST(latency_ms AS BIGINT)), 0) AS LatencyMs
        FROM llm_calls
        WHERE run_id = @RunId
        GROUP BY role
        ORDER BY role
        """;

    /// <summary>Per role, the run's calls, failures, tokens, cost and summed latency.</summary>
    public async Task<IReadOnlyList<LlmUsageTotal>> TotalsAsync(Guid runId, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<TotalRow>(new CommandDefinition(
            SelectTotals, new { RunId = runId.ToString(), Succeeded = SucceededOutcome }, cancellationToken: ct));
        return rows.Select(r => new LlmUsageTotal(
            r.Role, r.Calls, r.Failures, r.PromptTokens, r.CompletionTokens, r.CallsWithoutUsage, r.Cost, TimeSpan.FromMilliseconds(r.LatencyMs))).ToList();
    }

    /// <summary>Per tree and role, the calls made for the run's trees (calls outside a tree are left out).</summary>
    public async Task<IReadOnlyList<LlmTreeUsageTotal>> TreeTotalsAsync(Guid runId, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<TotalRow>(new CommandDefinition(
            SelectTreeTotals, new { RunId = runId.ToString(), Succeeded = SucceededOutcome }, cancellationToken: ct));
        return rows.Select(r => new LlmTreeUsageTotal(Guid.Parse(r.TreeId!), new LlmUsageTotal(
            r.Role, r.Calls, r.Failures, r.PromptTokens, r.CompletionTokens, r.CallsWithoutUsage, r.Cost, TimeSpan.FromMilliseconds(r.LatencyMs)))).ToList();
    }

    private sealed class TotalRow
    {
        public string? TreeId { get; set; }

        public string Role { get; set; } = "";

        public int Calls { get; set; }

        public int Failures { get; set; }

        public long PromptTokens { get; set; }

        public long CompletionTokens { get; set; }

        public int CallsWithoutUsage { get; set; }

        public decimal Cost { get; set; }

        public long LatencyMs { get; set; }
    }
}
