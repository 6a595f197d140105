using InfoSeek.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InfoSeek.Llm.Tests;

public sealed class AccountingTests
{
    private static readonly IReadOnlyList<ChatMessage> Question = [ChatMessage.User("Capital of Austria?")];

    [Fact]
    public async Task Tokens_and_cost_are_summed_per_run_and_role_at_the_configured_prices()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Enqueue(
            Reply.Completion("a", promptTokens: 1000, completionTokens: 200),
            Reply.Completion("b", promptTokens: 3000, completionTokens: 800),
            Reply.Completion("c", promptTokens: 500, completionTokens: 100));
        await using var host = await LlmTestHost.StartAsync(LlmTestHost.Settings(server,
            ("Llm:Default:InputPricePerMillion", "2.5"), ("Llm:Default:OutputPricePerMillion", "10"),
            ("Llm:Planner:InputPricePerMillion", "0.5")));
        var (run, other) = (Guid.NewGuid(), Guid.NewGuid());

        await host.Client(LlmRole.Verbalizer).CompleteAsync(run, Question, CancellationToken.None);
        await host.Client(LlmRole.Verbalizer).CompleteAsync(run, Question, CancellationToken.None);
        await host.Client(LlmRole.Planner).CompleteAsync(other, Question, CancellationToken.None);

        var verbalizer = host.Recorder.Totals(run, LlmRole.Verbalizer);
        Assert.Equal((2, 0, 4000L, 1000L, 0), (verbalizer.Calls, verbalizer.Failures, verbalizer.PromptTokens, verbalizer.CompletionTokens, verbalizer.CallsWithoutUsage));
        // 4000 x 2.5 / 1e6 + 1000 x 10 / 1e6
        Assert.Equal(0.02m, verbalizer.Cost);
        Assert.True(verbalizer.Latency > TimeSpan.Zero);
        Assert.Equal(["Verbalizer"], host.Recorder.Totals(run).Select(t => t.Role));
        // The planner's own input price: 500 x 0.5 / 1e6 + 100 x 10 / 1e6
        Assert.Equal(0.00125m, host.Recorder.Totals(other, LlmRole.Planner).Cost);
        Assert.Equal(0, host.Recorder.Totals(other, LlmRole.Verbalizer).Calls);
    }

    [Fact]
    public async Task Calls_recorded_from_many_threads_at_once_are_all_counted()
    {
        var recorder = new LlmUsageRecorder(store: null);
        var run = Guid.NewGuid();

        await Parallel.ForAsync(0, 2000, async (i, ct) => await recorder.RecordAsync(new LlmCallRecord(
            Guid.NewGuid(), run, nameof(LlmRole.Sampler), "m", 10, 1, 0.001m, TimeSpan.FromMilliseconds(1),
            i % 4 == 0 ? "Timeout" : LlmCallStore.SucceededOutcome, null, DateTime.UtcNow), ct));

        var totals = recorder.Totals(run, LlmRole.Sampler);
        Assert.Equal((2000, 500, 20_000L, 2000L, 2m), (totals.Calls, totals.Failures, totals.PromptTokens, totals.CompletionTokens, totals.Cost));
    }

    [Fact]
    public async Task The_api_key_appears_in_no_log_line_exception_or_options_text_while_the_server_receives_it()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Enqueue(Reply.Completion("Vienna"), Reply.Error(401), Reply.Completion("no box"), Reply.Completion("no box"));
        await using var host = await LlmTestHost.StartAsync(LlmTestHost.Settings(server, ("Llm:Default:MaxRetries", "0")));
        var client = host.Client(LlmRole.Planner);

        await client.CompleteAsync(Guid.NewGuid(), Question, CancellationToken.None);
        var unauthorized = await Assert.ThrowsAsync<LlmException>(() => client.CompleteAsync(Guid.NewGuid(), Question, CancellationToken.None));
        var invalid = await Assert.ThrowsAsync<LlmException>(() => client.CompleteAsync(Guid.NewGuid(), Question, StructuredOutput.Boxed, CancellationToken.None));

        Assert.All(server.Requests, r => Assert.Equal($"Bearer {LlmTestHost.ApiKey}", r.Authorization));
        var logs = host.Logs.Text;
        Assert.Contains("/v1/chat/completions", logs);
        Assert.Contains("HTTP 401", logs);
        Assert.Contains("Authorization: *", logs);
        Assert.DoesNotContain(LlmTestHost.ApiKey, logs);
        Assert.DoesNotContain(LlmTestHost.ApiKey, unauthorized.ToString());
        Assert.DoesNotContain(LlmTestHost.ApiKey, invalid.ToString());
        var options = host.Services.GetRequiredService<IOptionsMonitor<LlmRoleOptions>>().Get(nameof(LlmRole.Planner));
        Assert.Equal(LlmTestHost.ApiKey, options.ApiKey);
        Assert.Contains("ApiKey=***", options.ToString());
        Assert.DoesNotContain(LlmTestHost.ApiKey, options.ToString());
    }
}
