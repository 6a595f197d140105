using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using InfoSeek.Cli.Bench;
using Spectre.Console;

namespace InfoSeek.Cli;

/// <summary><c>infoseek bench ingest [--corpus &lt;path&gt;] [--queries N] [--json file] [--profile]</c>, and <c>infoseek bench synthesize</c> (<see cref="SynthesisBenchCommand"/>).</summary>
public static class BenchCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static Command Create()
    {
        var corpus = new Option<string>("--corpus")
        {
            Description = "Corpus file to benchmark (default: the sample corpus)",
            DefaultValueFactory = _ => CliPaths.DefaultCorpus(),
        };
        var queries = new Option<int>("--queries") { Description = "Timed search queries", DefaultValueFactory = _ => 1000 };
        var format = CliOptions.Format();
        var json = new Option<string?>("--json") { Description = "Also write the results as JSON to this file" };
        var profile = new Option<bool>("--profile") { Description = "Also time the bare loop with each ingestion feature added (stored fields, ordinals, merge)" };
        var ingest = new Command("ingest", "Ingestion MB/s against a bare Lucene.Net loop over the same pages, and search latency")
        {
            corpus, queries, format, json, profile,
        };
        BadInput.AtLeast(queries, 1);
        ingest.SetAction(BadInput.Guard((parse, ct) =>
        {
            var path = Path.GetFullPath(parse.GetValue(corpus)!);
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new FileNotFoundException($"Corpus not found: {path}", path);
            }

            var n = parse.GetValue(queries);

            var work = Path.Combine(Path.GetTempPath(), $"infoseek-bench-{Guid.NewGuid():N}");
            var result = IngestBenchmark.Run(
                path, work, n, parse.GetValue(format), parse.GetValue(profile),
                line => AnsiConsole.MarkupLineInterpolated($"[grey]{line}[/]"), ct);
            Print(result);
            if (parse.GetValue(json) is { Length: > 0 } file)
            {
                File.WriteAllText(file, JsonSerializer.Serialize(result, Json));
                AnsiConsole.MarkupLineInterpolated($"results written to {Path.GetFullPath(file)}");
            }

            return 0;
        }));

        return new Command("bench", "Benchmarks") { ingest, SynthesisBenchCommand.Create() };
    }

    private static void Print(IngestBenchmarkResult r)
    {
        static string F(double v, string format = "N2") => v.ToString(format, CultureInfo.InvariantCulture);
        AnsiConsole.MarkupLineInterpolated(
            $"{r.Pages:N0} pages, {r.TextBytes / 1e6:N1} MB of text ({r.FileBytes / 1e6:N1} MB on disk); read-only pass {F(r.ReadOnlySeconds)} s");
        AnsiConsole.MarkupLineInterpolated($"[grey]MB/s counts {r.BytesMeasure}[/]");
        var peakOf = r.PeakRssOfIngestOnly ? "during the ingestion" : "whole run so far";
        AnsiConsole.MarkupLineInterpolated(
            $"ingest: {F(r.IngestMillisecondsPerPage, "N3")} ms per page; index {r.IndexBytes / 1e6:N1} MB on disk, {F(r.IndexBytesPerPage, "N0")} bytes per page; peak RSS {r.IngestPeakRssBytes / 1e6:N0} MB ({peakOf}); {r.Redirects:N0} redirects");

        var loops = new Table().AddColumns("loop", "seconds", "MB/s", "pages/s");
        foreach (var t in new[] { r.Ingest, r.Bare }.Concat(r.Variants))
        {
            loops.AddRow(Markup.Escape(t.Name), F(t.Seconds), F(t.MegabytesPerSecond, "N1"), F(t.PagesPerSecond, "N0"));
        }

        AnsiConsole.Write(loops);

        var verdict = new Table().AddColumns("measure", "value", "target", "met");
        verdict.AddRow("ingest / bare MB/s", F(r.Ratio), $">= {F(IngestBenchmarkResult.RatioTarget)}", r.RatioMet ? "[green]yes[/]" : "[red]no[/]");
        verdict.AddRow($"search p50 ({r.Queries} queries, k=10)", $"{F(r.SearchP50Ms, "N3")} ms", $"< {F(IngestBenchmarkResult.SearchP50TargetMs, "N0")} ms", r.SearchMet ? "[green]yes[/]" : "[red]no[/]");
        verdict.AddRow("search p90", $"{F(r.SearchP90Ms, "N3")} ms", "", "");
        verdict.AddRow("search p99", $"{F(r.SearchP99Ms, "N3")} ms", "", "");
        verdict.AddRow("search mean / max", $"{F(r.SearchMeanMs, "N3")} / {F(r.SearchMaxMs, "N3")} ms", "", "");
        AnsiConsole.Write(verdict);
    }
}
