using System.ComponentModel.DataAnnotations;

namespace InfoSeek.Gateway;

/// <summary>The front door's own settings. Bound from the "Gateway" configuration section.</summary>
public sealed class GatewayOptions
{
    public const int MinKeyLength = 16;

    /// <summary>The key docker-compose.yml and k8s/base/secret.yaml ship with: accepted only in the Development environment.</summary>
    public const string DevelopmentKey = "infoseek-dev-api-key";

    /// <summary>
    /// Client name → API key, e.g. <c>Gateway__ApiKeys__dashboard</c> from a secret. A request names
    /// its key in the <c>X-Api-Key</c> header; rate limits apply per client.
    /// </summary>
    public Dictionary<string, string> ApiKeys { get; set; } = [];

    /// <summary>Requests per client in each fixed window.</summary>
    [Range(1, 1_000_000)]
    public int RequestsPerWindow { get; set; } = 120;

    /// <summary>
    /// Requests per remote address and window that reach a protected endpoint without a valid key (none, or a wrong
    /// one): enough for a mistyped key, too few to guess one.
    /// </summary>
    [Range(1, 1_000_000)]
    public int UnauthenticatedRequestsPerWindow { get; set; } = 30;

    /// <summary>The rate-limit window, e.g. "00:01:00".</summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Larger request bodies are refused with 413.</summary>
    [Range(1, long.MaxValue)]
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}
