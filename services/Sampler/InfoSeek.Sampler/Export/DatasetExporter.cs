using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using InfoSeek.Contracts;
using InfoSeek.Domain;
using InfoSeek.Storage;

namespace InfoSeek.Sampler;

/// <summary>What an export wrote.</summary>
public sealed record ExportResult(string Directory, int Questions, int Train, int Test, int Trajectories, DatasetReport Report);

/// <summary>
/// Writes a run's dataset from the store: questions.jsonl, trajectories.jsonl, train.jsonl and
/// test.jsonl, the dataset card README.md, report.md and vertex-histogram.png. Every file is written
/// whole to a temporary name and then moved over the old one, never appended. Everything but the
/// timings in report.md depends only on the stored run, so a re-export gives the same files.
/// </summary>
/// <param name="llmCalls">The model calls of the run, for report.md; null where the process has no llm_calls table.</param>
public sealed class DatasetExporter(StateStore store, LlmCallStore? llmCalls = null)
{
    public const double DefaultTestFraction = 0.2;

    private static readonly JsonSerializerOptions LineOptions = new(JsonDefaults.Options)
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<ExportResult> ExportAsync(Guid runId, string outDirectory, CancellationToken ct, double testFraction = DefaultTestFraction)
    {
        var run = await store.FindRunAsync(runId, ct) ?? throw new ArgumentException($"No run {runId} in the store.", nameof(runId));
        var samples = await store.SamplesAsync(runId, ct);
        var outcomes = await store.TreeOutcomesAsync(runId, ct);
        var exported = StateStore.DatasetSamples(run, samples);
        var testAnswers = DatasetSplit.TestAnswers(exported.Select(s => s.Answer), run.Request.Seed, testFraction);
        var llmRoles = llmCalls is null ? [] : await llmCalls.TotalsAsync(runId, ct);
        var llmTrees = llmCalls is null || llmRoles.Count == 0 ? [] : await llmCalls.TreeTotalsAsync(runId, ct);
        var report = DatasetReport.Compute(run, outcomes, samples, exported, testAnswers, llmRoles, llmTrees);

        var questions = new StringBuilder();
        var train = new StringBuilder();
        var test = new StringBuilder();
        var trajectories = new StringBuilder();
        foreach (var sample in exported)
        {
            var id = $"{run.Request.Seed}-{sample.TreeNo:D6}";
            var split = testAnswers.Contains(sample.Answer) ? "test" : "train";
            var line = QuestionLine(id, sample).ToJsonString(LineOptions) + "\n";
            questions.Append(line);
            (split == "test" ? test : train).Append(line);
            if (sample.Trajectory is { } trajectory)
            {
                trajectories.Append(TrajectoryLine(id, split, sample, trajectory).ToJsonString(LineOptions)).Append('\n');
            }
        }

        Directory.CreateDirectory(outDirectory);
        await WriteAtomicallyAsync(outDirectory, "questions.jsonl", questions.ToString(), ct);
        await WriteAtomicallyAsync(outDirectory, "trajectories.jsonl", trajectories.ToString(), ct);
        await WriteAtomicallyAsync(outDirectory, "train.jsonl", train.ToString(), ct);
        await WriteAtomicallyAsync(outDirectory, "test.jsonl", test.ToString(), ct);
        await WriteAtomicallyAsync(outDirectory, VertexHistogramChart.FileName, VertexHistogramChart.Render(report.VertexHistogram, run.Name), ct);
        await WriteAtomicallyAsync(outDirectory, "report.md", report.ToMarkdown(VertexHistogramChart.FileName), ct);
        await WriteAtomicallyAsync(outDirectory, "README.md", DatasetCard.Write(report), ct);
        return new ExportResult(outDirectory, exported.Count, report.Train, report.Test, report.Trajectories, report);
    }

    private static JsonObject QuestionLine(string id, StoredSample sample) => new()
    {
        ["id"] = id,
        ["question"] = sample.Question,
        ["answer"] = sample.Answer,
        ["vertices"] = sample.Tree.Vertices.Count,
        ["depth"] = DatasetReport.DepthOf(sample.Tree),
        ["filters"] = Filters(sample.Filters),
        ["tree"] = InfoSeekTreeJson.Write(sample.Tree, sample.Question),
        ["certificates"] = JsonSerializer.SerializeToNode(
            sample.Tree.Vertices.Where(v => v.Certificate is not null).Select(v => v.Certificate).ToList(), LineOptions),
        ["evidence"] = new JsonArray(sample.Tree.Vertices
            .SelectMany(v => v.Claims)
            .Select(c => c.Evidence)
            .Distinct()
            .Select(e => (JsonNode)new JsonObject
            {
                ["page"] = e.PageTitle,
                ["sentence"] = e.Sentence,
                ["start"] = e.Start,
                ["length"] = e.Length,
            })
            .ToArray()),
    };

    private static JsonObject Filters(IReadOnlyList<FilterOutcome>? filters)
    {
        var node = new JsonObject();
        foreach (var f in filters ?? [])
        {
            node[f.Filter] = f.Passed ? "passed" : "rejected";
        }

        return node;
    }

    private static JsonObject TrajectoryLine(string id, string split, StoredSample sample, Trajectory trajectory) => new()
    {
        ["id"] = id,
        ["question"] = sample.Question,
        ["answer"] = sample.Answer,
        ["split"] = split,
        ["solver"] = trajectory.Solver,
        ["final_answer"] = trajectory.FinalAnswer,
        ["correct"] = trajectory.Correct,
        ["steps"] = new JsonArray(trajectory.Steps.Select(Step).ToArray()),
        ["retrieval_labels"] = new JsonArray(trajectory.Steps
            .Where(s => s.Kind == "search")
            .Select(s => (JsonNode)new JsonObject { ["query"] = s.Content, ["gold"] = s.Gold, ["retrieved"] = s.GoldRetrieved })
            .ToArray()),
        ["conversation"] = new JsonArray(SftConversation.Build(sample.Question, trajectory)
            .Select(t => (JsonNode)new JsonObject { ["role"] = t.Role, ["content"] = t.Content })
            .ToArray()),
    };

    private static JsonNode Step(TrajectoryStep step)
    {
        var node = new JsonObject { ["kind"] = step.Kind, ["content"] = step.Content };
        if (step.Hits is not null)
        {
            node["hits"] = new JsonArray(step.Hits.Select(h => (JsonNode)JsonValue.Create(h)).ToArray());
            node["gold"] = step.Gold;
            node["gold_retrieved"] = step.GoldRetrieved;
        }

        return node;
    }

    private static Task WriteAtomicallyAsync(string directory, string name, string content, CancellationToken ct) =>
        WriteAtomicallyAsync(directory, name, new UTF8Encoding(false).GetBytes(content), ct);

    private static async Task WriteAtomicallyAsync(string directory, string name, byte[] content, CancellationToken ct)
    {
        var path = Path.Combine(directory, name);
        var temp = path + ".tmp";
        await File.WriteAllBytesAsync(temp, content, ct);
        File.Move(temp, path, overwrite: true);
    }
}
