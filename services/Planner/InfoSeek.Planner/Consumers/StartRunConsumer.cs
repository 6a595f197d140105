using InfoSeek.Contracts;
using InfoSeek.Hosting;
using MassTransit;

namespace InfoSeek.Planner.Consumers;

public sealed class StartRunConsumer(TreeWorkflow workflow) : IConsumer<StartRun>
{
    public async Task Consume(ConsumeContext<StartRun> context) =>
        await context.PublishAll(await workflow.StartRunAsync(context.Message, context.CancellationToken));
}
