using System.Text.Json;
using Dapper;
using InfoSeek.Contracts;
using InfoSeek.Domain;

namespace InfoSeek.Storage;

/// <summary>A tree's verbalized question and its judged sample.</summary>
public sealed partial class StateTransaction
{
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

    private const string SelectSample = """
        SELECT accepted AS Accepted, reason AS Reason, trajectory_json AS TrajectoryJson, filters_json AS FiltersJson
        FROM samples WHERE tree_id = @TreeId
        """;

    /// <summary>The tree's judged sample, or null before the Sampler judged it.</summary>
    public async Task<TreeSample?> SampleAsync(Guid treeId)
    {
        var row = await connection.QuerySingleOrDefaultAsync<SampleRow>(SelectSample, new { TreeId = treeId.ToString() }, transaction);
        return row is null ? null : new TreeSample(
            row.Accepted,
            row.Reason,
            row.TrajectoryJson is null ? null : JsonSerializer.Deserialize<Trajectory>(row.TrajectoryJson, JsonDefaults.Options),
            row.FiltersJson is null ? null : JsonSerializer.Deserialize<List<FilterOutcome>>(row.FiltersJson, JsonDefaults.Options));
    }

    private sealed class SampleRow
    {
        public bool Accepted { get; set; }

        public string? Reason { get; set; }

        public string? TrajectoryJson { get; set; }

        public string? FiltersJson { get; set; }
    }
}
