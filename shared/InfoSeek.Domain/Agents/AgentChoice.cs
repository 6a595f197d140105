using InfoSeek.Contracts;

namespace InfoSeek.Domain.Agents;

/// <summary>
/// The one place where a role's back end is chosen: the implementation of <typeparamref name="TRole"/>
/// for a run's back ends (its rules, or a model that stands in for them).
/// </summary>
/// <param name="role">The run's back end for this role.</param>
/// <param name="backEnd">The implementation for a back end.</param>
public sealed class AgentChoice<TRole>(Func<AgentBackends, AgentBackend> role, Func<AgentBackend, TRole> backEnd)
    where TRole : class
{
    /// <summary>The implementation for a run with these back ends; a run without them (null) is deterministic in every role.</summary>
    public TRole For(AgentBackends? backends) => backEnd(role(backends ?? AgentBackends.AllDeterministic));
}

public static class AgentChoice
{
    /// <summary>A role composed without its model back end: a run that asks for the model gets <paramref name="noModel"/>'s exception.</summary>
    public static AgentChoice<TRole> RulesOnly<TRole>(Func<AgentBackends, AgentBackend> role, TRole rules, Func<Exception> noModel)
        where TRole : class =>
        new(role, backend => backend == AgentBackend.Deterministic ? rules : throw noModel());
}
