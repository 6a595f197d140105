using System.Collections.Concurrent;
using InfoSeek.Storage;

namespace InfoSeek.Llm;

/// <summary>Accounts every model request: run, role, model, tokens, cost, latency, outcome.</summary>
public interface ILlmUsageRecorder
{
    Task RecordAsync(LlmCallRecord call, CancellationToken ct);

    /// <summary>The sums of this process's calls for one role of a run (zeros when it made none).</summary>
    LlmUsageTotal Totals(Guid runId, LlmRole role);

    /// <summary>The sums of this process's calls for a run, per role that made any, ordered by role name (as the store orders them).</summary>
    IReadOnlyList<LlmUsageTotal> Totals(Guid runId);
}

/// <summary>
/// Sums calls in memory per run and role, and writes each call to llm_calls when the process has a
/// state store (the Planner and the all-in-one CLI do; a lone worker service keeps only the sums).
/// </summary>
public sealed class LlmUsageRecorder(LlmCallStore? store) : ILlmUsageRecorder
{
    private readonly ConcurrentDictionary<(Guid RunId, LlmRole Role), Sums> sums = new();

    public async Task RecordAsync(LlmCallRecord call, CancellationToken ct)
    {
        var role = Enum.Parse<LlmRole>(call.Role);
        sums.GetOrAdd((call.RunId, role), _ => new Sums()).Add(call);
        if (store is not null)
        {
            // Not the caller's token: a call that was paid for is written even when the caller gives up.
            await store.InsertAsync(call, CancellationToken.None);
        }
    }

    public LlmUsageTotal Totals(Guid runId, LlmRole role) =>
        sums.TryGetValue((runId, role), out var s) ? s.Snapshot(role) : new Sums().Snapshot(role);

    public IReadOnlyList<LlmUsageTotal> Totals(Guid runId) =>
        sums.Where(kv => kv.Key.RunId == runId).OrderBy(kv => kv.Key.Role.ToString(), StringComparer.Ordinal).Select(kv => kv.Value.Snapshot(kv.Key.Role)).ToList();

    private sealed class Sums
    {
        private readonly Lock gate = new();
        private int calls;
        private int failures;
        private long promptTokens;
        private long completionTokens;
        private int withoutUsage;
        private decimal cost;
        private TimeSpan latency;

        public void Add(LlmCallRecord call)
        {
            lock (gate)
            {
                calls++;
                failures += call.Outcome == LlmCallStore.SucceededOutcome ? 0 : 1;
                promptTokens += call.PromptTokens ?? 0;
                completionTokens += call.CompletionTokens ?? 0;
                withoutUsage += call.PromptTokens is null ? 1 : 0;
                cost += call.Cost ?? 0;
                latency += call.Latency;
            }
        }

        public LlmUsageTotal Snapshot(LlmRole role)
        {
            lock (gate)
            {
                return new LlmUsageTotal(role.ToString(), calls, failures, promptTokens, completionTokens, withoutUsage, cost, latency);
            }
        }
    }
}
