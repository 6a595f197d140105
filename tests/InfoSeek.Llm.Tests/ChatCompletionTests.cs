using System.Text.Json.Nodes;

namespace InfoSeek.Llm.Tests;

/// <summary>The reply shapes of real OpenAI-compatible servers, through the whole client.</summary>
public sealed class ChatCompletionTests
{
    private static readonly IReadOnlyList<ChatMessage> Question = [ChatMessage.System("Answer briefly."), ChatMessage.User("Capital of Austria?")];

    [Fact]
    public async Task A_plain_reply_returns_its_text_and_usage_and_the_request_carries_model_settings_and_the_bearer_key()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Enqueue(Reply.Completion("Vienna", promptTokens: 42, completionTokens: 3));
        await using var host = await LlmTestHost.StartAsync(LlmTestHost.Settings(server));

        var completion = await host.Client(LlmRole.Sampler).CompleteAsync(Guid.NewGuid(), Question, CancellationToken.None);

        Assert.Equal(("Vienna", 42, 3, "stop"), (completion.Text, completion.PromptTokens, completion.CompletionTokens, completion.FinishReason));
        var request = Assert.Single(server.Requests);
        Assert.Equal($"Bearer {LlmTestHost.ApiKey}", request.Authorization);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("test-model", request.Body["model"]!.GetValue<string>());
        Assert.Equal(0.3, request.Body["temperature"]!.GetValue<double>());
        Assert.Equal(512, request.Body["max_tokens"]!.GetValue<int>());
        Assert.Equal(["system", "user"], request.Messages.Select(m => m!["role"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_vllm_reply_with_extra_fields_and_no_usage_is_accepted_and_counted_as_a_call_without_usage()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Enqueue(Reply.Json(JsonNode.Parse("""
            {"id":"cmpl-9","object":"chat.completion","created":1700000000,"model":"Qwen/Qwen3-8B","system_fingerprint":null,
             "choices":[{"index":0,"message":{"role":"assistant","content":"Vienna","tool_calls":[],"refusal":null},
                         "logprobs":null,"finish_reason":"stop","stop_reason":null}],
             "prompt_logprobs":null,"kv_transfer_params":null}
            """)!));
        await using var host = await LlmTestHost.StartAsync(LlmTestHost.Settings(server));
        var runId = Guid.NewGuid();

        var completion = await host.Client(LlmRole.Sampler).CompleteAsync(runId, Question, CancellationToken.None);

        Assert.Equal("Vienna", completion.Text);
        Assert.Null(completion.PromptTokens);
        var totals = host.Recorder.Totals(runId, LlmRole.Sampler);
        Assert.Equal((1, 0, 1, 0m), (totals.Calls, totals.Failures, totals.CallsWithoutUsage, totals.Cost));
    }

    [Fact]
    public async Task A_deepseek_reply_with_null_content_is_answered_from_its_reasoning_content()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Enqueue(Reply.Json(JsonNode.Parse("""
            {"id":"x","model":"deepseek-reasoner","choices":[{"index":0,"message":{"role":"assistant","content":null,
             "reasoning_content":"The capital of Austria is Vienna. \\boxed{Vienna}"},"finish_reason":"stop"}],
             "usage":{"prompt_tokens":12,"completion_tokens":30,"total_tokens":42,"prompt_cache_hit_tokens":0,
                      "completion_tokens_details":{"reasoning_tokens":25}}}
            """)!));
        await using var host = await LlmTestHost.StartAsync(LlmTestHost.Settings(server));

        var answer = await host.Client(LlmRole.Sampler).CompleteAsync(Guid.NewGuid(), Question, StructuredOutput.Boxed, CancellationToken.None);

        Assert.Equal("Vienna", answer);
    }

    [Fact]
    public async Task An_ollama_reply_keeps_its_reasoning_field_apart_from_the_answer()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Enqueue(Reply.Json(JsonNode.Parse("""
            {"id":"chatcmpl-3","object":"chat.completion","created":1,"model":"qwen3:8b","system_fingerprint":"fp_ollama",
             "choices":[{"index":0,"message":{"role":"assistant","content":"\\boxed{Vienna}","reasoning":"Austria... Vienna."},"finish_reason":"stop"}],
             "usage":{"prompt_tokens":20,"completion_tokens":9,"total_tokens":29}}
            """)!));
        await using var host = await LlmTestHost.StartAsync(LlmTestHost.Settings(server));

        var completion = await host.Client(LlmRole.Sampler).CompleteAsync(Guid.NewGuid(), Question, CancellationToken.None);

        Assert.Equal((@"\boxed{Vienna}", "Austria... Vienna."), (completion.Text, completion.Reasoning));
    }

    [Fact]
    public async Task A_success_status_without_choices_fails_as_a_malformed_response()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Enqueue(Reply.Json(JsonNode.Parse("""{"object":"chat.completion","choices":[]}""")!));
        await using var host = await LlmTestHost.StartAsync(LlmTestHost.Settings(server));
        var runId = Guid.NewGuid();

        var e = await Assert.ThrowsAsync<LlmException>(() => host.Client(LlmRole.Sampler).CompleteAsync(runId, Question, CancellationToken.None));

        Assert.Equal(LlmOutcome.MalformedResponse, e.Outcome);
        Assert.Equal(1, host.Recorder.Totals(runId, LlmRole.Sampler).Failures);
    }

    [Fact]
    public async Task A_base_address_with_a_path_keeps_it_in_front_of_v1_chat_completions()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Enqueue(Reply.Completion("Vienna"));
        await using var host = await LlmTestHost.StartAsync(LlmTestHost.Settings(server, ("Llm:Default:BaseAddress", server.BaseAddress + "/api/")));

        await host.Client(LlmRole.Sampler).CompleteAsync(Guid.NewGuid(), Question, CancellationToken.None);

        Assert.Equal("/api/v1/chat/completions", Assert.Single(server.Requests).Path);
    }

    [Fact]
    public async Task Each_role_has_its_own_named_client_with_its_own_endpoint()
    {
        await using var first = await FakeChatServer.StartAsync();
        await using var second = await FakeChatServer.StartAsync();
        first.Enqueue(Reply.Completion("from the default endpoint"));
        second.Enqueue(Reply.Completion("from the verbalizer endpoint"));
        await using var host = await LlmTestHost.StartAsync(LlmTestHost.Settings(first, ("Llm:Verbalizer:BaseAddress", second.BaseAddress)));

        var verbalizer = await host.Client(LlmRole.Verbalizer).CompleteAsync(Guid.NewGuid(), Question, CancellationToken.None);
        var planner = await host.Client(LlmRole.Planner).CompleteAsync(Guid.NewGuid(), Question, CancellationToken.None);

        Assert.Equal(("from the verbalizer endpoint", "from the default endpoint"), (verbalizer.Text, planner.Text));
    }
}
