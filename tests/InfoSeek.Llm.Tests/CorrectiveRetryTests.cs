namespace InfoSeek.Llm.Tests;

public sealed class CorrectiveRetryTests
{
    private static readonly IReadOnlyList<ChatMessage> Question = [ChatMessage.User(@"Capital of Austria? Answer in \boxed{}.")];

    [Fact]
    public async Task A_malformed_reply_is_answered_once_with_a_corrective_message_and_the_second_reply_is_accepted()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Enqueue(Reply.Completion("It is Vienna.", 50, 5), Reply.Completion(@"\boxed{Vienna}", 70, 6));
        await using var host = await LlmTestHost.StartAsync(LlmTestHost.Settings(server));
        var runId = Guid.NewGuid();

        var answer = await host.Client(LlmRole.Sampler).CompleteAsync(runId, Question, StructuredOutput.Boxed, CancellationToken.None);

        Assert.Equal("Vienna", answer);
        var retry = server.Requests[1];
        Assert.Equal(["user", "assistant", "user"], retry.Messages.Select(m => m!["role"]!.GetValue<string>()));
        Assert.Equal("It is Vienna.", retry.Messages[1]!["content"]!.GetValue<string>());
        Assert.Contains(@"no \boxed{...} answer", retry.LastMessage);
        var totals = host.Recorder.Totals(runId, LlmRole.Sampler);
        Assert.Equal((2, 1, 120L, 11L), (totals.Calls, totals.Failures, totals.PromptTokens, totals.CompletionTokens));
    }

    [Fact]
    public async Task Two_malformed_replies_fail_as_invalid_output_and_both_are_recorded_as_failures()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Enqueue(Reply.Completion("Vienna."), Reply.Completion("Still Vienna."));
        await using var host = await LlmTestHost.StartAsync(LlmTestHost.Settings(server));
        var runId = Guid.NewGuid();

        var e = await Assert.ThrowsAsync<LlmException>(
            () => host.Client(LlmRole.Sampler).CompleteAsync(runId, Question, StructuredOutput.Boxed, CancellationToken.None));

        Assert.Equal((LlmRole.Sampler, LlmOutcome.InvalidOutput), (e.Role, e.Outcome));
        Assert.Contains(@"no \boxed{...} answer", e.Message);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal((2, 2), (host.Recorder.Totals(runId, LlmRole.Sampler).Calls, host.Recorder.Totals(runId, LlmRole.Sampler).Failures));
    }

    [Fact]
    public async Task A_json_reply_cut_off_at_the_length_limit_is_retried_with_a_request_for_brevity_and_then_fails_as_truncated()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Enqueue(
            Reply.Completion("```json\n{\"claims\": [{\"claim\": \"A was founded in 18", finishReason: "length"),
            Reply.Completion("{\"claims\": [{\"claim\": \"A was", finishReason: "length"));
        await using var host = await LlmTestHost.StartAsync(LlmTestHost.Settings(server));
        var runId = Guid.NewGuid();

        var e = await Assert.ThrowsAsync<LlmException>(
            () => host.Client(LlmRole.Browser).CompleteAsync(runId, Question, StructuredOutput.JsonObject, CancellationToken.None));

        Assert.Equal(LlmOutcome.Truncated, e.Outcome);
        Assert.Contains("cut off at the length limit", server.Requests[1].LastMessage);
        Assert.Equal(2, host.Recorder.Totals(runId, LlmRole.Browser).Failures);
    }

    [Fact]
    public async Task A_complete_json_object_is_accepted_even_when_the_reply_then_hit_the_length_limit()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Enqueue(Reply.Completion("{\"link\": \"Vienna\"} And some rambling that was cut", finishReason: "length"));
        await using var host = await LlmTestHost.StartAsync(LlmTestHost.Settings(server));

        var json = await host.Client(LlmRole.Browser).CompleteAsync(Guid.NewGuid(), Question, StructuredOutput.JsonObject, CancellationToken.None);

        Assert.Equal("Vienna", json.GetProperty("link").GetString());
    }
}
