using InfoSeek.Contracts;
using InfoSeek.Domain.Agents;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InfoSeek.Llm;

public static class AgentRegistration
{
    /// <summary>
    /// A role's two back ends, keyed by <see cref="AgentBackend"/> (the rules' <paramref name="rules"/> and the
    /// model's <typeparamref name="TModel"/>, which wraps an InfoSeek.Llm role client), and the
    /// <see cref="AgentChoice{TRole}"/> that picks one by the run's back end for <paramref name="role"/>.
    /// </summary>
    public static IServiceCollection AddAgentChoice<TRole, TModel>(this IServiceCollection services, Func<AgentBackends, AgentBackend> role, TRole rules)
        where TRole : class
        where TModel : class, TRole
    {
        services.AddInfoSeekLlm();
        services.TryAddKeyedSingleton(AgentBackend.Deterministic, rules);
        services.TryAddKeyedSingleton<TRole, TModel>(AgentBackend.Llm);
        services.TryAddSingleton(sp => new AgentChoice<TRole>(role, backend => sp.GetRequiredKeyedService<TRole>(backend)));
        return services;
    }
}
