using InfoSeek.Contracts;
using InfoSeek.Hosting;
using MassTransit;

namespace InfoSeek.Planner.Consumers;

public sealed class BrowseFailedConsumer(TreeWorkflow workflow) : IConsumer<BrowseFailed>
{
    public async Task Consume(ConsumeContext<BrowseFailed> context) =>
        await context.PublishAll(await workflow.OnBrowseFailedAsync(context.Message, context.CancellationToken));
}
