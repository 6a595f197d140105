using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InfoSeek.Llm;

/// <summary>The role clients by role: callers ask whether a role is configured and fall back to their deterministic back end if not.</summary>
public sealed class LlmClients(IServiceProvider services, IOptionsMonitor<LlmRoleOptions> options)
{
    public bool IsConfigured(LlmRole role) => options.Get(role.ToString()).IsConfigured;

    public LlmClient Get(LlmRole role) => IsConfigured(role)
        ? services.GetRequiredKeyedService<LlmClient>(role)
        : throw new InvalidOperationException(NotConfiguredMessage(role));

    /// <summary>
    /// The role's client for a run that asked for the role's model: when the role has no endpoint here,
    /// <see cref="LlmException"/> with <see cref="LlmOutcome.NotConfigured"/>, which the services record as the tree's failure.
    /// </summary>
    public LlmClient Require(LlmRole role) => IsConfigured(role)
        ? services.GetRequiredKeyedService<LlmClient>(role)
        : throw new LlmException(role, LlmOutcome.NotConfigured, NotConfiguredMessage(role));

    public static string NotConfiguredMessage(LlmRole role) =>
        $"The LLM role {role} is not configured: set Llm__{role}__BaseAddress (or Llm__Default__BaseAddress) and its Model, or use the deterministic back end.";
}
