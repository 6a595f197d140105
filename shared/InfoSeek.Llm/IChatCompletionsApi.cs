using System.Text.Json.Serialization;
using Refit;

namespace InfoSeek.Llm;

/// <summary>
/// The OpenAI-compatible chat completions endpoint that vLLM, Ollama, DeepSeek, OpenAI and others serve.
/// One client per configured role (keyed by <see cref="LlmRole"/>), each with its own base address,
/// key and resilience pipeline.
/// </summary>
public interface IChatCompletionsApi
{
    // Buffered: some servers reject a chunked request body.
    [Post("/v1/chat/completions")]
    Task<ChatCompletionResponse> CreateAsync([Body(buffered: true)] ChatCompletionRequest request, CancellationToken ct);
}

public sealed record ChatCompletionRequest(
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("messages")] IReadOnlyList<ChatMessage> Messages,
    [property: JsonPropertyName("temperature")] double Temperature,
    [property: JsonPropertyName("max_tokens")] int MaxTokens);

/// <summary>One chat message; Role is "system", "user" or "assistant".</summary>
public sealed record ChatMessage(
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("content")] string Content)
{
    public static ChatMessage System(string content) => new("system", content);

    public static ChatMessage User(string content) => new("user", content);

    public static ChatMessage Assistant(string content) => new("assistant", content);
}

/// <summary>The parts of a reply this project reads; servers add more fields, which are ignored.</summary>
public sealed record ChatCompletionResponse(
    [property: JsonPropertyName("model")] string? Model,
    [property: JsonPropertyName("choices")] IReadOnlyList<ChatChoice>? Choices,
    [property: JsonPropertyName("usage")] ChatUsage? Usage);

/// <param name="FinishReason">"stop", or "length" when the reply hit max_tokens.</param>
public sealed record ChatChoice(
    [property: JsonPropertyName("message")] ChatReplyMessage? Message,
    [property: JsonPropertyName("finish_reason")] string? FinishReason);

/// <summary>
/// Content may be null when a reasoning model's server puts everything in the reasoning field:
/// DeepSeek and older vLLM call it reasoning_content, Ollama and newer vLLM reasoning.
/// </summary>
public sealed record ChatReplyMessage(
    [property: JsonPropertyName("content")] string? Content,
    [property: JsonPropertyName("reasoning_content")] string? ReasoningContent,
    [property: JsonPropertyName("reasoning")] string? Reasoning);

public sealed record ChatUsage(
    [property: JsonPropertyName("prompt_tokens")] int? PromptTokens,
    [property: JsonPropertyName("completion_tokens")] int? CompletionTokens);
