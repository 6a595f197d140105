using InfoSeek.Contracts;
using MassTransit;

namespace InfoSeek.Blurring.Consumers;

public sealed class BlurNodeConsumer(Blurrer blurrer) : IConsumer<BlurNode>
{
    public async Task Consume(ConsumeContext<BlurNode> context)
    {
        var result = await blurrer.BlurAsync(context.Message, context.CancellationToken);
        await context.Publish(result, result.GetType(), context.CancellationToken);
    }
}
