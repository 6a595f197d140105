using InfoSeek.Contracts;
using InfoSeek.CorpusApi;
using InfoSeek.Domain.Certificates;
using MassTransit;

namespace InfoSeek.Blurring.Consumers;

public sealed class BlurNodeConsumer(Blurrer blurrer, ICorpusApi api) : IConsumer<BlurNode>
{
    public async Task Consume(ConsumeContext<BlurNode> context)
    {
        var command = context.Message;
        var result = await blurrer.BlurAsync(command, new CorpusCandidateSets(api, command.Corpus), context.CancellationToken);
        await context.Publish(result, result.GetType(), context.CancellationToken);
    }
}
