using InfoSeek.Contracts;

namespace InfoSeek.Domain.Agents;

/// <summary>The Verbalizer role's decision where a model may stand in: the wording of the tree's question.</summary>
public interface IQuestionWriter
{
    /// <param name="draft">The grammar's question, which passed the question checks.</param>
    /// <param name="check">The question checks: null when a question passes, else the problem.</param>
    /// <returns>The question, which passes <paramref name="check"/>.</returns>
    /// <exception cref="AgentFailedException">The back end failed; the verbalization fails with its message.</exception>
    Task<string> WriteAsync(TreeCompleted completed, string draft, Func<string, string?> check, CancellationToken ct);
}

/// <summary>The rules' back end: the grammar's question as it is.</summary>
public sealed class RuleQuestionWriter : IQuestionWriter
{
    public static readonly RuleQuestionWriter Instance = new();

    private RuleQuestionWriter()
    {
    }

    public Task<string> WriteAsync(TreeCompleted completed, string draft, Func<string, string?> check, CancellationToken ct) => Task.FromResult(draft);
}
