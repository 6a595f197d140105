using System.Text.Json.Nodes;
using InfoSeek.Domain;
using InfoSeek.Storage;

namespace InfoSeek.Sampler.Tests;

/// <summary>
/// The export of a run with two questions per answer over a real SQLite store: an answer keeps at most
/// two questions, never two from trees with the same vertices, and all questions of an answer share a split.
/// </summary>
public sealed class PerAnswerExportTests : IAsyncLifetime
{
    private RunStore run = null!;
    private ExportResult result = null!;
    private string output = null!;

    public async Task InitializeAsync()
    {
        run = await RunStore.CreateAsync("two-per-answer", count: 5, seed: 11, perAnswer: 2);
        await run.AddJudgedTreeAsync(1, "Apollo 11", 3, RunStore.Passed());
        await run.AddJudgedTreeAsync(2, "Apollo 11", 3, RunStore.Passed()); // the vertices of tree 1 again
        await run.AddJudgedTreeAsync(3, "Stretford", 3, RunStore.Passed());
        await run.AddJudgedTreeAsync(4, "Apollo 11", 4, RunStore.Passed());
        await run.AddJudgedTreeAsync(5, "Apollo 11", 3, RunStore.Passed(), part: "side"); // a third question for the answer
        await run.AddJudgedTreeAsync(6, "Stretford", 3, RunStore.Shortcut(), part: "side");
        await run.AddJudgedTreeAsync(7, "Stretford", 3, RunStore.Passed(), part: "side");
        await run.AddJudgedTreeAsync(8, "Hydrus", 3, RunStore.Passed());
        await run.AddJudgedTreeAsync(9, "Tucana", 3, RunStore.Passed()); // after the fifth question
        output = run.Folder("out");
        result = await new DatasetExporter(run.Store).ExportAsync(run.Run.RunId, output, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        run.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void Each_answer_keeps_at_most_two_questions_from_trees_with_other_vertices()
    {
        var questions = Lines("questions.jsonl");

        Assert.Equal(["Apollo 11", "Stretford", "Apollo 11", "Stretford", "Hydrus"], questions.Select(q => (string)q["answer"]!));
        Assert.Equal(["11-000001", "11-000003", "11-000004", "11-000007", "11-000008"], questions.Select(q => (string)q["id"]!));
        foreach (var answer in questions.GroupBy(q => (string)q["answer"]!))
        {
            var vertexSets = answer.Select(q => string.Join('|', Entities(q["tree"]!["root"]!.AsObject()).Order(StringComparer.Ordinal))).ToList();
            Assert.InRange(vertexSets.Count, 1, 2);
            Assert.Equal(vertexSets.Count, vertexSets.Distinct().Count());
        }

        Assert.Equal(2, result.Report.AcceptedDuplicates);
        Assert.Equal(2, result.Report.PerAnswer);
    }

    [Fact]
    public void All_questions_of_one_answer_go_to_the_same_split()
    {
        var train = Lines("train.jsonl").Select(q => (string)q["answer"]!).ToList();
        var test = Lines("test.jsonl").Select(q => (string)q["answer"]!).ToList();

        Assert.Equal(5, train.Count + test.Count);
        Assert.Empty(train.Intersect(test));
        Assert.Single(test.Distinct()); // 20 % of three answers, rounded, at least one
        foreach (var trajectory in Lines("trajectories.jsonl"))
        {
            Assert.Equal(test.Contains((string)trajectory["answer"]!) ? "test" : "train", (string)trajectory["split"]!);
        }
    }

    [Fact]
    public async Task The_planner_the_api_and_the_exporter_apply_the_same_rule()
    {
        var outcomes = await run.Store.TreeOutcomesAsync(run.Run.RunId, CancellationToken.None, vertexSets: true);
        var dataset = await run.Store.DatasetSamplesAsync(run.Run, CancellationToken.None);

        Assert.Equal([1, 3, 4, 7, 8], dataset.Select(s => s.TreeNo));
        Assert.Equal(6, DatasetSelection.Kept(outcomes, perAnswer: 2)); // Tucana as well: no Count limit
        Assert.Equal(DatasetSelection.Kept(outcomes.Take(8), perAnswer: 2), dataset.Count);
    }

    [Fact]
    public void The_report_and_the_card_say_how_many_questions_an_answer_may_carry()
    {
        var report = File.ReadAllText(Path.Combine(output, "report.md"));
        var card = File.ReadAllText(Path.Combine(output, "README.md"));

        Assert.Contains("5 questions requested (up to 2 per answer)", report, StringComparison.Ordinal);
        Assert.Contains("| accepted, answer already taken 2 times or with the same vertices by earlier trees | 2 |", report, StringComparison.Ordinal);
        Assert.Contains("An answer carries up to 2 questions, each from a tree with other vertices.", card, StringComparison.Ordinal);
    }

    private List<JsonObject> Lines(string file) =>
        File.ReadAllLines(Path.Combine(output, file)).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();

    private static IEnumerable<string> Entities(JsonObject vertex) =>
        vertex["children"]!.AsArray().SelectMany(c => Entities(c!.AsObject())).Prepend((string)vertex["entity"]!);
}
