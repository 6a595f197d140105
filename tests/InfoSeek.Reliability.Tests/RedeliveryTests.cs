using InfoSeek.Contracts;
using InfoSeek.Storage;

namespace InfoSeek.Reliability.Tests;

/// <summary>A broker delivers at least once: every consumer must take a second delivery of a message as a no-op.</summary>
[Collection(CleanRunCollection.Name)]
public sealed class RedeliveryTests(CleanRun clean)
{
    [Fact]
    public async Task A_run_with_every_message_delivered_twice_stores_the_clean_run_s_outcomes_and_writes_its_dataset_byte_for_byte()
    {
        await using var run = await AllInOneRun.StartAsync(_ => Delivery.Twice);

        Assert.Equal(RunStatus.Completed, (await run.WaitUntilEndedAsync()).Status);
        var outcomes = await run.OutcomesAsync();
        clean.AssertSameOutcomes(outcomes);
        var samples = await run.Store.SamplesAsync(AllInOneRun.Request.RunId, CancellationToken.None);
        Assert.Equal(samples.Count, samples.Select(s => s.TreeId).Distinct().Count());
        clean.AssertSameDataset(await run.ExportAsync());
    }

    [Fact]
    public async Task A_run_whose_blur_commands_are_each_lost_once_sends_them_again_after_the_stall_bound_and_writes_the_clean_dataset()
    {
        var lost = new HashSet<(Guid, int)>();
        await using var run = await AllInOneRun.StartAsync(
            m => m is BlurNode blur && Once(lost, (blur.TreeId, blur.Step)) ? Delivery.Drop : Delivery.Once,
            // A bound this short also sends again commands whose reply is merely slow: enough re-sends that none fails.
            new() { ["Planner:StallAfter"] = "00:00:01", ["Planner:StallResends"] = "50" });

        Assert.Equal(RunStatus.Completed, (await run.WaitUntilEndedAsync()).Status);
        Assert.NotEmpty(lost);
        clean.AssertSameOutcomes(await run.OutcomesAsync());
        clean.AssertSameDataset(await run.ExportAsync());
    }

    private static bool Once(HashSet<(Guid, int)> seen, (Guid, int) key)
    {
        lock (seen)
        {
            return seen.Add(key);
        }
    }
}
