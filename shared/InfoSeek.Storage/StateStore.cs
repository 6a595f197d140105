using Dapper;
using InfoSeek.Domain;

namespace InfoSeek.Storage;

/// <summary>
/// The research-tree state: runs, trees, vertices, claims, questions and samples. Writes go through
/// a <see cref="StateTransaction"/> so that a state change and its processed-message row commit together.
/// </summary>
public sealed partial class StateStore(Database database)
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

    /// <summary>Every tree of the run in tree order; with <paramref name="vertexSets"/>, the vertex set of each tree with an accepted sample.</summary>
    public async Task<IReadOnlyList<TreeOutcome>> TreeOutcomesAsync(Guid runId, CancellationToken ct, bool vertexSets = false)
    {
        await using var tx = await BeginAsync(ct);
        return await tx.TreeOutcomesAsync(runId, vertexSets);
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

    public async Task<TreeSample?> SampleAsync(Guid treeId, CancellationToken ct)
    {
        await using var tx = await BeginAsync(ct);
        return await tx.SampleAsync(treeId);
    }

    /// <summary>Every judged sample of the run, in tree order (read whole; exports use <see cref="ReadSamplesAsync"/>).</summary>
    public async Task<IReadOnlyList<StoredSample>> SamplesAsync(Guid runId, CancellationToken ct) =>
        await ReadSamplesAsync(runId, ct).ToListAsync(ct);

    /// <summary>The samples that make the run's dataset (see <see cref="DatasetSelection"/>), read in tree order.</summary>
    public async Task<IReadOnlyList<StoredSample>> DatasetSamplesAsync(RunRecord run, CancellationToken ct)
    {
        var selection = new DatasetSelection(run.Request.Count, run.Request.PerAnswer);
        var samples = new List<StoredSample>();
        await foreach (var sample in ReadSamplesAsync(run.RunId, ct))
        {
            if (selection.Full)
            {
                break;
            }

            if (selection.Offer(sample.Accepted, sample.Answer, DatasetSelection.VertexSet(sample.Tree.Vertices.Select(v => v.Entity))))
            {
                samples.Add(sample);
            }
        }

        return samples;
    }
}
