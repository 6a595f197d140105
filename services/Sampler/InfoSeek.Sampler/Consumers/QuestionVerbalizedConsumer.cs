using InfoSeek.Contracts;
using MassTransit;

namespace InfoSeek.Sampler.Consumers;

public sealed class QuestionVerbalizedConsumer(SampleJudge judge) : IConsumer<QuestionVerbalized>
{
    public async Task Consume(ConsumeContext<QuestionVerbalized> context) =>
        await context.Publish(await judge.JudgeAsync(context.Message, context.CancellationToken), context.CancellationToken);
}
