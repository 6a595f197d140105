using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace InfoSeek.Llm;

/// <summary>
/// One concurrency limiter per endpoint (base address), shared by every role that calls it, so
/// five roles on one vLLM server do not send it five times the load. Its limit is the smallest
/// MaxConcurrency among those roles; requests beyond it wait in line.
/// </summary>
public sealed class LlmEndpointLimiters(IOptionsMonitor<LlmRoleOptions> options) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<ConcurrencyLimiter>> limiters = new();

    public ConcurrencyLimiter For(LlmRole role)
    {
        var endpoint = Endpoint(options.Get(role.ToString()));
        return limiters.GetOrAdd(endpoint, e => new Lazy<ConcurrencyLimiter>(() => Create(e))).Value;
    }

    /// <summary>The permit limit of the endpoint the role calls.</summary>
    public int Limit(LlmRole role)
    {
        var endpoint = Endpoint(options.Get(role.ToString()));
        return Enum.GetValues<LlmRole>()
            .Select(r => options.Get(r.ToString()))
            .Where(o => o.IsConfigured && Endpoint(o) == endpoint)
            .Min(o => o.MaxConcurrency);
    }

    public void Dispose()
    {
        foreach (var limiter in limiters.Values.Where(l => l.IsValueCreated))
        {
            limiter.Value.Dispose();
        }
    }

    private ConcurrencyLimiter Create(string endpoint)
    {
        var role = Enum.GetValues<LlmRole>().First(r => options.Get(r.ToString()) is { IsConfigured: true } o && Endpoint(o) == endpoint);
        return new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = Limit(role),
            QueueLimit = 100_000,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    private static string Endpoint(LlmRoleOptions o) => o.BaseUri.AbsoluteUri;
}
