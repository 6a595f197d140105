using System.Text.Json.Nodes;
using InfoSeek.TestSupport;

namespace InfoSeek.IntegrationTests;

/// <summary>`infoseek synthesize --per-answer`: several questions per answer, end to end on the default corpus.</summary>
[Collection(DefaultCorpusTests.Collection)]
public sealed class PerAnswerSynthesizeTests
{
    private static readonly TimeSpan Timeout = SynthesizedRun.Timeout;

    [Fact]
    public async Task Two_per_answer_gives_each_answer_at_most_two_questions_from_different_trees_in_one_split()
    {
        using var output = new TempDirectory();
        // The default corpus: the featured sample holds too few trees for a second question per answer among the first few.
        var corpus = Path.Combine(Repository.Root, "data", "corpus", "wikispeedia.jsonl.gz");
        string[] arguments = ["synthesize", "--count", "8", "--per-answer", "2", "--seed", "2", "--run", "pairs", "--out", output.Path, "--corpus", corpus];

        var (code, text) = await Cli.RunAsync(Timeout, arguments);

        Assert.True(code == 0, text);
        var questions = Lines(output.File("questions.jsonl"));
        Assert.Equal(8, questions.Count);
        var byAnswer = questions.GroupBy(q => (string)q["answer"]!).ToList();
        Assert.All(byAnswer, answer =>
        {
            var vertexSets = answer.Select(q => string.Join('|', Entities(q["tree"]!["root"]!.AsObject()).Order(StringComparer.Ordinal))).ToList();
            Assert.InRange(vertexSets.Count, 1, 2);
            Assert.Equal(vertexSets.Count, vertexSets.Distinct().Count());
        });
        Assert.True(byAnswer.Count < questions.Count, $"no answer carries two questions: {string.Join(", ", byAnswer.Select(a => a.Key))}");
        var train = Lines(output.File("train.jsonl")).Select(q => (string)q["answer"]!).ToHashSet();
        var test = Lines(output.File("test.jsonl")).Select(q => (string)q["answer"]!).ToHashSet();
        Assert.Empty(train.Intersect(test));

        // The same run name with another --per-answer is refused before anything changes.
        var (again, refusal) = await Cli.RunAsync(Timeout, [.. arguments[..4], "1", .. arguments[5..]]);
        Assert.Equal(2, again);
        Assert.Contains("already exists with other settings", refusal, StringComparison.Ordinal);
        Assert.Contains("per answer 2", refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    public async Task A_per_answer_outside_1_to_100_is_an_error_naming_the_option(string perAnswer)
    {
        using var output = new TempDirectory();

        var (code, text) = await Cli.RunAsync(Timeout, "synthesize", "--count", "2", "--per-answer", perAnswer, "--out", output.Path);

        Assert.Equal(2, code);
        Assert.Contains($"error: --per-answer must be between 1 and 100 (was {perAnswer}).", text, StringComparison.Ordinal);
        Assert.False(File.Exists(output.File("questions.jsonl")));
    }

    private static List<JsonObject> Lines(string path) =>
        File.ReadAllLines(path).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();

    private static IEnumerable<string> Entities(JsonObject vertex) =>
        vertex["children"]!.AsArray().SelectMany(c => Entities(c!.AsObject())).Prepend((string)vertex["entity"]!);
}
