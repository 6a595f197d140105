using System.Reflection;
using InfoSeek.Hosting;
using MassTransit;

namespace InfoSeek.Deployment.Tests;

/// <summary>The RabbitMQ queues the services really declare: one per consumer, named by <see cref="ServiceEndpointNames"/>.</summary>
public static class QueueNames
{
    private static readonly Assembly[] ServiceAssemblies =
    [
        typeof(Planner.Consumers.StartRunConsumer).Assembly,
        typeof(Browser.Consumers.BrowsePageConsumer).Assembly,
        typeof(Blurring.Consumers.BlurNodeConsumer).Assembly,
        typeof(Verbalizer.Consumers.TreeCompletedConsumer).Assembly,
        typeof(Sampler.Consumers.QuestionVerbalizedConsumer).Assembly,
    ];

    public static IReadOnlyList<string> All { get; } = ServiceAssemblies
        .SelectMany(a => a.GetTypes())
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IConsumer).IsAssignableFrom(t))
        .Select(ServiceEndpointNames.NameOf)
        .Order(StringComparer.Ordinal)
        .ToList();
}
