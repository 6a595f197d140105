using InfoSeek.Domain;
using InfoSeek.Storage;
using InfoSeek.TestSupport;
using Xunit.Abstractions;

namespace InfoSeek.Reliability.Tests.Broker;

/// <summary>
/// `kill -9` of each worker process in turn and of the broker, mid-run, over a real RabbitMQ node (what a node failure or
/// an out-of-memory kill does in production), then SIGTERM of two workers (what a rolling update does).
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class CrashTests(RabbitMqNode broker, DeployedRunReference reference, ITestOutputHelper output) : IClassFixture<RabbitMqNode>
{
    /// <summary>
    /// Retries that outlast a Browser restart, and stall re-sends for a command lost with the broker, so that no tree
    /// fails for want of a worker: a crash must cost time only.
    /// </summary>
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Bus__RetryLimit"] = "20",
        ["Planner__StallAfter"] = "00:00:30",
        ["Planner__StallResends"] = "20",
    };

    [Fact]
    public async Task Killing_each_worker_and_the_broker_and_stopping_two_workers_mid_run_loses_and_doubles_no_tree_and_gives_the_dataset_of_an_uninterrupted_run()
    {
        using var temp = new TempDirectory();
        var database = temp.File("state.db");
        using var services = new ServiceProcesses(broker, database, Repository.SampleIndex, settings: Settings);
        await services.WaitReadyAsync();
        var run = await DeployedRun.PublishAsync(services, database, DeployedRun.Request);

        var interruptions = new List<string>();
        var repliesAtLastKill = 0L;
        var steps = ServiceProcesses.Workers.Select(w => (Victim: w, Graceful: false))
            .Append(("broker", false))
            .Concat(new[] { "Planner", "Blurring" }.Select(w => (Victim: w, Graceful: true)));
        foreach (var (victim, graceful) in steps)
        {
            // Some progress since the last crash, so that each one lands on work in flight.
            await run.WaitAsync($"two more replies before stopping the {victim}", async () => await run.RepliesAsync() >= repliesAtLastKill + 2, TimeSpan.FromMinutes(4));
            var status = (await run.FindAsync())?.Status;
            Assert.True(status == RunStatus.Running, $"the run was {status} before the {victim} was stopped: it must last longer (so far: {string.Join("; ", interruptions)})");
            repliesAtLastKill = await run.RepliesAsync();
            if (victim == "broker")
            {
                broker.Kill();
                await broker.RestartAsync();
            }
            else if (graceful)
            {
                // SIGTERM, as Kubernetes stops a pod: the host finishes or hands back what it holds and exits 0.
                Assert.Equal(0, await services.StopAsync(victim, TimeSpan.FromMinutes(1)));
                services.Restart(victim);
            }
            else
            {
                services.Kill(victim);
                services.Restart(victim);
            }

            interruptions.Add($"{victim} {(graceful ? "stopped" : "killed")} after {repliesAtLastKill} replies");
        }

        await run.WaitUntilEndedAsync(TimeSpan.FromMinutes(8));
        output.WriteLine($"{string.Join("; ", interruptions)}; the run ended after {await run.RepliesAsync()} replies");

        Assert.Equal(RunStatus.Completed, (await run.FindAsync())!.Status);
        await run.AssertEveryTreeOnceAsync();
        reference.AssertSameOutcomes(await run.OutcomesAsync());
        reference.AssertSameDataset(await run.ExportAsync(temp.File("dataset")));
    }
}
