using System.Text.Json.Nodes;
using InfoSeek.Corpus;
using InfoSeek.TestSupport;

namespace InfoSeek.IntegrationTests;

/// <summary>`infoseek verify` on the questions of the shared synthesized run, as written and hand-edited.</summary>
[Collection(SynthesizedRun.Collection)]
public sealed class VerifyTests(SynthesizedRun run)
{
    private static readonly TimeSpan Timeout = SynthesizedRun.Timeout;

    [Fact]
    public async Task Every_synthesized_sample_passes_verification()
    {
        var (code, output) = await Cli.RunAsync(Timeout, "verify", run.Questions);

        Assert.True(code == 0, output);
        Assert.Contains("3 samples, 3 passed, 0 failed", output);
    }

    [Fact]
    public async Task A_sample_with_a_claim_removed_fails_because_two_pages_satisfy_every_claim()
    {
        // No claim of a valid vertex is redundant, so without any one of them more than one page fits.
        var (sample, vertex) = run.Samples
            .SelectMany(s => Vertices(s).Where(v => v["claims"]!.AsArray().Count >= 2).Select(v => (s, v)))
            .First();
        var edited = sample.DeepClone().AsObject();
        var editedVertex = Vertices(edited).Single(v => (string)v["id"]! == (string)vertex["id"]!);
        editedVertex["claims"]!.AsArray().RemoveAt(0);

        var (code, output) = await VerifyAsync(edited);

        Assert.True(code == 1, output);
        Assert.Matches($@"{(string)sample["id"]!}: vertex {(string)vertex["id"]!}: \d+ pages satisfy every claim \(", output);
        Assert.Contains("1 samples, 0 passed, 1 failed", output);
    }

    [Fact]
    public async Task A_sample_with_a_claim_only_its_answer_satisfies_fails_because_that_claim_alone_identifies_it()
    {
        var sample = run.Samples[0].DeepClone().AsObject();
        var root = sample["tree"]!["root"]!.AsObject();
        var (claim, evidence) = IdentifyingClaim((string)root["entity"]!);
        root["claims"]!.AsArray().Add(new JsonObject { ["target_id"] = "None", ["claim"] = claim, ["evidence"] = evidence });

        var (code, output) = await VerifyAsync(sample);

        Assert.True(code == 1, output);
        Assert.Contains($"{(string)sample["id"]!}: vertex A: claim '{claim}' alone identifies the vertex (1 page)", output);
    }

    [Fact]
    public async Task A_malformed_line_is_bad_input_named_by_its_line_number()
    {
        using var temp = new TempDirectory();
        var file = temp.File("questions.jsonl");
        var broken = run.Samples[1].DeepClone().AsObject();
        broken["tree"]!["root"]!["claims"]![0]!["target_id"] = "Q";
        await File.WriteAllLinesAsync(file, [run.Samples[0].ToJsonString(), broken.ToJsonString()]);

        var (code, output) = await Cli.RunAsync(Timeout, "verify", file);

        Assert.True(code == 2, output);
        Assert.Contains("line 2: $.tree.root.claims[0].target_id: \"Q\" is not a child of vertex A", output);
    }

    [Fact]
    public async Task A_missing_questions_file_is_bad_input()
    {
        var (code, output) = await Cli.RunAsync(Timeout, "verify", "/nonexistent/questions.jsonl");

        Assert.True(code == 2, output);
        Assert.Contains("error: Questions file not found: /nonexistent/questions.jsonl", output);
    }

    [Fact]
    public async Task A_question_edited_to_name_its_answer_fails_the_leak_check()
    {
        var edited = run.Samples[0].DeepClone().AsObject();
        var answer = (string)edited["answer"]!;
        var question = (string)edited["question"]!;
        edited["question"] = question[..^1] + $" and is called {answer}?";

        var (code, output) = await VerifyAsync(edited);

        Assert.True(code == 1, output);
        Assert.Contains($"{(string)edited["id"]!}: question: answer leak: the question", output, StringComparison.Ordinal);
        Assert.Contains("1 samples, 0 passed, 1 failed", output);
    }

    private static async Task<(int Code, string Output)> VerifyAsync(JsonObject sample)
    {
        using var temp = new TempDirectory();
        await File.WriteAllTextAsync(temp.File("questions.jsonl"), sample.ToJsonString() + "\n");
        return await Cli.RunAsync(Timeout, "verify", temp.File("questions.jsonl"));
    }

    private static IEnumerable<JsonObject> Vertices(JsonObject sample)
    {
        var stack = new Stack<JsonObject>([sample["tree"]!["root"]!.AsObject()]);
        while (stack.Count > 0)
        {
            var vertex = stack.Pop();
            yield return vertex;
            foreach (var child in vertex["children"]!.AsArray())
            {
                stack.Push(child!.AsObject());
            }
        }
    }

    /// <summary>
    /// An attribute claim built from a word of the page that no other page of the corpus holds,
    /// with its sentence as evidence: only the page itself satisfies it.
    /// </summary>
    private static (string Claim, JsonObject Evidence) IdentifyingClaim(string title)
    {
        using var index = CorpusIndex.Open(Repository.SampleIndex);
        var page = index.FindPage(title)!;
        foreach (var sentence in SentenceSplitter.Split(page.Text))
        {
            var text = page.Text.Substring(sentence.Start, sentence.Length);
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 6 && w.All(char.IsLetter)))
            {
                var terms = index.Terms(word);
                if (terms.Count == 1 && index.PagesContainingAll(terms).Count == 1)
                {
                    var evidence = new JsonObject { ["page"] = title, ["sentence"] = text, ["start"] = sentence.Start, ["length"] = sentence.Length };
                    return ($"A {word}", evidence);
                }
            }
        }

        throw new InvalidOperationException($"{title}: no word of the page is unique to it");
    }
}
