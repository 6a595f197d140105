using System.Text.RegularExpressions;
using MassTransit;

namespace InfoSeek.Hosting;

/// <summary>
/// Names each consumer's queue "&lt;service&gt;-&lt;message&gt;" in kebab case, the service taken from the
/// consumer's namespace (InfoSeek.Planner.Consumers.PageBrowsedConsumer → planner-page-browsed), so
/// two services never share a queue by accident, even when one process hosts them all.
/// </summary>
public sealed class ServiceEndpointDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    public ServiceEndpointDefinition()
    {
        EndpointName = ServiceEndpointNames.NameOf(typeof(TConsumer));
    }
}

public static partial class ServiceEndpointNames
{
    public static string NameOf(Type consumer)
    {
        var ns = consumer.Namespace ?? throw new InvalidOperationException($"{consumer} needs a namespace.");
        var parts = ns.Split('.');
        var service = parts.Length > 1 ? parts[1] : parts[0];
        var message = consumer.Name.EndsWith("Consumer", StringComparison.Ordinal) ? consumer.Name[..^"Consumer".Length] : consumer.Name;
        return $"{Kebab(service)}-{Kebab(message)}";
    }

    private static string Kebab(string name) => WordBoundary().Replace(name, "$1-$2").ToLowerInvariant();

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex WordBoundary();
}

public static class ConsumerRegistrationExtensions
{
    public static void AddServiceConsumer<TConsumer>(this IBusRegistrationConfigurator bus)
        where TConsumer : class, IConsumer =>
        bus.AddConsumer<TConsumer, ServiceEndpointDefinition<TConsumer>>();

    /// <summary>Publishes the messages a handler produced, after its state change has committed.</summary>
    public static async Task PublishAll(this ConsumeContext context, IEnumerable<object> messages)
    {
        foreach (var message in messages)
        {
            await context.Publish(message, message.GetType(), context.CancellationToken);
        }
    }
}
