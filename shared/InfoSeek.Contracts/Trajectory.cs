namespace InfoSeek.Contracts;

/// <summary>A reasoning-and-search transcript that solves a question.</summary>
/// <param name="Solver">Which back end wrote it ("tree-guided", or the model's name).</param>
/// <param name="FinalAnswer">The answer the solver gave.</param>
/// <param name="Correct">Whether the final answer matches the gold answer.</param>
public sealed record Trajectory(string Solver, IReadOnlyList<TrajectoryStep> Steps, string FinalAnswer, bool Correct);

/// <param name="Kind">think, search, information or answer.</param>
/// <param name="Content">The text of the step (the query for a search step; the retrieved documents for an information step).</param>
/// <param name="Hits">For a search step: the titles retrieved, best first.</param>
/// <param name="GoldRetrieved">For a search step: whether the page this step looked for was among the hits.</param>
/// <param name="Gold">For a search step: the page this step looked for (its retrieval label's target).</param>
public sealed record TrajectoryStep(string Kind, string Content, IReadOnlyList<string>? Hits = null, bool? GoldRetrieved = null, string? Gold = null);
