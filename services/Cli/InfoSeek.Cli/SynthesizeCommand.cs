using System.CommandLine;
using InfoSeek.Browser;
using InfoSeek.Contracts;
using InfoSeek.Domain;
using InfoSeek.Llm;
using InfoSeek.Planner;
using InfoSeek.Sampler;
using InfoSeek.Storage;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;

namespace InfoSeek.Cli;

/// <summary><c>infoseek synthesize</c>: the whole flow in one process, resumable by run name.</summary>
public static class SynthesizeCommand
{
    public static Command Create()
    {
        var corpus = CliOptions.Corpus();
        var format = CliOptions.Format();
        var count = new Option<int>("--count") { Description = "Accepted questions to produce", DefaultValueFactory = _ => 10 };
        var perAnswer = new Option<int>("--per-answer")
        {
            Description = "Most accepted questions per answer, each from a tree with other vertices (about count / N answers)",
            DefaultValueFactory = _ => 1,
        };
        var seed = new Option<int>("--seed") { Description = "Seed for every choice; same seed and corpus give the same files", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { Description = "Output folder", DefaultValueFactory = _ => "out" };
        var runName = new Option<string?>("--run") { Description = "Run name; an existing run of that name is resumed" };
        var vertices = new Option<string>("--vertices") { Description = "Vertices per tree, as MIN-MAX", DefaultValueFactory = _ => "3-5" };
        var maxDepth = CliOptions.MaxDepth();
        var maxBreadth = CliOptions.MaxBreadth();
        var parallelism = new Option<int>("--parallelism") { Description = "Trees grown at the same time", DefaultValueFactory = _ => 8 };
        var cache = CliOptions.Cache();
        var testFraction = ExportCommand.TestFractionOption();
        var llm = new Option<string?>("--llm")
        {
            Description = "Agent roles on the language-model back end, comma-separated: planner, browser, blurring, verbalizer, sampler, or all " +
                "(default: none, every role deterministic). Endpoints come from Llm__Default__* and Llm__<Role>__* (BaseAddress, Model, ApiKey, ...)",
        };

        var command = new Command("synthesize", "Build research trees and write the dataset (questions, trajectories, train/test split, card, report)")
        {
            corpus, format, count, perAnswer, seed, output, runName, vertices, maxDepth, maxBreadth, parallelism, cache, testFraction, llm,
        };
        command.SetAction(BadInput.Guard(async (parse, ct) =>
        {
            var (min, max) = ParseRange(parse.GetValue(vertices)!);
            var outDir = Path.GetFullPath(parse.GetValue(output)!);
            var corpusPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(parse.GetValue(corpus) ?? CliPaths.DefaultCorpus()));
            var name = parse.GetValue(runName) ?? $"seed{parse.GetValue(seed)}-n{parse.GetValue(count)}-{DateTime.UtcNow:yyyyMMddHHmmss}";
            var request = new StartRun
            {
                RunId = DeterministicIds.RunId(name),
                Name = name,
                Count = parse.GetValue(count),
                PerAnswer = parse.GetValue(perAnswer),
                Seed = parse.GetValue(seed),
                MinVertices = min,
                MaxVertices = max,
                MaxDepth = parse.GetValue(maxDepth),
                MaxBreadth = parse.GetValue(maxBreadth),
                Parallelism = parse.GetValue(parallelism),
                CorpusFile = Path.GetFileName(corpusPath),
                Backends = parse.GetValue(llm) is { } roles ? AgentBackends.WithLlm(roles.Split(',', StringSplitOptions.TrimEntries)) : null,
            };
            Validate(request);
            return await RunAsync(request, corpusPath, parse.GetValue(format), parse.GetValue(cache)!, outDir, parse.GetValue(testFraction), ct);
        }));
        return command;
    }

