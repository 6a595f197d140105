using InfoSeek.Contracts;

namespace InfoSeek.Domain.Agents;

/// <summary>
/// The Sampler role's decisions where a model may stand in: a closed-book filter, and a search
/// trajectory of its own. Without one, the Sampler's tree-guided trajectory is the question's.
/// </summary>
public interface IQuestionSolver
{
    /// <summary>
    /// Whether a question already rejected by a filter still gets a trajectory: the rules' tree-guided
    /// one is recorded for every question; a model is not asked for one.
    /// </summary>
    bool SolvesRejectedQuestions { get; }

    /// <returns>The closed-book filter's outcome; null where the back end has no such filter.</returns>
    /// <exception cref="AgentFailedException">The back end failed; the question is rejected with its message.</exception>
    Task<FilterOutcome?> ClosedBookAsync(QuestionVerbalized verbalized, CancellationToken ct);

    /// <returns>The back end's own search trajectory; null where it has none.</returns>
    /// <exception cref="AgentFailedException">The back end failed; the question is rejected with its message.</exception>
    Task<Trajectory?> SolveAsync(QuestionVerbalized verbalized, CancellationToken ct);
}

/// <summary>The rules' back end: no closed-book filter, and the tree-guided trajectory for every question.</summary>
public sealed class RuleQuestionSolver : IQuestionSolver
{
    public static readonly RuleQuestionSolver Instance = new();

    private RuleQuestionSolver()
    {
    }

    public bool SolvesRejectedQuestions => true;

    public Task<FilterOutcome?> ClosedBookAsync(QuestionVerbalized verbalized, CancellationToken ct) => Task.FromResult<FilterOutcome?>(null);

    public Task<Trajectory?> SolveAsync(QuestionVerbalized verbalized, CancellationToken ct) => Task.FromResult<Trajectory?>(null);
}
