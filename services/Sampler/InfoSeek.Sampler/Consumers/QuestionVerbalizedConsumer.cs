using InfoSeek.Contracts;
using InfoSeek.Hosting;
using MassTransit;

namespace InfoSeek.Sampler.Consumers;

public sealed class QuestionVerbalizedConsumer(SampleJudge judge) : IConsumer<QuestionVerbalized>
{
    public async Task Consume(ConsumeContext<QuestionVerbalized> context)
    {
        var verdict = await judge.JudgeAsync(context.Message, context.CancellationToken);
        await context.Publish(verdict, context.CancellationToken);
        InfoSeekMetrics.QuestionsJudged.Add(1, new KeyValuePair<string, object?>("accepted", verdict.Accepted));
    }
}
