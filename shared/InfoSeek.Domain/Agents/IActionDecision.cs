using InfoSeek.Contracts;

namespace InfoSeek.Domain.Agents;

public enum TreeActionKind
{
    Extend,
    Blur,
    Complete,
}

/// <summary>An action the planner may take now; VertexId is null for Complete.</summary>
public sealed record TreeActionOption(TreeActionKind Action, int? VertexId, string Description);

/// <summary>The Planner role's decision: which of the actions its rules allow now is taken.</summary>
public interface IActionDecision
{
    /// <param name="options">The allowed actions, all of one kind, in the rules' order.</param>
    /// <param name="rng">Seeded by (run seed, tree number, step), shared with the link decision.</param>
    Task<TreeActionOption> ChooseAsync(ResearchTree tree, StartRun run, IReadOnlyList<TreeActionOption> options, Random rng, CancellationToken ct);
}
