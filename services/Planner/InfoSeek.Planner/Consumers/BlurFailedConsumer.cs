using InfoSeek.Contracts;
using InfoSeek.Hosting;
using MassTransit;

namespace InfoSeek.Planner.Consumers;

public sealed class BlurFailedConsumer(TreeWorkflow workflow) : IConsumer<BlurFailed>
{
    public async Task Consume(ConsumeContext<BlurFailed> context) =>
        await context.PublishAll(await workflow.OnBlurFailedAsync(context.Message, context.CancellationToken));
}
