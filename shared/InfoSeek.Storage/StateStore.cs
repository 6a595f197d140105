using System.Text.Json;
using Dapper;
using InfoSeek.Contracts;
using InfoSeek.Domain;

namespace InfoSeek.Storage;

/// <summary>
/// The research-tree state: runs, trees, vertices, claims, questions and samples. Writes go through
/// a <see cref="StateTransaction"/> so that a state change and its processed-message row commit together.
/// </summary>
public sealed class StateStore(Database database)
{
    public async Task<StateTransaction> BeginAsync(CancellationToken ct)
    {
        var connection = await database.OpenAsync(ct);
        try
        {
            var transaction = await connection.BeginTransactionAsync(ct);
            return new StateTransaction(connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<RunRecord?> FindRunAsync(Guid runId, CancellationToken ct)
    {
        await using var tx = await BeginAsync(ct);
        return await tx.FindRunAsync(runId);
    }

    public async Task<IReadOnlyList<RunRecord>> RunsAsync(CancellationToken ct)
    {
        await using var tx = await BeginAsync(ct);
        return await tx.RunsAsync();
    }

    /// <summary>A run by its id (a GUID) or, failing that, by its name.</summary>
    public async Task<RunRecord?> FindRunAsync(string nameOrId, CancellationToken ct)
    {
        await using var tx = await BeginAsync(ct);
        return (Guid.TryParse(nameOrId, out var id) ? await tx.FindRunAsync(id) : null) ?? await tx.FindRunByNameAsync(nameOrId);
    }

    private const string SelectRunningRunIds = """
        SELECT run_id FROM runs WHERE status = 'Running' ORDER BY created_at, run_id
        """;

    public async Task<IReadOnlyList<Guid>> RunningRunIdsAsync(CancellationToken ct)
    {
        await using var tx = await BeginAsync(ct);
        var ids = await tx.Connection.QueryAsync<string>(SelectRunningRunIds, transaction: tx.Transaction);
        return ids.Select(Guid.Parse).ToList();
    }

    public async Task<IReadOnlyList<TreeOutcome>> TreeOutcomesAsync(Guid runId, CancellationToken ct)
    {
        await using var tx = await BeginAsync(ct);
        return await tx.TreeOutcomesAsync(runId);
    }

    /// <summary>Trees that wait on a command, so a restarted planner can send it again.</summary>
    public async Task<IReadOnlyList<ResearchTree>> ActiveTreesAsync(Guid runId, CancellationToken ct)
    {
        await using var tx = await BeginAsync(ct);
        return await tx.ActiveTreesAsync(runId);
    }

    public async Task<ResearchTree?> LoadTreeAsync(Guid treeId, CancellationToken ct)
    {
        await using var tx = await BeginAsync(ct);
        return await tx.LoadTreeAsync(treeId);
    }

    public async Task<string?> QuestionAsync(Guid treeId, CancellationToken ct)
    {
        await using var tx = await BeginAsync(ct);
        return await tx.QuestionAsync(treeId);
    }

    private const string SelectSamples = """
        SELECT t.tree_id AS TreeId, t.tree_no AS TreeNo, q.question AS Question, q.answer AS Answer,
               s.accepted AS Accepted, s.reason AS Reason, s.trajectory_json AS TrajectoryJson, s.filters_json AS FiltersJson
        FROM trees t
        JOIN questions q ON q.tree_id = t.tree_id
        JOIN samples s ON s.tree_id = t.tree_id
        WHERE t.run_id = @RunId
        ORDER BY t.tree_no
        """;

    /// <summary>Every judged sample of the run, in tree order.</summary>
    public async Task<IReadOnlyList<StoredSample>> SamplesAsync(Guid runId, CancellationToken ct)
    {
        await using var tx = await BeginAsync(ct);
        var rows = await tx.Connection.QueryAsync<SampleRow>(SelectSamples, new { RunId = runId.ToString() }, tx.Transaction);
        var samples = new List<StoredSample>();
        foreach (var row in rows)
        {
            var tree = await tx.LoadTreeAsync(Guid.Parse(row.TreeId)) ?? throw new InvalidOperationException($"Tree {row.TreeId} vanished.");
            var trajectory = row.TrajectoryJson is null ? null : JsonSerializer.Deserialize<Trajectory>(row.TrajectoryJson, JsonDefaults.Options);
            var filters = row.FiltersJson is null ? null : JsonSerializer.Deserialize<List<FilterOutcome>>(row.FiltersJson, JsonDefaults.Options);
            samples.Add(new StoredSample(row.TreeNo, tree.TreeId, row.Question, row.Answer, tree.ToSnapshot(), row.Accepted, row.Reason, trajectory, filters));
        }

        return samples;
    }

    /// <summary>
    /// The samples that make the run's dataset: accepted ones by tree number, one per answer (the
    /// lowest-numbered tree keeps it), at most the run's Count.
    /// </summary>
    public async Task<IReadOnlyList<StoredSample>> DatasetSamplesAsync(RunRecord run, CancellationToken ct) =>
        DatasetSamples(run, await SamplesAsync(run.RunId, ct));

    /// <summary>The dataset rule over samples already read.</summary>
    public static IReadOnlyList<StoredSample> DatasetSamples(RunRecord run, IEnumerable<StoredSample> samples) =>
        samples
            .Where(s => s.Accepted)
            .OrderBy(s => s.TreeNo)
            .DistinctBy(s => s.Answer, StringComparer.Ordinal)
            .Take(run.Request.Count)
            .ToList();

    // Row types are classes with setters: SQLite hands back 64-bit integers, which Dapper converts for
    // properties but not for constructor parameters.
    private sealed class SampleRow
    {
        public string TreeId { get; set; } = "";

        public int TreeNo { get; set; }

        public string Question { get; set; } = "";

        public string Answer { get; set; } = "";

        public bool Accepted { get; set; }

        public string? Reason { get; set; }

        public string? TrajectoryJson { get; set; }

        public string? FiltersJson { get; set; }
    }
}
