using System.Globalization;
using Microsoft.Extensions.Options;

namespace InfoSeek.Llm;

/// <summary>
/// One role's model endpoint. Bound from "Llm:Default" and then "Llm:&lt;Role&gt;", so a role inherits every
/// value it does not set. A role without a BaseAddress is not configured: its callers use their
/// deterministic back end.
/// </summary>
public sealed class LlmRoleOptions
{
    public const string SectionName = "Llm";

    public const string DefaultBlock = "Default";

    /// <summary>The server root of an OpenAI-compatible API, without "/v1": requests go to BaseAddress + "/v1/chat/completions".</summary>
    public string? BaseAddress { get; set; }

    public string? Model { get; set; }

    /// <summary>Sent as "Authorization: Bearer …"; never logged or printed.</summary>
    public string? ApiKey { get; set; }

    public double Temperature { get; set; } = 0.7;

    public int MaxTokens { get; set; } = 4096;

    /// <summary>Per attempt: a request that has not answered by then is abandoned and retried.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>Requests in flight at once to this endpoint; roles sharing an endpoint share the smallest of their limits.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Price of a million prompt tokens, in any currency; the cost column uses the same unit.</summary>
    public decimal InputPricePerMillion { get; set; }

    public decimal OutputPricePerMillion { get; set; }

    /// <summary>Retries of a request that failed with 408, 429, 5xx, a connection error or a timeout.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>First retry delay, doubled each retry (with jitter) unless the server sends Retry-After.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long the circuit stays open after the endpoint failed most requests in a row.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(BaseAddress);

    /// <summary>BaseAddress with one trailing slash, so that a path prefix ("/api") is kept.</summary>
    public Uri BaseUri => IsConfigured
        ? new(BaseAddress!.TrimEnd('/') + "/", UriKind.Absolute)
        : throw new InvalidOperationException("This LLM role has no BaseAddress: it is not configured.");

    /// <summary>The cost of a call at these prices.</summary>
    public decimal Cost(int promptTokens, int completionTokens) =>
        ((promptTokens * InputPricePerMillion) + (completionTokens * OutputPricePerMillion)) / 1_000_000m;

    /// <summary>Everything but the key, which shows only whether it is set.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"BaseAddress={BaseAddress ?? "(none)"}, Model={Model ?? "(none)"}, ApiKey={(string.IsNullOrEmpty(ApiKey) ? "(none)" : "***")}, " +
        $"Temperature={Temperature}, MaxTokens={MaxTokens}, Timeout={Timeout}, MaxConcurrency={MaxConcurrency}, " +
        $"InputPricePerMillion={InputPricePerMillion}, OutputPricePerMillion={OutputPricePerMillion}, MaxRetries={MaxRetries}, RetryDelay={RetryDelay}, BreakDuration={BreakDuration}");
}

/// <summary>
/// Start-up checks of a configured role, with the configuration key named in every message. An
/// unconfigured role (no BaseAddress) is valid: it is simply not used.
/// </summary>
public sealed class LlmRoleOptionsValidator : IValidateOptions<LlmRoleOptions>
{
    public ValidateOptionsResult Validate(string? name, LlmRoleOptions options)
    {
        if (!Enum.TryParse<LlmRole>(name, out var role))
        {
            return ValidateOptionsResult.Skip;
        }

        if (!options.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }

        var key = $"{LlmRoleOptions.SectionName}:{role}";
        var errors = new List<string>();
        if (!Uri.TryCreate(options.BaseAddress, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add($"{key}:BaseAddress '{options.BaseAddress}' is not an absolute http or https URL.");
        }
        else if (uri.AbsolutePath.TrimEnd('/').EndsWith("/v1", StringComparison.OrdinalIgnoreCase)
                 || uri.AbsolutePath.Contains("/chat/completions", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add($"{key}:BaseAddress '{options.BaseAddress}' must be the server root without '/v1' (requests go to '<BaseAddress>/v1/chat/completions').");
        }
        else if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            errors.Add($"{key}:BaseAddress '{options.BaseAddress}' must not have a query or fragment.");
        }

        if (string.IsNullOrWhiteSpace(options.Model))
        {
            errors.Add($"{key}:Model is required when {key}:BaseAddress (or {LlmRoleOptions.SectionName}:{LlmRoleOptions.DefaultBlock}:BaseAddress) is set.");
        }

        Check(options.Temperature is >= 0 and <= 2, $"{key}:Temperature is {options.Temperature}; it must lie between 0 and 2.");
        Check(options.MaxTokens is >= 1 and <= 1_000_000, $"{key}:MaxTokens is {options.MaxTokens}; it must lie between 1 and 1000000.");
        Check(options.Timeout > TimeSpan.Zero && options.Timeout <= TimeSpan.FromHours(1), $"{key}:Timeout is {options.Timeout}; it must be positive and at most one hour.");
        Check(options.MaxConcurrency is >= 1 and <= 1024, $"{key}:MaxConcurrency is {options.MaxConcurrency}; it must lie between 1 and 1024.");
        Check(options.InputPricePerMillion >= 0, $"{key}:InputPricePerMillion is {options.InputPricePerMillion}; it must not be negative.");
        Check(options.OutputPricePerMillion >= 0, $"{key}:OutputPricePerMillion is {options.OutputPricePerMillion}; it must not be negative.");
        Check(options.MaxRetries is >= 0 and <= 20, $"{key}:MaxRetries is {options.MaxRetries}; it must lie between 0 and 20.");
        Check(options.RetryDelay > TimeSpan.Zero && options.RetryDelay <= TimeSpan.FromMinutes(5), $"{key}:RetryDelay is {options.RetryDelay}; it must be positive and at most five minutes.");
        Check(options.BreakDuration >= TimeSpan.FromMilliseconds(500) && options.BreakDuration <= TimeSpan.FromDays(1), $"{key}:BreakDuration is {options.BreakDuration}; it must lie between 0.5 seconds and one day.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);

        void Check(bool ok, string message)
        {
            if (!ok)
            {
                errors.Add(message);
            }
        }
    }
}
