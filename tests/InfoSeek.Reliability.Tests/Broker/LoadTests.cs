using System.Diagnostics;
using System.Globalization;
using InfoSeek.Contracts;
using InfoSeek.Corpus;
using InfoSeek.Domain;
using InfoSeek.Storage;
using InfoSeek.TestSupport;
using Xunit.Abstractions;

namespace InfoSeek.Reliability.Tests.Broker;

/// <summary>
/// Twenty runs at once over a real RabbitMQ node, with two replicas of every worker (the two Planners sharing one state
/// file): every run completes with its count, and no tree is lost or counted twice. The suite runs one question per run
/// on the sample; INFOSEEK_LOAD_COUNT and INFOSEEK_LOAD_CORPUS (a corpus file) make it the full-size load test.
/// </summary>
public sealed class LoadTests(RabbitMqNode broker, ITestOutputHelper output) : IClassFixture<RabbitMqNode>
{
    private const int Runs = 20;

    private static int Count => int.Parse(Environment.GetEnvironmentVariable("INFOSEEK_LOAD_COUNT") is { Length: > 0 } n ? n : "1", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Twenty_concurrent_runs_over_two_replicas_of_each_worker_complete_with_their_counts_and_no_tree_counted_twice()
    {
        var index = Environment.GetEnvironmentVariable("INFOSEEK_LOAD_CORPUS") is { Length: > 0 } corpus
            ? CorpusIndexCache.GetOrBuild(corpus, Repository.IndexCache)
            : Repository.SampleIndex;
        using var temp = new TempDirectory();
        var database = temp.File("state.db");
        using var services = new ServiceProcesses(broker, database, index, replicasPerWorker: 2);
        await services.WaitReadyAsync();

        var clock = Stopwatch.StartNew();
        var runs = new List<(StartRun Request, DeployedRun Run)>();
        for (var i = 1; i <= Runs; i++)
        {
            var request = new StartRun { RunId = DeterministicIds.RunId($"load-{i:00}"), Name = $"load-{i:00}", Count = Count, Seed = i, Parallelism = 2 };
            runs.Add((request, await DeployedRun.PublishAsync(services, database, request)));
        }

        // Queue depths sampled every few seconds beside the run (rabbitmqctl starts an Erlang VM each time, which can take
        // long on a loaded machine: a sample that does not come is counted, not waited for).
        var deepest = new Dictionary<string, (long Ready, long InFlight)>();
        var (samples, missed) = (0, 0);
        using var stopSampling = new CancellationTokenSource();
        var sampling = Task.Run(async () =>
        {
            while (!stopSampling.IsCancellationRequested)
            {
                try
                {
                    foreach (var (queue, (ready, unacknowledged)) in await broker.QueuesAsync())
                    {
                        var (r, f) = deepest.GetValueOrDefault(queue);
                        deepest[queue] = (Math.Max(r, ready), Math.Max(f, ready + unacknowledged));
                    }

                    samples++;
                    await Task.Delay(TimeSpan.FromSeconds(5), stopSampling.Token);
                }
                catch (TimeoutException)
                {
                    missed++;
                }
                catch (OperationCanceledException)
                {
                }
            }
        });
        await runs[0].Run.WaitAsync(
            $"all {Runs} runs end",
            async () =>
            {
                foreach (var (_, run) in runs)
                {
                    if (!await run.EndedAsync())
                    {
                        await Task.Delay(500);
                        return false;
                    }
                }

                return true;
            },
            TimeSpan.FromMinutes(10 + (2 * Count)));
        await stopSampling.CancelAsync();
        await sampling;
        var wall = clock.Elapsed;

        var trees = 0;
        foreach (var (request, run) in runs)
        {
            Assert.Equal(RunStatus.Completed, (await run.FindAsync())!.Status);
            await run.AssertEveryTreeOnceAsync();
            var dataset = await run.ExportAsync(temp.File(request.Name));
            var questions = File.ReadAllLines(Path.Combine(dataset, "questions.jsonl"));
            Assert.Equal(request.Count, questions.Length);
            var answers = questions.Select(q => System.Text.Json.JsonDocument.Parse(q).RootElement.GetProperty("answer").GetString()).ToList();
            Assert.Equal(answers.Count, answers.Distinct().Count());
            trees += (await run.OutcomesAsync()).Count;
        }

        output.WriteLine(
            $"{Runs} runs of {Count} over 2 replicas of each worker: {Runs * Count} questions and {trees} trees in {wall.TotalSeconds:F0} s " +
            $"({Runs * Count / wall.TotalSeconds:F2} questions/s, {trees / wall.TotalSeconds:F2} trees/s); most messages in a queue over {samples} samples ({missed} missed), ready + being consumed (ready alone): " +
            string.Join(", ", deepest.Where(d => d.Value.InFlight > 0).OrderByDescending(d => d.Value.InFlight).Select(d => $"{d.Key} {d.Value.InFlight} ({d.Value.Ready})")));
    }
}
