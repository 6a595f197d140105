using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InfoSeek.Contracts;
using InfoSeek.Domain;
using InfoSeek.Storage;

namespace InfoSeek.Reliability.Tests;

/// <summary>
/// A tree whose command never gets a reply or fails every retry fails with the reason, the run still completes, and the
/// Planner's API lists the failure and replays it.
/// </summary>
[Collection(CleanRunCollection.Name)]
public sealed class FailedTreeTests(CleanRun clean)
{
    private static readonly Guid FirstTree = AllInOneRun.TreeId(1);

    private static readonly string Failures = $"/api/runs/{AllInOneRun.Request.RunId}/failures";

    [Fact]
    public async Task A_tree_whose_worker_never_answers_fails_after_its_resends_and_the_run_completes_without_it()
    {
        await using var run = await AllInOneRun.StartAsync(
            m => m is BrowsePage { TreeId: var tree } && tree == FirstTree ? Delivery.Drop : Delivery.Once,
            new() { ["Planner:StallAfter"] = "00:00:02", ["Planner:StallResends"] = "2" });

        Assert.Equal(RunStatus.Completed, (await run.WaitUntilEndedAsync()).Status);
        var first = (await run.OutcomesAsync())[0];
        Assert.Equal((TreeStatus.Failed, "no reply to BrowsePage after 3 attempts"), (first.Status, first.FailureReason));
        var failure = Assert.Single(await run.Api.GetFromJsonAsync<List<JsonElement>>(Failures) ?? [], f => f.GetProperty("treeNo").GetInt32() == 1);
        Assert.Equal("BrowsePage", failure.GetProperty("command").GetString());
        Assert.True(failure.GetProperty("replayable").GetBoolean());
    }

    [Fact]
    public async Task A_command_that_fails_every_retry_fails_its_tree_with_the_reason_and_its_replay_ends_the_tree_as_in_a_clean_run()
    {
        await using var run = await AllInOneRun.StartAsync(
            m => m is BrowsePage { TreeId: var tree } && tree == FirstTree ? Delivery.Throw : Delivery.Once,
            new() { ["Bus:RetryLimit"] = "1" });

        Assert.Equal(RunStatus.Completed, (await run.WaitUntilEndedAsync()).Status);
        var failures = await run.Api.GetFromJsonAsync<List<JsonElement>>(Failures) ?? [];
        var failure = Assert.Single(failures, f => f.GetProperty("treeId").GetGuid() == FirstTree);
        Assert.Equal(
            "BrowsePage failed: System.InvalidOperationException: BrowsePage refused by the test's consumer",
            failure.GetProperty("reason").GetString());
        Assert.True(failure.GetProperty("replayable").GetBoolean());

        run.Deliveries.Rule = _ => Delivery.Once; // the cause is removed
        var replay = await run.Api.PostAsync(new Uri($"{Failures}/{FirstTree}/replay", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        Assert.Equal("BrowsePage", (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("command").GetString());

        await run.WaitAsync((r, trees) => r.Status != RunStatus.Running && trees[0].Status.IsEnded());
        var first = (await run.OutcomesAsync())[0];
        var cleanFirst = clean.Outcomes[0];
        Assert.Equal((cleanFirst.Status, cleanFirst.FailureReason, cleanFirst.Answer), (first.Status, first.FailureReason, first.Answer));
        Assert.DoesNotContain(await run.Api.GetFromJsonAsync<List<JsonElement>>(Failures) ?? [], f => f.GetProperty("reason").GetString()!.Contains("refused", StringComparison.Ordinal));
        clean.AssertSameDataset(await run.ExportAsync());

        // A second replay finds nothing to replay: the tree ended on its own (the clean run's tree 1 fails by the Planner's rules).
        var again = await run.Api.PostAsync(new Uri($"{Failures}/{FirstTree}/replay", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains(
            first.Status == TreeStatus.Failed ? "not for want of a reply: there is no command to replay" : $"Tree 1 is {first.Status}, not Failed",
            await again.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_or_unknown_ids_and_a_tree_that_has_not_failed_are_refused_with_a_problem_that_names_them()
    {
        // The run starts and its trees wait on their first command: none has failed.
        await using var run = await AllInOneRun.StartAsync(m => m is StartRun ? Delivery.Once : Delivery.Drop);
        await run.WaitAsync((_, trees) => trees.Count > 0);
        var unknown = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
        (string Method, string Path, HttpStatusCode Status, string Detail)[] cases =
        [
            ("GET", "/api/runs/not-a-run/failures", HttpStatusCode.BadRequest, "runId 'not-a-run' is not a GUID"),
            ("GET", $"/api/runs/{unknown}/failures", HttpStatusCode.NotFound, $"No run {unknown}."),
            ("POST", $"{Failures}/tree-1/replay", HttpStatusCode.BadRequest, "treeId 'tree-1' is not a GUID"),
            ("POST", $"{Failures}/{unknown}/replay", HttpStatusCode.NotFound, $"has no tree {unknown}."),
            ("POST", $"/api/runs/{unknown}/failures/{FirstTree}/replay", HttpStatusCode.NotFound, $"No run {unknown}."),
            ("POST", $"{Failures}/{FirstTree}/replay", HttpStatusCode.Conflict, "Tree 1 is Growing, not Failed: only a failed tree can be replayed."),
        ];

        Assert.Equal([], await run.Api.GetFromJsonAsync<List<JsonElement>>(Failures));
        foreach (var (method, path, status, detail) in cases)
        {
            using var response = await run.Api.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)));

            Assert.True(status == response.StatusCode, $"{method} {path}: {response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains(detail, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }
}
