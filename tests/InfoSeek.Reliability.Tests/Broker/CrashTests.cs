using InfoSeek.Domain;
using InfoSeek.Storage;
using InfoSeek.TestSupport;
using Xunit.Abstractions;

namespace InfoSeek.Reliability.Tests.Broker;

/// <summary>
/// `kill -9` of each worker process in turn and of the broker, mid-run, over a real RabbitMQ node: what a node failure or
/// an out-of-memory kill does in production.
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
    public async Task Killing_each_worker_and_the_broker_mid_run_loses_and_doubles_no_tree_and_gives_the_dataset_of_an_uninterrupted_run()
    {
        using var temp = new TempDirectory();
        var database = temp.File("state.db");
        using var services = new ServiceProcesses(broker, database, Repository.SampleIndex, settings: Settings);
        await services.WaitReadyAsync();
        var run = await DeployedRun.PublishAsync(services, database, DeployedRun.Request);

        var kills = new List<string>();
        var repliesAtLastKill = 0L;
        foreach (var victim in ServiceProcesses.Workers.Append("broker"))
        {
            // Some progress since the last crash, so that each one lands on work in flight.
            await run.WaitAsync($"two more replies before killing the {victim}", async () => await run.RepliesAsync() >= repliesAtLastKill + 2, TimeSpan.FromMinutes(4));
            var status = (await run.FindAsync())?.Status;
            Assert.True(status == RunStatus.Running, $"the run was {status} before the {victim} was killed: it must last longer (kills so far: {string.Join("; ", kills)})");
            repliesAtLastKill = await run.RepliesAsync();
            if (victim == "broker")
            {
                broker.Kill();
                await broker.RestartAsync();
            }
            else
            {
                services.Kill(victim);
                services.Restart(victim);
            }

            kills.Add($"{victim} after {repliesAtLastKill} replies");
        }

        await run.WaitUntilEndedAsync(TimeSpan.FromMinutes(8));
        output.WriteLine($"kills: {string.Join("; ", kills)}; the run ended after {await run.RepliesAsync()} replies");

        Assert.Equal(RunStatus.Completed, (await run.FindAsync())!.Status);
        await run.AssertEveryTreeOnceAsync();
        reference.AssertSameOutcomes(await run.OutcomesAsync());
        reference.AssertSameDataset(await run.ExportAsync(temp.File("dataset")));
    }
}
