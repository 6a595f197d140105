using InfoSeek.Contracts;
using InfoSeek.Llm;

namespace InfoSeek.Planner;

/// <summary>The rules for a run's settings, shared by the StartRun consumer, the HTTP API and the CLI.</summary>
public static class RunRequests
{
    /// <summary>The most questions one answer may carry.</summary>
    public const int MaxPerAnswer = 100;

    /// <summary>Every problem with the settings, keyed by the StartRun property it concerns; empty when they are valid.</summary>
    public static IReadOnlyDictionary<string, string> Problems(StartRun m)
    {
        var problems = new Dictionary<string, string>();
        void Check(bool ok, string field, string problem)
        {
            if (!ok)
            {
                problems.TryAdd(field, problem);
            }
        }

        Check(m.RunId != Guid.Empty, nameof(m.RunId), "must be a non-empty id");
        Check(m.Count is >= 1 and <= 1_000_000, nameof(m.Count), $"must be between 1 and 1000000 (was {m.Count})");
        Check(m.MinVertices >= 2, nameof(m.MinVertices), $"must be at least 2 (was {m.MinVertices})");
        Check(m.MaxVertices >= m.MinVertices && m.MaxVertices <= 64, nameof(m.MaxVertices), $"must be between MinVertices and 64 (was {m.MaxVertices})");
        Check(m.MaxDepth is >= 1 and <= 16, nameof(m.MaxDepth), $"must be between 1 and 16 (was {m.MaxDepth})");
        Check(m.MaxBreadth is >= 1 and <= 16, nameof(m.MaxBreadth), $"must be between 1 and 16 (was {m.MaxBreadth})");
        Check(m.PerAnswer is >= 1 and <= MaxPerAnswer, nameof(m.PerAnswer), $"must be between 1 and {MaxPerAnswer} (was {m.PerAnswer})");
        Check(m.Parallelism is >= 1 and <= 1024, nameof(m.Parallelism), $"must be between 1 and 1024 (was {m.Parallelism})");
        Check(m.Corpus is null || CorpusNames.IsValid(m.Corpus), nameof(m.Corpus), $"must be a corpus name: {CorpusNames.Rule} (was '{m.Corpus}')");
        return problems;
    }

    /// <summary>Whether a second request for a run may join the first: everything that shapes the output is the same (parallelism does not).</summary>
    public static bool SameSettings(StartRun a, StartRun b) =>
        a.Count == b.Count && a.Seed == b.Seed && a.MinVertices == b.MinVertices && a.MaxVertices == b.MaxVertices
        && a.MaxDepth == b.MaxDepth && a.MaxBreadth == b.MaxBreadth && a.PerAnswer == b.PerAnswer
        && string.Equals(a.Corpus, b.Corpus, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.CorpusFile, b.CorpusFile, StringComparison.Ordinal)
        && (a.Backends ?? AgentBackends.AllDeterministic) == (b.Backends ?? AgentBackends.AllDeterministic);

    /// <summary>The roles a run puts on the model back end that have no endpoint in this process, keyed by role name.</summary>
    public static IReadOnlyList<string> UnconfiguredLlmRoles(StartRun m, LlmClients clients) =>
        (m.Backends ?? AgentBackends.AllDeterministic).LlmRoles().Where(r => !clients.IsConfigured(Enum.Parse<LlmRole>(r))).ToList();
}
