using InfoSeek.Contracts;
using InfoSeek.Hosting;
using MassTransit;

namespace InfoSeek.Planner.Consumers;

public sealed class NodeBlurredConsumer(TreeWorkflow workflow) : IConsumer<NodeBlurred>
{
    public async Task Consume(ConsumeContext<NodeBlurred> context) =>
        await context.PublishAll(await workflow.OnNodeBlurredAsync(context.Message, context.CancellationToken));
}
