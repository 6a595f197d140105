using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using InfoSeek.Storage;
using Spectre.Console;

namespace InfoSeek.Cli.Bench;

/// <summary><c>infoseek bench synthesize [--corpus] [--count N] [--seed] [--transport inmemory] [--json file]</c>.</summary>
public static class SynthesisBenchCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static Command Create()
    {
        var corpus = CliOptions.Corpus();
        var format = CliOptions.Format();
        var cache = CliOptions.Cache();
        var count = new Option<int>("--count") { Description = "Accepted questions to produce", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Seed of the run", DefaultValueFactory = _ => 1 };
        var transport = new Option<string>("--transport")
        {
            Description = "Message transport: inmemory (every service in this process, as infoseek synthesize)",
            DefaultValueFactory = _ => SynthesisBenchmark.InMemory,
        };
        transport.AcceptOnlyFromAmong(SynthesisBenchmark.InMemory);
        var json = new Option<string?>("--json") { Description = "Also write the results as JSON to this file" };
        BadInput.AtLeast(count, 1);
        var command = new Command("synthesize", "Questions per second, CPU-seconds per question, yield and the time of each stage of a seeded run")
        {
            corpus, format, cache, count, seed, transport, json,
        };
        command.SetAction(BadInput.Guard(async (parse, ct) =>
        {
            var path = Path.TrimEndingDirectorySeparator(Path.GetFullPath(parse.GetValue(corpus) ?? CliPaths.DefaultCorpus()));
            var index = IndexStep.Ensure(path, parse.GetValue(cache)!, parse.GetValue(format), ct);
            var work = Path.Combine(Path.GetTempPath(), $"infoseek-bench-{Guid.NewGuid():N}");
            AnsiConsole.MarkupLineInterpolated($"[grey]run of {parse.GetValue(count)} questions, seed {parse.GetValue(seed)}, in {work} ...[/]");
            var result = await SynthesisBenchmark.RunAsync(path, index, parse.GetValue(count), parse.GetValue(seed), work, ct);
            Print(result);
            if (parse.GetValue(json) is { Length: > 0 } file)
            {
                await File.WriteAllTextAsync(file, JsonSerializer.Serialize(result, Json), ct);
                AnsiConsole.MarkupLineInterpolated($"results written to {Path.GetFullPath(file)}");
            }

            return 0;
        }));
        return command;
    }

    private static void Print(SynthesisBenchmarkResult r)
    {
        static string F(double v, string format = "N2") => v.ToString(format, CultureInfo.InvariantCulture);
        var n = Math.Max(1, r.Accepted);
        var table = new Table().AddColumns("measure", "value", "per accepted question");
        var ended = r.Ended == nameof(RunStatus.Completed) ? "" : $"; the run ended {r.Ended}: the corpus had no root left";
        table.AddRow("accepted questions", $"{r.Accepted} of {r.Count} asked ({r.AcceptedTrees} trees accepted{ended})", "");
        table.AddRow("trees started / yield", $"{r.TreesStarted} / {F(r.Yield * 100, "N1")} %", F((double)r.TreesStarted / n, "N1") + " trees");
        table.AddRow("wall time of the run", $"{F(r.WallSeconds)} s", $"{F(r.WallSeconds / n)} s");
        table.AddRow("questions per second", F(r.QuestionsPerSecond, "N3"), "");
        table.AddRow("process CPU of the run", $"{F(r.CpuSeconds)} s", $"{F(r.CpuSecondsPerQuestion)} CPU-s");
        table.AddRow("process CPU, whole command", $"{F(r.TotalCpuSeconds)} s", "");
        table.AddRow("host start-up", $"{F(r.StartupSeconds)} s", "");
        table.AddRow("index load (stemmed + plain)", $"{F(r.IndexLoadSeconds)} s", "");
        table.AddRow($"pages read for trees ({(r.PagesForTreesRead ? "stored with the index" : "worked out and stored")})", $"{F(r.PagesForTreesSeconds)} s", "");
        table.AddRow("dataset export", $"{F(r.ExportSeconds)} s", "");
        table.AddRow("searches (plain of them)", $"{r.Searches:N0} ({r.PlainSearches:N0})", F(r.SearchesPerQuestion, "N1"));
        table.AddRow("candidate sets (requests)", $"{r.CandidateSets:N0} ({r.CandidateSetRequests:N0})", F(r.CandidateSetsPerQuestion, "N1"));
        table.AddRow("bytes allocated", $"{r.AllocatedBytes / 1e6:N0} MB", $"{r.AllocatedBytesPerQuestion / 1e6:N1} MB");
        table.AddRow(r.PeakRssOfHostOnly ? "peak RSS (from host start)" : "peak RSS (whole process)", $"{r.PeakRssBytes / 1e6:N0} MB", "");
        AnsiConsole.Write(table);

        var stages = new Table().AddColumns("stage", "messages", "seconds (summed)", "ms per accepted question");
        foreach (var s in r.Stages)
        {
            stages.AddRow(Markup.Escape(s.Stage), s.Messages.ToString("N0", CultureInfo.InvariantCulture), F(s.Seconds), F(s.Seconds * 1000 / n, "N0"));
        }

        AnsiConsole.Write(stages);

        var rejections = new Table().AddColumns("trees ended without a question", "trees");
        foreach (var (reason, trees) in r.Rejections.OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal))
        {
            rejections.AddRow(Markup.Escape(reason), trees.ToString(CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(rejections);
    }
}
