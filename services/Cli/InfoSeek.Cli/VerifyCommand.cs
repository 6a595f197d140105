using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using InfoSeek.Contracts;
using InfoSeek.Corpus;
using InfoSeek.Domain;
using InfoSeek.Domain.Certificates;
using InfoSeek.Domain.Claims;
using InfoSeek.Domain.Questions;
using Spectre.Console;

namespace InfoSeek.Cli;

/// <summary>
/// <c>infoseek verify &lt;questions.jsonl&gt;</c>: re-checks every sample's tree against the corpus,
/// independently of its stored certificates. Exit 0 when all pass, 1 when any fails, 2 for bad input.
/// </summary>
public static class VerifyCommand
{
    public static Command Create()
    {
        var questions = new Argument<string>("questions") { Description = "A questions.jsonl file written by synthesize or export" };
        var corpus = new Option<string>("--corpus") { Description = "Corpus file or folder the questions were made from (default: data/corpus/wikispeedia.jsonl.gz in the repository)" };
        var format = CliOptions.Format();
        var cache = CliOptions.Cache();
        var command = new Command("verify", "Re-check every question's research tree against the corpus: unique, non-redundant claims and verbatim evidence")
        {
            questions, corpus, format, cache,
        };
        command.SetAction(BadInput.Guard((parse, ct) =>
        {
            var samples = ReadSamples(Path.GetFullPath(parse.GetValue(questions)!));
            var corpusPath = Path.GetFullPath(parse.GetValue(corpus) ?? CliPaths.DefaultCorpus());
            var indexDirectory = IndexStep.Ensure(corpusPath, parse.GetValue(cache)!, parse.GetValue(format), ct);
            return Verify(samples, indexDirectory, ct);
        }));
        return command;
    }

    public sealed record Sample(int Line, string Id, string Question, string Answer, TreeSnapshot Tree);

    /// <summary>Reads and validates every line before any checking, so bad input is reported as such.</summary>
    public static IReadOnlyList<Sample> ReadSamples(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Questions file not found: {path}", path);
        }

        var samples = new List<Sample>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                var node = JsonNode.Parse(line) as JsonObject ?? throw new FormatException("not a JSON object");
                var id = node["id"] is JsonValue i && i.TryGetValue<string>(out var s) ? s : throw new FormatException("$.id: missing or not a string");
                var question = node["question"] is JsonValue q && q.TryGetValue<string>(out var text) ? text : throw new FormatException("$.question: missing or not a string");
                var answer = node["answer"] is JsonValue a && a.TryGetValue<string>(out var t) ? t : throw new FormatException("$.answer: missing or not a string");
                var tree = InfoSeekTreeJson.Read(node["tree"] ?? throw new FormatException("$.tree: missing")).Tree;
                samples.Add(new Sample(lineNumber, id, question, answer, tree));
            }
            catch (Exception e) when (e is JsonException or FormatException)
            {
                throw new FormatException($"{path} line {lineNumber}: {e.Message.Replace("$.root", "$.tree.root", StringComparison.Ordinal)}", e);
            }
        }

        return samples.Count > 0 ? samples : throw new InvalidDataException($"{path} holds no samples: nothing to verify.");
    }

    private static int Verify(IReadOnlyList<Sample> samples, string indexDirectory, CancellationToken ct)
    {
        using var index = CorpusIndex.Open(indexDirectory);
        using var matcher = new ClaimMatcher(index);
        var verifier = new CertificateVerifier(index, matcher);
        var failures = new List<(Sample Sample, IReadOnlyList<string> Reasons)>();
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("Verify", maxValue: Math.Max(1, samples.Count));
                foreach (var sample in samples)
                {
                    ct.ThrowIfCancellationRequested();
                    var reasons = verifier.Check(sample.Tree, sample.Answer).ToList();
                    // The question itself: no answer or hidden entity named, every claim represented, its length and shape.
                    if (QuestionChecks.Problem(sample.Question, sample.Tree) is { } problem)
                    {
                        reasons.Add($"question: {problem}");
                    }

                    if (reasons.Count > 0)
                    {
                        failures.Add((sample, reasons));
                    }

                    task.Increment(1);
                }
            });

        foreach (var (sample, reasons) in failures)
        {
            foreach (var reason in reasons)
            {
                Console.Out.WriteLine($"{sample.Id}: {reason}");
            }
        }

        Console.Out.WriteLine($"{samples.Count} samples, {samples.Count - failures.Count} passed, {failures.Count} failed");
        return failures.Count == 0 ? 0 : 1;
    }
}
