using InfoSeek.Contracts;
using InfoSeek.Hosting;
using MassTransit;

namespace InfoSeek.Planner.Consumers;

public sealed class SampleJudgedConsumer(TreeWorkflow workflow) : IConsumer<SampleJudged>
{
    public async Task Consume(ConsumeContext<SampleJudged> context) =>
        await context.PublishAll(await workflow.OnSampleJudgedAsync(context.Message, context.CancellationToken));
}
