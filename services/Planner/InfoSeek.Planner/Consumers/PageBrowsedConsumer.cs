using InfoSeek.Contracts;
using InfoSeek.Hosting;
using MassTransit;

namespace InfoSeek.Planner.Consumers;

public sealed class PageBrowsedConsumer(TreeWorkflow workflow) : IConsumer<PageBrowsed>
{
    public async Task Consume(ConsumeContext<PageBrowsed> context) =>
        await context.PublishAll(await workflow.OnPageBrowsedAsync(context.Message, context.CancellationToken));
}