    private static async Task<int> RunAsync(StartRun request, string corpus, string? format, string cache, string outDir, double testFraction, CancellationToken ct)
    {
        if (File.Exists(outDir))
        {
            throw new ArgumentException($"--out {outDir} is a file, not a folder.");
        }

        var statePath = StateFile.In(outDir);
        StateFile.CheckExisting(statePath);
        var indexDirectory = IndexStep.Ensure(corpus, cache, format, ct);
        Directory.CreateDirectory(Path.GetDirectoryName(statePath)!);
        // This process serves one corpus: it takes up this run's trees only, not those of another run in the same state file.
        using var host = AllInOneHost.Build(indexDirectory, statePath, new Dictionary<string, string?> { ["Planner:OnlyRun"] = request.RunId.ToString() });
        if (RunRequests.UnconfiguredLlmRoles(request, host.Services.GetRequiredService<LlmClients>()) is { Count: > 0 } missing)
        {
            throw new ArgumentException(
                $"--llm puts {string.Join(", ", missing)} on the model back end, but no LLM endpoint is configured for {(missing.Count == 1 ? "it" : "them")}: " +
                $"set {string.Join(" and ", missing.Select(r => $"Llm__{r}__BaseAddress"))} (or Llm__Default__BaseAddress) and the Model.");
        }

        await host.StartAsync(ct);
        try
        {
            var queries = host.Services.GetRequiredService<CorpusCatalog>().Queries(null);
            IndexStep.ReadPagesForTrees(progress => queries.PreparePages(progress, ct));
            var store = host.Services.GetRequiredService<StateStore>();
            var existing = await store.FindRunAsync(request.RunId, ct);
            if (existing is null)
            {
                await host.Services.GetRequiredService<IBus>().Publish(request, ct);
            }
            else if (!RunRequests.SameSettings(existing.Request, request))
            {
                throw new ArgumentException(
                    $"Run '{request.Name}' already exists with other settings (count {existing.Request.Count}, seed {existing.Request.Seed}, " +
                    $"vertices {existing.Request.MinVertices}-{existing.Request.MaxVertices}, per answer {existing.Request.PerAnswer}, corpus {existing.Request.CorpusFile ?? "unknown"}, model roles " +
                    $"{string.Join(",", (existing.Request.Backends ?? AgentBackends.AllDeterministic).LlmRoles().DefaultIfEmpty("none"))}); use another --run name.");
            }
            else
            {
                AnsiConsole.MarkupLineInterpolated($"Resuming run [bold]{request.Name}[/] ({existing.Status}).");
            }

            RunRecord run;
            try
            {
                run = await WaitAsync(store, request, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // The trees in progress are in the state store; the next start of the run takes them up again.
                var accepted = InfoSeek.Planner.RunCoordinator.DistinctAccepted(await store.TreeOutcomesAsync(request.RunId, CancellationToken.None, vertexSets: request.PerAnswer > 1), request.PerAnswer);
                await Console.Error.WriteLineAsync(
                    $"Stopped run {request.Name} with {accepted} of {request.Count} questions; no dataset was written. " +
                    $"Its state is in {statePath}: run the same command with --run {request.Name} --out {outDir} to resume it.");
                return 1; // the signal's exit code replaces it
            }

            using var scope = host.Services.CreateScope();
            var written = await scope.ServiceProvider.GetRequiredService<DatasetExporter>().ExportAsync(request.RunId, outDir, ct, testFraction);
            AnsiConsole.MarkupLineInterpolated(
                $"Run [bold]{request.Name}[/] {run.Status.ToString().ToLowerInvariant()}: {written.Questions} questions in {Path.Combine(outDir, "questions.jsonl")} ({written.Train} train, {written.Test} test; {run.TreesStarted} trees grown; report in report.md).");
            if (run.Status == RunStatus.Exhausted)
            {
                AnsiConsole.MarkupLineInterpolated($"{await WhyExhaustedAsync(store, run, ct)}");
            }

            return run.Status == RunStatus.Completed ? 0 : 1;
        }
        finally
        {
            // In-flight messages of the in-memory bus are given a moment; what they leave undone is resumed from the store.
            using var stopping = new CancellationTokenSource(StopSignal.Bound / 2);
            await host.StopAsync(stopping.Token);
        }
    }

    /// <summary>Why a run ended short of its count: its roots used up (the Browser's reason), or the most trees a run may start.</summary>
    private static async Task<string> WhyExhaustedAsync(StateStore store, RunRecord run, CancellationToken ct)
    {
        var usedUp = (await store.TreeOutcomesAsync(run.RunId, ct)).FirstOrDefault(o => BrowseFailed.SaysRootsUsedUp(o.FailureReason));
        var why = usedUp?.FailureReason ?? $"it started {run.TreesStarted} trees, the most a run of {run.Request.Count} may start";
        return $"It ended short of {run.Request.Count} questions: {why}. `infoseek capacity` tells how many distinct answers a corpus can give.";
    }

    private static async Task<RunRecord> WaitAsync(StateStore store, StartRun request, CancellationToken ct)
    {
        RunRecord? run = null;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("Questions", maxValue: request.Count);
                while (true)
                {
                    IReadOnlyList<TreeOutcome> outcomes;
                    try
                    {
                        run = await store.FindRunAsync(request.RunId, ct);
                        outcomes = await store.TreeOutcomesAsync(request.RunId, ct, vertexSets: request.PerAnswer > 1);
                    }
                    catch (Microsoft.Data.Sqlite.SqliteException e) when (e.SqliteErrorCode == 5)
                    {
                        // SQLITE_BUSY: the services kept the store busy past the busy timeout; progress is shown at the next tick.
                        await Task.Delay(250, ct);
                        continue;
                    }

                    var accepted = InfoSeek.Planner.RunCoordinator.DistinctAccepted(outcomes, request.PerAnswer);
                    task.Value = Math.Min(accepted, request.Count);
                    task.Description = $"Questions: {accepted} accepted, {outcomes.Count(o => o.Status is TreeStatus.Rejected or TreeStatus.Failed)} rejected or failed, {outcomes.Count} trees";
                    if (run is not null && run.Status != RunStatus.Running)
                    {
                        return;
                    }

                    await Task.Delay(250, ct);
                }
            });
        return run!;
    }

    /// <summary>The option each run setting comes from, for errors that name it.</summary>
    private static readonly Dictionary<string, string> OptionOfSetting = new()
    {
        [nameof(StartRun.Count)] = "--count",
        [nameof(StartRun.PerAnswer)] = "--per-answer",
        [nameof(StartRun.MinVertices)] = "--vertices",
        [nameof(StartRun.MaxVertices)] = "--vertices",
        [nameof(StartRun.MaxDepth)] = "--max-depth",
        [nameof(StartRun.MaxBreadth)] = "--max-breadth",
        [nameof(StartRun.Parallelism)] = "--parallelism",
    };

    /// <summary>The Planner's rules for a run, checked before anything starts; the first problem names its option.</summary>
    private static void Validate(StartRun request)
    {
        if (RunRequests.Problems(request).FirstOrDefault() is { Key: { } setting, Value: var problem })
        {
            throw new ArgumentException($"{OptionOfSetting.GetValueOrDefault(setting, setting)} {problem}.");
        }
    }

    public static (int Min, int Max) ParseRange(string text)
    {
        var parts = text.Split('-');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var min) || !int.TryParse(parts[1], out var max) || min < 2 || max < min)
        {
            throw new ArgumentException($"--vertices '{text}' must be MIN-MAX with 2 <= MIN <= MAX, e.g. 3-8.");
        }

        return (min, max);
    }
}
