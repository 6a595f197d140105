using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InfoSeek.Domain;
using InfoSeek.Storage;
using InfoSeek.TestSupport;
using Xunit.Abstractions;

namespace InfoSeek.Reliability.Tests.Broker;

/// <summary>
/// A command that fails every retry, over a real RabbitMQ node: with the Browser down, the Blurring and Sampler
/// consumers cannot read the corpus, so their messages go to their _error queues. The Planner lists the failed trees with
/// the reason; once the Browser is back, replaying them ends the run as if nothing had happened.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class PoisonMessageTests(RabbitMqNode broker, DeployedRunReference reference, ITestOutputHelper output) : IClassFixture<RabbitMqNode>
{
    /// <summary>One retry, and no stall re-sends within the test: a failing command faults at once.</summary>
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Bus__RetryLimit"] = "1",
        ["Planner__StallAfter"] = "01:00:00",
    };

    /// <summary>The queue each replayable command waits in, and so the _error queue it faults to.</summary>
    private static readonly Dictionary<string, string> QueueOf = new()
    {
        ["BrowsePage"] = "browser-browse-page",
        ["BlurNode"] = "blurring-blur-node",
        ["TreeCompleted"] = "verbalizer-tree-completed",
        ["QuestionVerbalized"] = "sampler-question-verbalized",
    };

    [Fact]
    public async Task Commands_that_fail_every_retry_reach_the_error_queue_are_listed_with_their_reason_and_their_replay_gives_the_uninterrupted_dataset()
    {
        using var temp = new TempDirectory();
        var database = temp.File("state.db");
        using var services = new ServiceProcesses(broker, database, Repository.SampleIndex, settings: Settings);
        await services.WaitReadyAsync();
        var run = await DeployedRun.PublishAsync(services, database, DeployedRun.Request);
        using var api = new HttpClient { BaseAddress = new Uri(services.PlannerUrl) };
        var failuresPath = $"/api/runs/{DeployedRun.Request.RunId}/failures";

        // Once a tree is past browsing, its next commands (a blur, the Sampler's judging) read the corpus through the Browser.
        await run.WaitAsync(
            "a tree is browsed and goes on to blurring",
            async () => (await run.OutcomesAsync()).Any(o => o.Status is TreeStatus.Blurring or TreeStatus.Verbalizing or TreeStatus.Judging),
            TimeSpan.FromMinutes(4));
        services.Kill("Browser");
        List<JsonElement> failures = [];
        await run.WaitAsync(
            "a command fails every retry while the Browser is down",
            async () => (failures = await ReplayableAsync(api, failuresPath)).Count > 0,
            TimeSpan.FromMinutes(4));

        // Other commands may still be in their retries (two vertices of a tree can be blurred at once): once the corpus
        // readers hold nothing and the Planner has taken every fault, the list is complete. A fault that came after the
        // replay would fail the replayed tree again.
        string[] settling = ["blurring-blur-node", "sampler-question-verbalized", "planner-command-faulted"];
        await run.WaitAsync(
            "every command that read the corpus has faulted and the Planner has taken the faults",
            async () =>
            {
                var queues = await broker.QueuesAsync();
                return settling.All(q => queues.GetValueOrDefault(q) is (0, 0));
            },
            TimeSpan.FromMinutes(4));
        failures = await ReplayableAsync(api, failuresPath);

        foreach (var failure in failures)
        {
            var command = failure.GetProperty("command").GetString()!;
            Assert.Contains(command, new[] { "BlurNode", "QuestionVerbalized" }); // the two that read the corpus
            var reason = failure.GetProperty("reason").GetString()!;
            Assert.StartsWith($"{command} failed: ", reason, StringComparison.Ordinal);
            Assert.Contains("Connection refused", reason, StringComparison.Ordinal);
            Assert.True(failure.GetProperty("replayable").GetBoolean());
            var errorQueue = QueueOf[command] + "_error";
            Assert.True(await broker.QueueDepthAsync(errorQueue) >= 1, $"nothing in {errorQueue}");
            var headers = await broker.PeekHeadersAsync(errorQueue) ?? throw new InvalidOperationException($"{errorQueue} is empty");
            Assert.Equal(Settings["Bus__RetryLimit"], headers["MT-Fault-RetryCount"]?.ToString()); // after the configured retries
        }

        output.WriteLine($"failed while the Browser was down: {string.Join(", ", failures.Select(f => $"tree {f.GetProperty("treeNo")} on {f.GetProperty("command")}"))}");

        services.Restart("Browser");
        await services.WaitReadyAsync();
        foreach (var failure in failures)
        {
            using var replay = await api.PostAsync(new Uri($"{failuresPath}/{failure.GetProperty("treeId").GetGuid()}/replay", UriKind.Relative), null);
            Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        }

        await run.WaitUntilEndedAsync(TimeSpan.FromMinutes(8));
        Assert.Equal(RunStatus.Completed, (await run.FindAsync())!.Status);
        Assert.DoesNotContain(await api.GetFromJsonAsync<List<JsonElement>>(failuresPath) ?? [], f => f.GetProperty("reason").GetString()!.Contains("Connection refused", StringComparison.Ordinal));
        await run.AssertEveryTreeOnceAsync();
        reference.AssertSameOutcomes(await run.OutcomesAsync());
        reference.AssertSameDataset(await run.ExportAsync(temp.File("dataset")));
    }

    /// <summary>The failures a replay can mend (those of the Planner's own rules, like an underdetermined blur, cannot).</summary>
    private static async Task<List<JsonElement>> ReplayableAsync(HttpClient api, string failuresPath) =>
        (await api.GetFromJsonAsync<List<JsonElement>>(failuresPath) ?? []).Where(f => f.GetProperty("replayable").GetBoolean()).ToList();
}
