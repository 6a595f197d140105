using System.Text.Json;
using InfoSeek.Storage;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;
using Refit;

namespace InfoSeek.Llm;

/// <summary>
/// One role's model: sends chat requests through the role's resilient Refit client, accounts every
/// request, and reads structured answers with one corrective retry.
/// </summary>
public sealed class LlmClient(
    LlmRole role,
    LlmRoleOptions options,
    IChatCompletionsApi api,
    ILlmUsageRecorder recorder,
    TimeProvider time,
    ILogger<LlmClient> logger)
{
    public LlmRole Role => role;

    public string Model => options.Model!;

    /// <summary>One request; the reply is accepted as it is (empty content included).</summary>
    public async Task<LlmCompletion> CompleteAsync(Guid runId, IReadOnlyList<ChatMessage> messages, CancellationToken ct)
    {
        var completion = await ExchangeAsync(runId, messages, ct);
        await RecordAsync(runId, completion, LlmOutcome.Succeeded, null);
        return completion;
    }

    /// <summary>
    /// A request whose reply must parse. An unusable reply is answered once with a follow-up that says
    /// what was wrong; a second unusable reply throws <see cref="LlmException"/> (InvalidOutput or
    /// Truncated). Every request is recorded, the rejected ones with their reason.
    /// </summary>
    public async Task<T> CompleteAsync<T>(Guid runId, IReadOnlyList<ChatMessage> messages, Func<LlmCompletion, ParseResult<T>> parse, CancellationToken ct)
    {
        var conversation = messages.ToList();
        for (var attempt = 1; ; attempt++)
        {
            var completion = await ExchangeAsync(runId, conversation, ct);
            var parsed = parse(completion);
            if (parsed.IsValid)
            {
                await RecordAsync(runId, completion, LlmOutcome.Succeeded, null);
                return parsed.Value!;
            }

            var outcome = completion.Truncated ? LlmOutcome.Truncated : LlmOutcome.InvalidOutput;
            await RecordAsync(runId, completion, outcome, parsed.Error);
            if (attempt == 2)
            {
                throw new LlmException(role, outcome, $"the reply was unusable twice; last: {parsed.Error}");
            }

            conversation.Add(ChatMessage.Assistant(completion.Text));
            conversation.Add(ChatMessage.User(outcome == LlmOutcome.Truncated
                ? $"Your reply was cut off at the length limit before it was complete ({parsed.Error}). Answer again, much more briefly, with only the required output."
                : $"Your reply could not be used: {parsed.Error}. Answer again, following the required output format exactly."));
        }
    }

    private async Task<LlmCompletion> ExchangeAsync(Guid runId, IReadOnlyList<ChatMessage> messages, CancellationToken ct)
    {
        var started = time.GetTimestamp();
        var request = new ChatCompletionRequest(options.Model!, messages, options.Temperature, options.MaxTokens);
        ChatCompletionResponse response;
        try
        {
            response = await api.CreateAsync(request, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await RecordFailureAsync(runId, started, LlmOutcome.Cancelled, "cancelled by the caller");
            throw;
        }
        catch (Exception e) when (Classify(Cause(e)) is { } failure)
        {
            await RecordFailureAsync(runId, started, failure.Outcome, failure.Detail);
            // Refit's exceptions hold the request, Authorization header included: they are not passed on.
            var cause = Cause(e);
            throw new LlmException(role, failure.Outcome, failure.Detail, cause is ApiExceptionBase ? null : cause);
        }

        var latency = time.GetElapsedTime(started);
        var choice = response.Choices is { Count: > 0 } choices ? choices[0] : null;
        if (choice?.Message is null)
        {
            const string detail = "the reply has no choices[0].message";
            await RecordFailureAsync(runId, started, LlmOutcome.MalformedResponse, detail);
            throw new LlmException(role, LlmOutcome.MalformedResponse, detail);
        }

        return new LlmCompletion(
            choice.Message.Content ?? "",
            choice.Message.ReasoningContent ?? choice.Message.Reasoning,
            choice.FinishReason,
            response.Usage?.PromptTokens,
            response.Usage?.CompletionTokens,
            latency);
    }

    /// <summary>Refit wraps what failed before a response (timeouts, an open circuit, a refused connection) in ApiRequestException.</summary>
    private static Exception Cause(Exception e) => e is ApiRequestException { InnerException: { } inner } ? inner : e;

    private static (LlmOutcome Outcome, string Detail)? Classify(Exception e) => e switch
    {
        BrokenCircuitException => (LlmOutcome.CircuitOpen, "the endpoint's circuit is open after repeated failures"),
        TimeoutRejectedException t => (LlmOutcome.Timeout, $"no reply within {t.Timeout.TotalSeconds:0.###} s, on every attempt"),
        RateLimiterRejectedException => (LlmOutcome.Rejected, "too many requests were already waiting for the endpoint"),
        ApiException { StatusCode: var status } a when (int)status is >= 200 and < 300 => (LlmOutcome.MalformedResponse, $"the reply is not a chat completion ({a.InnerException?.Message ?? a.Message})"),
        ApiException a => (LlmOutcome.HttpError, $"HTTP {(int)a.StatusCode} {a.ReasonPhrase}: {Excerpt(a.Content)}"),
        JsonException j => (LlmOutcome.MalformedResponse, $"the reply is not a chat completion ({j.Message})"),
        HttpRequestException h => (LlmOutcome.HttpError, h.Message),
        _ => null,
    };

    private static string Excerpt(string? body) =>
        string.IsNullOrWhiteSpace(body) ? "(no body)" : body.Length <= 300 ? body : body[..300] + "…";

    private Task RecordFailureAsync(Guid runId, long started, LlmOutcome outcome, string detail) =>
        RecordAsync(runId, new LlmCompletion("", null, null, null, null, time.GetElapsedTime(started)), outcome, detail);

    private async Task RecordAsync(Guid runId, LlmCompletion completion, LlmOutcome outcome, string? detail)
    {
        decimal? cost = completion is { PromptTokens: { } p, CompletionTokens: { } c } ? options.Cost(p, c) : null;
        var call = new LlmCallRecord(
            Guid.NewGuid(), runId, role.ToString(), options.Model!, completion.PromptTokens, completion.CompletionTokens,
            cost, completion.Latency, outcome.ToString(), detail, time.GetUtcNow().UtcDateTime, LlmCallScope.CurrentTree);
        await recorder.RecordAsync(call, CancellationToken.None);
        if (outcome == LlmOutcome.Succeeded)
        {
            logger.LogDebug("LLM {Role} ({Model}) answered in {LatencyMs} ms with {PromptTokens}+{CompletionTokens} tokens",
                role, options.Model, (long)completion.Latency.TotalMilliseconds, completion.PromptTokens, completion.CompletionTokens);
        }
        else
        {
            logger.LogWarning("LLM {Role} ({Model}) call failed after {LatencyMs} ms: {Outcome}: {Detail}",
                role, options.Model, (long)completion.Latency.TotalMilliseconds, outcome, detail);
        }
    }
}
