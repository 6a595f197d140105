using InfoSeek.Hosting;
using InfoSeek.Storage;
using InfoSeek.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace InfoSeek.Llm.Tests;

/// <summary>The llm_calls table in a real SQLite file, migrated as at start-up.</summary>
public sealed class LlmCallStorageTests
{
    [Fact]
    public async Task Calls_are_written_to_llm_calls_and_summed_per_run_and_role()
    {
        using var temp = new TempDirectory();
        var database = new Database(new StorageOptions { Provider = StorageProvider.Sqlite, ConnectionString = $"Data Source={temp.File("state.db")}" });
        Assert.Contains(2, await new Migrator(database).MigrateAsync(CancellationToken.None));
        var store = new LlmCallStore(database);
        var (run, other) = (Guid.NewGuid(), Guid.NewGuid());

        await store.InsertAsync(Call(run, "Verbalizer", 1000, 200, 0.0045m, 120, LlmCallStore.SucceededOutcome), CancellationToken.None);
        await store.InsertAsync(Call(run, "Verbalizer", 3000, 800, 0.0155m, 380, "InvalidOutput"), CancellationToken.None);
        await store.InsertAsync(Call(run, "Verbalizer", null, null, null, 5000, "Timeout"), CancellationToken.None);
        await store.InsertAsync(Call(run, "Planner", 10, 2, 0.000045m, 30, LlmCallStore.SucceededOutcome), CancellationToken.None);
        await store.InsertAsync(Call(other, "Verbalizer", 99, 99, 1m, 1, LlmCallStore.SucceededOutcome), CancellationToken.None);

        var totals = await store.TotalsAsync(run, CancellationToken.None);

        Assert.Equal(["Planner", "Verbalizer"], totals.Select(t => t.Role));
        var verbalizer = totals[1];
        Assert.Equal((3, 2, 4000L, 1000L, 1), (verbalizer.Calls, verbalizer.Failures, verbalizer.PromptTokens, verbalizer.CompletionTokens, verbalizer.CallsWithoutUsage));
        Assert.Equal(0.02m, decimal.Round(verbalizer.Cost, 9));
        Assert.Equal(TimeSpan.FromMilliseconds(5500), verbalizer.Latency);
        Assert.Equal((1, 0, 0.000045m), (totals[0].Calls, totals[0].Failures, decimal.Round(totals[0].Cost, 9)));
        Assert.Empty(await store.TotalsAsync(Guid.NewGuid(), CancellationToken.None));
    }

    [Fact]
    public async Task A_host_with_a_state_store_persists_every_call_and_the_stored_sums_match_the_in_memory_ones()
    {
        using var temp = new TempDirectory();
        await using var server = await FakeChatServer.StartAsync();
        server.Enqueue(Reply.Completion("no box", 40, 4), Reply.Completion(@"\boxed{Vienna}", 60, 6), Reply.Completion("x", 10, 1));
        var settings = LlmTestHost.Settings(server, ("Llm:Default:InputPricePerMillion", "1"), ("Llm:Default:OutputPricePerMillion", "4"));
        settings["Storage:Provider"] = "Sqlite";
        settings["Storage:ConnectionString"] = $"Data Source={temp.File("state.db")}";
        await using var host = await LlmTestHost.StartAsync(settings, configure: b => b.AddInfoSeekStorage());
        var run = Guid.NewGuid();

        await host.Client(LlmRole.Sampler).CompleteAsync(run, [ChatMessage.User("Capital?")], StructuredOutput.Boxed, CancellationToken.None);
        await host.Client(LlmRole.Verbalizer).CompleteAsync(run, [ChatMessage.User("Rewrite.")], CancellationToken.None);

        var stored = await host.Services.GetRequiredService<LlmCallStore>().TotalsAsync(run, CancellationToken.None);
        var memory = host.Recorder.Totals(run);
        Assert.Equal(memory.Select(m => (m.Role, m.Calls, m.Failures, m.PromptTokens, m.CompletionTokens, m.Cost)),
            stored.Select(s => (s.Role, s.Calls, s.Failures, s.PromptTokens, s.CompletionTokens, decimal.Round(s.Cost, 9))));
        Assert.Equal((2, 1, 100L, 10L, 0.00014m), (stored[0].Calls, stored[0].Failures, stored[0].PromptTokens, stored[0].CompletionTokens, decimal.Round(stored[0].Cost, 9)));
    }

    private static LlmCallRecord Call(Guid run, string role, int? prompt, int? completion, decimal? cost, int latencyMs, string outcome) =>
        new(Guid.NewGuid(), run, role, "test-model", prompt, completion, cost, TimeSpan.FromMilliseconds(latencyMs), outcome,
            outcome == LlmCallStore.SucceededOutcome ? null : "scripted failure", DateTime.UtcNow);
}
