using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace InfoSeek.Llm.Tests;

public sealed class ResilienceTests
{
    private static readonly IReadOnlyList<ChatMessage> Question = [ChatMessage.User("Capital of Austria?")];

    [Fact]
    public async Task A_reply_slower_than_the_timeout_is_abandoned_and_the_request_retried()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Enqueue(Reply.Completion("too late").After(TimeSpan.FromSeconds(5)), Reply.Completion("Vienna"));
        await using var host = await LlmTestHost.StartAsync(LlmTestHost.Settings(server, ("Llm:Default:Timeout", "00:00:00.500")));
        var clock = Stopwatch.StartNew();

        var completion = await host.Client(LlmRole.Sampler).CompleteAsync(Guid.NewGuid(), Question, CancellationToken.None);

        Assert.Equal("Vienna", completion.Text);
        Assert.Equal(2, server.Requests.Count);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.45), TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task A_server_that_never_answers_in_time_fails_as_a_timeout_after_its_retries()
    {
        await using var server = await FakeChatServer.StartAsync();
        // The timeout leaves the server time to take the request even on a loaded machine; the reply comes far later.
        server.WhenScriptEnds = Reply.Completion("too late").After(TimeSpan.FromSeconds(15));
        await using var host = await LlmTestHost.StartAsync(LlmTestHost.Settings(server,
            ("Llm:Default:Timeout", "00:00:01.500"), ("Llm:Default:MaxRetries", "1")));
        var runId = Guid.NewGuid();

        var e = await Assert.ThrowsAsync<LlmException>(() => host.Client(LlmRole.Sampler).CompleteAsync(runId, Question, CancellationToken.None));

        Assert.Equal(LlmOutcome.Timeout, e.Outcome);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(1, host.Recorder.Totals(runId, LlmRole.Sampler).Failures);
    }

    [Fact]
    public async Task A_429_with_Retry_After_in_seconds_is_waited_out_and_the_call_then_succeeds()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Enqueue(Reply.Error(429, retryAfter: "2"), Reply.Completion("Vienna"));
        await using var host = await LlmTestHost.StartAsync(LlmTestHost.Settings(server));

        var completion = await host.Client(LlmRole.Sampler).CompleteAsync(Guid.NewGuid(), Question, CancellationToken.None);

        Assert.Equal("Vienna", completion.Text);
        var waited = server.Requests[1].At - server.Requests[0].At;
        Assert.True(waited >= TimeSpan.FromSeconds(1.95), $"retried after {waited.TotalMilliseconds} ms, before the 2 s the server asked for");
    }

    [Fact]
    public async Task A_429_with_Retry_After_as_an_http_date_is_waited_out_until_that_date()
    {
        await using var server = await FakeChatServer.StartAsync();
        var until = DateTimeOffset.UtcNow.AddSeconds(3);
        var header = FakeChatServer.HttpDate(until);
        server.Enqueue(Reply.Error(429, retryAfter: header), Reply.Completion("Vienna"));
        await using var host = await LlmTestHost.StartAsync(LlmTestHost.Settings(server));

        var completion = await host.Client(LlmRole.Sampler).CompleteAsync(Guid.NewGuid(), Question, CancellationToken.None);

        Assert.Equal("Vienna", completion.Text);
        var asked = DateTimeOffset.Parse(header, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(server.Requests[1].At >= asked.AddMilliseconds(-50), $"retried at {server.Requests[1].At:O}, before {asked:O}");
    }

    [Fact]
    public async Task Server_errors_are_retried_until_the_server_recovers_and_only_the_answered_call_is_recorded()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Enqueue(Reply.Error(500), Reply.Error(503), Reply.Completion("Vienna"));
        await using var host = await LlmTestHost.StartAsync(LlmTestHost.Settings(server));
        var runId = Guid.NewGuid();

        var completion = await host.Client(LlmRole.Sampler).CompleteAsync(runId, Question, CancellationToken.None);

        Assert.Equal("Vienna", completion.Text);
        Assert.Equal(3, server.Requests.Count);
        Assert.Equal((1, 0), (host.Recorder.Totals(runId, LlmRole.Sampler).Calls, host.Recorder.Totals(runId, LlmRole.Sampler).Failures));
    }

    [Fact]
    public async Task Persistent_server_errors_open_the_circuit_and_later_calls_fail_fast_without_reaching_the_server()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.WhenScriptEnds = Reply.Error(500);
        await using var host = await LlmTestHost.StartAsync(LlmTestHost.Settings(server, ("Llm:Default:MaxRetries", "2")));
        var runId = Guid.NewGuid();
        var outcomes = new List<LlmOutcome>();
        for (var call = 0; call < 6 && !outcomes.Contains(LlmOutcome.CircuitOpen); call++)
        {
            var e = await Assert.ThrowsAsync<LlmException>(() => host.Client(LlmRole.Sampler).CompleteAsync(runId, Question, CancellationToken.None));
            outcomes.Add(e.Outcome);
        }

        // The breaker needs 10 attempts to judge; three calls of three attempts fail as HTTP errors, the fourth opens it.
        Assert.Equal([LlmOutcome.HttpError, LlmOutcome.HttpError, LlmOutcome.HttpError, LlmOutcome.CircuitOpen], outcomes);
        Assert.Equal(10, server.Requests.Count);
        var clock = Stopwatch.StartNew();
        var fast = await Assert.ThrowsAsync<LlmException>(() => host.Client(LlmRole.Sampler).CompleteAsync(runId, Question, CancellationToken.None));
        Assert.Equal(LlmOutcome.CircuitOpen, fast.Outcome);
        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(500), $"an open circuit took {clock.ElapsedMilliseconds} ms to fail");
        Assert.Equal(10, server.Requests.Count);
        Assert.Equal(5, host.Recorder.Totals(runId, LlmRole.Sampler).Failures);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_hosts_standard_resilience_handler_does_not_wrap_the_llm_client_whatever_the_registration_order(bool serviceDefaultsFirst)
    {
        await using var server = await FakeChatServer.StartAsync();
        server.WhenScriptEnds = Reply.Error(502);
        await using var host = await LlmTestHost.StartAsync(LlmTestHost.Settings(server, ("Llm:Default:MaxRetries", "2")), serviceDefaultsFirst);

        var e = await Assert.ThrowsAsync<LlmException>(() => host.Client(LlmRole.Planner).CompleteAsync(Guid.NewGuid(), Question, CancellationToken.None));

        // Only this client's pipeline: 1 + 2 retries. Under the standard handler it would be (1 + 3) x 3.
        Assert.Equal(LlmOutcome.HttpError, e.Outcome);
        Assert.Contains("HTTP 502", e.Message);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Roles_sharing_an_endpoint_share_its_concurrency_limit_which_is_the_smallest_of_theirs()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.WhenScriptEnds = Reply.Completion("ok").After(TimeSpan.FromMilliseconds(300));
        await using var host = await LlmTestHost.StartAsync(LlmTestHost.Settings(server,
            ("Llm:Default:MaxConcurrency", "4"), ("Llm:Planner:MaxConcurrency", "2")));
        Assert.Equal(2, host.Services.GetRequiredService<LlmEndpointLimiters>().Limit(LlmRole.Verbalizer));

        var calls = Enumerable.Range(0, 6)
            .Select(i => host.Client(i % 2 == 0 ? LlmRole.Planner : LlmRole.Verbalizer).CompleteAsync(Guid.NewGuid(), Question, CancellationToken.None));
        var completions = await Task.WhenAll(calls);

        Assert.All(completions, c => Assert.Equal("ok", c.Text));
        Assert.Equal(6, server.Requests.Count);
        Assert.Equal(2, server.MaxInFlight);
    }

    [Fact]
    public async Task A_call_the_caller_cancels_is_recorded_as_cancelled_and_surfaces_as_cancellation()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Enqueue(Reply.Completion("slow").After(TimeSpan.FromSeconds(3)));
        await using var host = await LlmTestHost.StartAsync(LlmTestHost.Settings(server));
        var runId = Guid.NewGuid();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.Client(LlmRole.Sampler).CompleteAsync(runId, Question, cts.Token));

        Assert.Equal((1, 1), (host.Recorder.Totals(runId, LlmRole.Sampler).Calls, host.Recorder.Totals(runId, LlmRole.Sampler).Failures));
    }
}
