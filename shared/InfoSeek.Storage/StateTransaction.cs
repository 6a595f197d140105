using System.Data.Common;
using System.Text.Json;
using Dapper;
using InfoSeek.Contracts;
using InfoSeek.Domain;

namespace InfoSeek.Storage;

/// <summary>
/// One unit of work on the state. Disposing without <see cref="CommitAsync"/> rolls everything back.
/// </summary>
public sealed partial class StateTransaction(DbConnection connection, DbTransaction transaction) : IAsyncDisposable
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
}
