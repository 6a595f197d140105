using InfoSeek.Contracts;
using MassTransit;

namespace InfoSeek.Browser.Consumers;

/// <summary>Browses the page (<see cref="BrowsePageHandler"/>): PageBrowsed, or BrowseFailed with the reason.</summary>
public sealed class BrowsePageConsumer(BrowsePageHandler browsing) : IConsumer<BrowsePage>
{
    public async Task Consume(ConsumeContext<BrowsePage> context)
    {
        var result = await browsing.BrowseAsync(context.Message, context.CancellationToken);
        await context.Publish(result, result.GetType(), context.CancellationToken);
    }
}
