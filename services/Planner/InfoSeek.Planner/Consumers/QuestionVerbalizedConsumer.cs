using InfoSeek.Contracts;
using InfoSeek.Hosting;
using MassTransit;

namespace InfoSeek.Planner.Consumers;

public sealed class QuestionVerbalizedConsumer(TreeWorkflow workflow) : IConsumer<QuestionVerbalized>
{
    public async Task Consume(ConsumeContext<QuestionVerbalized> context) =>
        await context.PublishAll(await workflow.OnQuestionVerbalizedAsync(context.Message, context.CancellationToken));
}
