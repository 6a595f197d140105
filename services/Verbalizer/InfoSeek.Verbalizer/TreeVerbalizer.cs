using InfoSeek.Domain.Questions;
using InfoSeek.Contracts;
using InfoSeek.Domain.Agents;

namespace InfoSeek.Verbalizer;

/// <summary>
/// Writes the completed tree's question: the grammar's question, worded by the run's Verbalizer back end
/// (<see cref="IQuestionWriter"/>), when it passes <see cref="QuestionChecks"/>; otherwise
/// <see cref="VerbalizationFailed"/> with the reason, which the Planner records as the tree's failure. A
/// back end that fails fails the verbalization with the reason.
/// </summary>
public sealed class TreeVerbalizer(AgentChoice<IQuestionWriter> writers)
{
    public async Task<ITreeMessage> VerbalizeAsync(TreeCompleted m, CancellationToken ct)
    {
        try
        {
            var question = QuestionGrammar.Question(m.Tree);
            var answer = m.Tree.Vertices.Single(v => v.ParentId is null).Entity;
            if (QuestionChecks.Problem(question, m.Tree) is { } problem)
            {
                return new VerbalizationFailed(m.RunId, m.TreeId, m.Step, problem);
            }

            var written = await writers.For(m.Backends).WriteAsync(m, question, q => QuestionChecks.Problem(q, m.Tree), ct);
            return new QuestionVerbalized(m.RunId, m.TreeId, m.Step, written, answer, m.Tree, m.Backends, m.Corpus);
        }
        catch (ArgumentException e)
        {
            // A malformed tree fails the same way every time: end it with the reason instead of retrying.
            return new VerbalizationFailed(m.RunId, m.TreeId, m.Step, $"malformed tree: {e.Message}");
        }
        catch (AgentFailedException e)
        {
            return new VerbalizationFailed(m.RunId, m.TreeId, m.Step, e.Message);
        }
    }
}
