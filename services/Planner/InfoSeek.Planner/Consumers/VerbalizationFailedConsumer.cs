using InfoSeek.Contracts;
using InfoSeek.Hosting;
using MassTransit;

namespace InfoSeek.Planner.Consumers;

public sealed class VerbalizationFailedConsumer(TreeWorkflow workflow) : IConsumer<VerbalizationFailed>
{
    public async Task Consume(ConsumeContext<VerbalizationFailed> context) =>
        await context.PublishAll(await workflow.OnVerbalizationFailedAsync(context.Message, context.CancellationToken));
}
