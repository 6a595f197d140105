namespace InfoSeek.Contracts;

/// <summary>How an agent role makes its decisions: by its rules (the default) or by asking a language model.</summary>
public enum AgentBackend
{
    Deterministic,
    Llm,
}

/// <summary>
/// The back end of every agent role for one run. A run without this (null) is deterministic in every
/// role. Whatever a model proposes still passes the role's deterministic checks.
/// </summary>
public sealed record AgentBackends
{
    public static readonly AgentBackends AllDeterministic = new();

    /// <summary>Chooses the next tree action (which vertex to extend or blur).</summary>
    public AgentBackend Planner { get; init; }

    /// <summary>Chooses the hyperlink to follow and mines attribute claims from a page.</summary>
    public AgentBackend Browser { get; init; }

    /// <summary>Judges which candidate claims blur a vertex.</summary>
    public AgentBackend Blurring { get; init; }

    /// <summary>Rewrites the grammar's question fluently.</summary>
    public AgentBackend Verbalizer { get; init; }

    /// <summary>Answers closed-book (a too-easy filter) and solves the question with search for the trajectory.</summary>
    public AgentBackend Sampler { get; init; }

    /// <summary>The role names (as in Llm:&lt;Role&gt;) on the language-model back end, in role order.</summary>
    public IReadOnlyList<string> LlmRoles() =>
        new[] { (nameof(Planner), Planner), (nameof(Browser), Browser), (nameof(Blurring), Blurring), (nameof(Verbalizer), Verbalizer), (nameof(Sampler), Sampler) }
            .Where(r => r.Item2 == AgentBackend.Llm).Select(r => r.Item1).ToList();

    /// <summary>The back ends with the given roles (names as in <see cref="LlmRoles"/>, any case, or "all") on the language model.</summary>
    /// <exception cref="ArgumentException">A name is not a role.</exception>
    public static AgentBackends WithLlm(IEnumerable<string> roles)
    {
        var result = new AgentBackends();
        foreach (var raw in roles)
        {
            var role = raw.Trim();
            result = role.ToLowerInvariant() switch
            {
                "all" => new AgentBackends { Planner = AgentBackend.Llm, Browser = AgentBackend.Llm, Blurring = AgentBackend.Llm, Verbalizer = AgentBackend.Llm, Sampler = AgentBackend.Llm },
                "planner" => result with { Planner = AgentBackend.Llm },
                "browser" => result with { Browser = AgentBackend.Llm },
                "blurring" => result with { Blurring = AgentBackend.Llm },
                "verbalizer" => result with { Verbalizer = AgentBackend.Llm },
                "sampler" => result with { Sampler = AgentBackend.Llm },
                _ => throw new ArgumentException($"'{role}' is not an agent role; use planner, browser, blurring, verbalizer, sampler or all.", nameof(roles)),
            };
        }

        return result;
    }
}
