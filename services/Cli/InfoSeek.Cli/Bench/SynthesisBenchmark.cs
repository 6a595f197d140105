using System.Diagnostics;
using InfoSeek.Browser;
using InfoSeek.Contracts;
using InfoSeek.CorpusApi;
using InfoSeek.Domain;
using InfoSeek.Planner;
using InfoSeek.Sampler;
using InfoSeek.Storage;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace InfoSeek.Cli.Bench;

/// <summary>Results of <see cref="SynthesisBenchmark.RunAsync"/>. Per-question figures divide by <see cref="Accepted"/>.</summary>
/// <param name="Accepted">Questions in the dataset written: the count asked.</param>
/// <param name="AcceptedTrees">Trees accepted, with those still in flight when the count was reached (their cost is in the run).</param>
/// <param name="StartupSeconds">From building the host to its bus running.</param>
/// <param name="IndexLoadSeconds">Opening the corpus's index in the Browser (its first query), and the plain ranking's (its first plain search).</param>
/// <param name="PagesForTreesSeconds">Reading every page as a tree reads it from the index folder, or working the pages out and storing them there when this build of the miner has not (<see cref="PagesForTreesRead"/>).</param>
/// <param name="WallSeconds">From publishing the run to its completion, the dataset not yet written.</param>
/// <param name="CpuSeconds">Process CPU time over <see cref="WallSeconds"/>.</param>
/// <param name="TotalCpuSeconds">Process CPU time of the whole command: start-up, index, run, export.</param>
/// <param name="AllocatedBytes">Bytes allocated over the run (GC.GetTotalAllocatedBytes).</param>
/// <param name="PeakRssBytes">Peak resident set size from the start of the host (of the whole process where it cannot be reset).</param>
/// <param name="Searches">Searches asked of the corpus API, both rankings; <see cref="PlainSearches"/> of them plain.</param>
/// <param name="CandidateSets">Candidate sets asked of the corpus API, in <see cref="CandidateSetRequests"/> requests.</param>
/// <param name="Rejections">Trees that ended without a question, by reason category.</param>
public sealed record SynthesisBenchmarkResult(
    string Corpus,
    string Transport,
    int Count,
    int Seed,
    int Accepted,
    int AcceptedTrees,
    int TreesStarted,
    string Ended,
    double StartupSeconds,
    double IndexLoadSeconds,
    double PagesForTreesSeconds,
    bool PagesForTreesRead,
    double WallSeconds,
    double CpuSeconds,
    double TotalCpuSeconds,
    double ExportSeconds,
    long AllocatedBytes,
    long PeakRssBytes,
    bool PeakRssOfHostOnly,
    long Searches,
    long PlainSearches,
    long CandidateSetRequests,
    long CandidateSets,
    IReadOnlyList<StageTiming> Stages,
    IReadOnlyDictionary<string, int> Rejections)
{
    /// <summary>Accepted trees per tree started.</summary>
    public double Yield => (double)AcceptedTrees / Math.Max(1, TreesStarted);

    public double QuestionsPerSecond => Accepted / Math.Max(1e-9, WallSeconds);

    public double CpuSecondsPerQuestion => CpuSeconds / Math.Max(1, Accepted);

    public double SearchesPerQuestion => (double)Searches / Math.Max(1, Accepted);

    public double CandidateSetsPerQuestion => (double)CandidateSets / Math.Max(1, Accepted);

    public double AllocatedBytesPerQuestion => (double)AllocatedBytes / Math.Max(1, Accepted);
}

/// <summary>
/// A seeded run of the whole flow in one process (the in-memory bus and SQLite, as <c>infoseek synthesize</c>) into a
/// temporary folder, measured: time, CPU, allocations, memory, corpus queries and the time spent in each stage.
/// </summary>
public static class SynthesisBenchmark
{
    public const string InMemory = "inmemory";

