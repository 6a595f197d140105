using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using InfoSeek.Contracts;
using InfoSeek.Domain;
using InfoSeek.Domain.Questions;
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

        // First the verdicts alone: which samples the dataset takes, whose answers the split is drawn from.
        var statistics = new DatasetStatistics(run);
        await foreach (var summary in store.ReadSampleSummariesAsync(runId, ct, statistics.NeedsVertexSets))
        {
            if (statistics.WindowClosed)
            {
                break;
            }

            statistics.OfferJudged(summary);
        }

        var testAnswers = DatasetSplit.TestAnswers(statistics.ExportedAnswers, run.Request.Seed, testFraction);

        // Then the exported samples whole, one at a time, each written as it is read.
        Directory.CreateDirectory(outDirectory);
        var exported = 0;
        await using (var questions = new LineFile(outDirectory, "questions.jsonl"))
        await using (var trajectories = new LineFile(outDirectory, "trajectories.jsonl"))
        await using (var train = new LineFile(outDirectory, "train.jsonl"))
        await using (var test = new LineFile(outDirectory, "test.jsonl"))
        {
            await foreach (var sample in store.ReadSamplesAsync(runId, ct))
            {
                if (!statistics.IsExported(sample.TreeId))
                {
                    continue;
                }

                var id = $"{run.Request.Seed}-{sample.TreeNo:D6}";
                var inTest = testAnswers.Contains(sample.Answer);
                var split = inTest ? "test" : "train";
                // questions.jsonl keeps the tree nested to read; the splits hold the same JSON as a string, so both have one fixed schema.
                var line = QuestionLine(id, sample);
                await questions.WriteAsync(line.ToJsonString(LineOptions) + "\n", ct);
                line["tree"] = line["tree"]!.ToJsonString(LineOptions);
                await (inTest ? test : train).WriteAsync(line.ToJsonString(LineOptions) + "\n", ct);
                if (sample.Trajectory is { } trajectory)
                {
                    await trajectories.WriteAsync(TrajectoryLine(id, split, sample, trajectory).ToJsonString(LineOptions) + "\n", ct);
                }

                statistics.AddExported(sample, inTest);
                if (++exported == statistics.ExportedAnswers.Count)
                {
                    break;
                }
            }

            // Moved into place in the order the files were written in before they were streamed.
            questions.Complete();
            trajectories.Complete();
            train.Complete();
            test.Complete();
        }

        var outcomes = await store.TreeOutcomesAsync(runId, ct);
        var llmRoles = llmCalls is null ? [] : await llmCalls.TotalsAsync(runId, ct);
        var llmTrees = llmCalls is null || llmRoles.Count == 0 ? [] : await llmCalls.TreeTotalsAsync(runId, ct);
        var report = statistics.Report(outcomes, llmRoles, llmTrees);
        await WriteAtomicallyAsync(outDirectory, VertexHistogramChart.FileName, VertexHistogramChart.Render(report.VertexHistogram, run.Name), ct);
        await WriteAtomicallyAsync(outDirectory, "report.md", report.ToMarkdown(VertexHistogramChart.FileName), ct);
        await WriteAtomicallyAsync(outDirectory, "README.md", DatasetCard.Write(report), ct);
        return new ExportResult(outDirectory, report.Accepted, report.Train, report.Test, report.Trajectories, report);
    }

    /// <summary>A question row with every key of <see cref="DatasetFeatures.Question"/>, the tree nested.</summary>
    private static JsonObject QuestionLine(string id, StoredSample sample) =>
        new()
        {
            ["id"] = id,
            ["question"] = sample.Question,
            ["answer"] = sample.Answer,
            ["vertices"] = sample.Tree.Vertices.Count,
            ["depth"] = ReaderClues.Depth(sample.Tree),
            ["filters"] = Filters(sample.Filters),
            ["tree"] = InfoSeekTreeJson.Write(sample.Tree, sample.Question),
            ["certificates"] = new JsonArray(sample.Tree.Vertices
                .Where(v => v.Certificate is not null)
                .Select(v => (JsonNode)Certificate(v.Certificate!))
                .ToArray()),
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

    private static JsonObject Certificate(Certificate certificate) => new()
    {
        ["entity"] = certificate.Entity,
        ["claims"] = new JsonArray(certificate.Claims.Select(c => (JsonNode)new JsonObject
        {
            ["claim"] = c.Claim,
            ["candidate_count"] = c.CandidateCount,
            ["other_candidates"] = Strings(c.OtherCandidates),
        }).ToArray()),
        ["intersection"] = Strings(certificate.Intersection),
    };

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());

    /// <summary>Every filter's outcome by name: "passed", "rejected", or null for a filter that did not run.</summary>
    private static JsonObject Filters(IReadOnlyList<FilterOutcome>? filters)
    {
        var node = new JsonObject();
        foreach (var name in DatasetFeatures.FilterNames)
        {
            node[name] = (filters ?? []).FirstOrDefault(f => f.Filter == name) is { } f ? f.Passed ? "passed" : "rejected" : null;
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

    /// <summary>A step with every key of <see cref="DatasetFeatures.Trajectory"/>'s steps; a step that is no search has null hits and labels.</summary>
    private static JsonNode Step(TrajectoryStep step) => new JsonObject
    {
        ["kind"] = step.Kind,
        ["content"] = step.Content,
        ["hits"] = step.Hits is null ? null : Strings(step.Hits),
        ["gold"] = step.Hits is null ? null : step.Gold,
        ["gold_retrieved"] = step.Hits is null ? null : step.GoldRetrieved,
    };

    private static Task WriteAtomicallyAsync(string directory, string name, string content, CancellationToken ct) =>
        WriteAtomicallyAsync(directory, name, Utf8.GetBytes(content), ct);

    private static async Task WriteAtomicallyAsync(string directory, string name, byte[] content, CancellationToken ct)
    {
        var path = Path.Combine(directory, name);
        var temp = path + ".tmp";
        await File.WriteAllBytesAsync(temp, content, ct);
        File.Move(temp, path, overwrite: true);
    }

    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>A file written line by line under a temporary name and moved over the old one once complete.</summary>
    private sealed class LineFile(string directory, string name) : IAsyncDisposable
    {
        private readonly string path = Path.Combine(directory, name);
        private readonly StreamWriter writer = new(Path.Combine(directory, name) + ".tmp", append: false, Utf8);
        private bool closed;

        public Task WriteAsync(string text, CancellationToken ct) => writer.WriteAsync(text.AsMemory(), ct);

        /// <summary>Closes the file and moves it into place.</summary>
        public void Complete()
        {
            Close();
            File.Move(path + ".tmp", path, overwrite: true);
        }

        public ValueTask DisposeAsync()
        {
            Close();
            return ValueTask.CompletedTask;
        }

        private void Close()
        {
            if (!closed)
            {
                closed = true;
                writer.Dispose();
            }
        }
    }
}
