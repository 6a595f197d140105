using InfoSeek.Contracts;
using MassTransit;

namespace InfoSeek.Browser.Consumers;

/// <summary>Reads the page and mines its claims; answers PageBrowsed, or BrowseFailed when there is no such page.</summary>
public sealed class BrowsePageConsumer(CorpusQueries queries) : IConsumer<BrowsePage>
{
    public async Task Consume(ConsumeContext<BrowsePage> context)
    {
        var result = queries.Browse(context.Message);
        await context.Publish(result, result.GetType(), context.CancellationToken);
    }
}
