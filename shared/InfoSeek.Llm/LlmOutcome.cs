using InfoSeek.Domain.Agents;

namespace InfoSeek.Llm;

/// <summary>How one request to a model ended; every value but Succeeded is a failure.</summary>
public enum LlmOutcome
{
    Succeeded,

    /// <summary>The reply did not have the required shape (no \boxed{…}, no JSON object, a field out of range).</summary>
    InvalidOutput,

    /// <summary>The reply hit MaxTokens (finish_reason "length") before its answer was complete.</summary>
    Truncated,

    /// <summary>Every attempt timed out.</summary>
    Timeout,

    /// <summary>The server kept answering with an error status, or could not be reached.</summary>
    HttpError,

    /// <summary>A 2xx reply that is not a chat completion (no choices, not JSON).</summary>
    MalformedResponse,

    /// <summary>The endpoint failed too often lately: requests fail fast until the break ends.</summary>
    CircuitOpen,

    /// <summary>Too many requests were already waiting for the endpoint's concurrency limit.</summary>
    Rejected,

    /// <summary>The caller cancelled; recorded, then rethrown as <see cref="OperationCanceledException"/>.</summary>
    Cancelled,

    /// <summary>A run asked for the role's model, but this process has no endpoint for the role: nothing was sent or recorded.</summary>
    NotConfigured,
}

/// <summary>A model call that failed for good; <see cref="Outcome"/> names the reason. Callers outside InfoSeek.Llm catch it as <see cref="AgentFailedException"/>.</summary>
public sealed class LlmException(LlmRole role, LlmOutcome outcome, string message, Exception? innerException = null)
    : AgentFailedException($"LLM {role}: {outcome}: {message}", innerException)
{
    public LlmRole Role { get; } = role;

    public LlmOutcome Outcome { get; } = outcome;
}

/// <summary>One reply: the content (may be empty), the reasoning a server returned beside it, and the usage if reported.</summary>
public sealed record LlmCompletion(
    string Text,
    string? Reasoning,
    string? FinishReason,
    int? PromptTokens,
    int? CompletionTokens,
    TimeSpan Latency)
{
    public bool Truncated => string.Equals(FinishReason, "length", StringComparison.OrdinalIgnoreCase);
}
