using InfoSeek.Contracts;
using MassTransit;

namespace InfoSeek.Verbalizer.Consumers;

/// <summary>
/// Writes the completed tree's question and publishes it when it passes <see cref="QuestionChecks"/>;
/// otherwise publishes <see cref="VerbalizationFailed"/> with the reason, which the Planner records as the
/// tree's failure.
/// </summary>
public sealed class TreeCompletedConsumer : IConsumer<TreeCompleted>
{
    public async Task Consume(ConsumeContext<TreeCompleted> context)
    {
        var m = context.Message;
        object result;
        try
        {
            var question = QuestionGrammar.Question(m.Tree);
            var answer = m.Tree.Vertices.Single(v => v.ParentId is null).Entity;
            result = QuestionChecks.Problem(question, m.Tree) is { } problem
                ? new VerbalizationFailed(m.RunId, m.TreeId, m.Step, problem)
                : new QuestionVerbalized(m.RunId, m.TreeId, m.Step, question, answer, m.Tree);
        }
        catch (ArgumentException e)
        {
            // A malformed tree fails the same way every time: end it with the reason instead of retrying.
            result = new VerbalizationFailed(m.RunId, m.TreeId, m.Step, $"malformed tree: {e.Message}");
        }

        await context.Publish(result, result.GetType(), context.CancellationToken);
    }
}