    /// <param name="indexDirectory">The corpus's built index (<see cref="IndexStep.Ensure"/>).</param>
    /// <param name="workDir">Scratch folder for the state and the dataset (created, and deleted afterwards).</param>
    public static async Task<SynthesisBenchmarkResult> RunAsync(string corpus, string indexDirectory, int count, int seed, string workDir, CancellationToken ct)
    {
        using var process = Process.GetCurrentProcess();
        var cpuAtStart = process.TotalProcessorTime;
        Directory.CreateDirectory(workDir);
        try
        {
            GC.Collect();
            var peakOfHostOnly = PeakMemory.TryReset();
            var startup = Stopwatch.StartNew();
            using var stages = new StageClock();
            CountingCorpusApi? counting = null;
            var builder = Host.CreateApplicationBuilder();
            AllInOneHost.Compose(builder, indexDirectory, Path.Combine(workDir, "state.db"));
            builder.Services.AddSingleton<ICorpusApi>(sp => counting = new CountingCorpusApi(new LocalCorpusApi(sp.GetRequiredService<CorpusCatalog>())));
            builder.Services.AddConsumeObserver(_ => stages);
            using var host = builder.Build();
            await host.StartAsync(ct);
            var startupSeconds = startup.Elapsed.TotalSeconds;
            try
            {
                var load = Stopwatch.StartNew();
                var queries = host.Services.GetRequiredService<CorpusCatalog>().Queries(null);
                queries.Search("index", 1, "plain");
                var indexLoadSeconds = load.Elapsed.TotalSeconds;
                var summarise = Stopwatch.StartNew();
                var pagesRead = queries.PreparePages(ct: ct);
                var pagesForTreesSeconds = summarise.Elapsed.TotalSeconds;

                var name = $"bench-seed{seed}-n{count}";
                var request = new StartRun
                {
                    RunId = DeterministicIds.RunId(name),
                    Name = name,
                    Count = count,
                    Seed = seed,
                    CorpusFile = Path.GetFileName(corpus),
                };
                var store = host.Services.GetRequiredService<StateStore>();
                var cpuBefore = process.RefreshedCpu();
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var wall = Stopwatch.StartNew();
                await host.Services.GetRequiredService<IBus>().Publish(request, ct);
                var run = await WaitAsync(store, request.RunId, ct);
                var wallSeconds = wall.Elapsed.TotalSeconds;
                var cpuSeconds = (process.RefreshedCpu() - cpuBefore).TotalSeconds;
                var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
                var searches = counting!.Searches;
                var plain = counting.PlainSearches;
                var candidateRequests = counting.CandidateSetRequests;
                var candidateSets = counting.CandidateSets;

                var outcomes = await store.TreeOutcomesAsync(request.RunId, ct);
                var accepted = RunCoordinator.DistinctAccepted(outcomes, request.PerAnswer);
                var export = Stopwatch.StartNew();
                ExportResult written;
                using (var scope = host.Services.CreateScope())
                {
                    written = await scope.ServiceProvider.GetRequiredService<DatasetExporter>().ExportAsync(request.RunId, Path.Combine(workDir, "out"), ct);
                }

                var exportSeconds = export.Elapsed.TotalSeconds;
                // A run that used up the corpus's roots before it had its questions is measured as far as it went.
                if (run.Status is not (RunStatus.Completed or RunStatus.Exhausted))
                {
                    throw new InvalidOperationException($"The benchmark run ended {run.Status} with {accepted} of {count} questions after {run.TreesStarted} trees.");
                }

                return new SynthesisBenchmarkResult(
                    Corpus: corpus,
                    Transport: InMemory,
                    Count: count,
                    Seed: seed,
                    Accepted: written.Questions,
                    AcceptedTrees: accepted,
                    Ended: run.Status.ToString(),
                    TreesStarted: run.TreesStarted,
                    StartupSeconds: startupSeconds,
                    IndexLoadSeconds: indexLoadSeconds,
                    PagesForTreesSeconds: pagesForTreesSeconds,
                    PagesForTreesRead: pagesRead,
                    WallSeconds: wallSeconds,
                    CpuSeconds: cpuSeconds,
                    TotalCpuSeconds: (process.RefreshedCpu() - cpuAtStart).TotalSeconds,
                    ExportSeconds: exportSeconds,
                    AllocatedBytes: allocated,
                    PeakRssBytes: PeakMemory.PeakBytes(),
                    PeakRssOfHostOnly: peakOfHostOnly,
                    Searches: searches,
                    PlainSearches: plain,
                    CandidateSetRequests: candidateRequests,
                    CandidateSets: candidateSets,
                    Stages: stages.Stages(),
                    Rejections: RejectionReasons.Count(outcomes.Where(o => o.Status is TreeStatus.Rejected or TreeStatus.Failed).Select(o => o.FailureReason)));
            }
            finally
            {
                await host.StopAsync(CancellationToken.None);
            }
        }
        finally
        {
            DeleteWork(workDir);
        }
    }

    private static TimeSpan RefreshedCpu(this Process process)
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    private static async Task<RunRecord> WaitAsync(StateStore store, Guid runId, CancellationToken ct)
    {
        while (true)
        {
            if (await store.FindRunAsync(runId, ct) is { } run && run.Status != RunStatus.Running)
            {
                return run;
            }

            await Task.Delay(100, ct);
        }
    }

    private static void DeleteWork(string workDir)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        InfoSeek.Corpus.CorpusIndexBuilder.TryDeleteDirectory(workDir);
    }
}
