using InfoSeek.Contracts;
using MassTransit;

namespace InfoSeek.Verbalizer.Consumers;

public sealed class TreeCompletedConsumer : IConsumer<TreeCompleted>
{
    public async Task Consume(ConsumeContext<TreeCompleted> context)
    {
        var m = context.Message;
        var question = QuestionGrammar.Question(m.Tree);
        var answer = m.Tree.Vertices.Single(v => v.ParentId is null).Entity;
        object result = QuestionChecks.Problem(question, m.Tree) is { } problem
            ? new VerbalizationFailed(m.RunId, m.TreeId, m.Step, problem)
            : new QuestionVerbalized(m.RunId, m.TreeId, m.Step, question, answer, m.Tree);
        await context.Publish(result, result.GetType(), context.CancellationToken);
    }
}
