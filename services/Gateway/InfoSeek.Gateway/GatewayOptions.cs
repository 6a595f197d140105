using System.ComponentModel.DataAnnotations;

namespace InfoSeek.Gateway;

/// <summary>The front door's own settings. Bound from the "Gateway" configuration section.</summary>
public sealed class GatewayOptions
{
    public const int MinKeyLength = 16;

    /// <summary>
    /// Client name → API key, e.g. <c>Gateway__ApiKeys__dashboard</c> from a secret. A request names
    /// its key in the <c>X-Api-Key</c> header; rate limits apply per client.
    /// </summary>
    public Dictionary<string, string> ApiKeys { get; set; } = [];

    /// <summary>Requests per client in each fixed window.</summary>
    [Range(1, 1_000_000)]
    public int RequestsPerWindow { get; set; } = 120;

    /// <summary>The rate-limit window, e.g. "00:01:00".</summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Larger request bodies are refused with 413.</summary>
    [Range(1, long.MaxValue)]
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}
