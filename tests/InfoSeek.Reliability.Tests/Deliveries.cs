using MassTransit;

namespace InfoSeek.Reliability.Tests;

public enum Delivery
{
    Once,
    Twice,
    Drop,
    Throw,
}

/// <summary>What happens to each message a consumer is about to get; the test changes the rule while the run goes on.</summary>
public sealed class Deliveries
{
    private volatile Func<object, Delivery> rule = _ => Delivery.Once;

    public Func<object, Delivery> Rule
    {
        get => rule;
        set => rule = value;
    }
}

/// <summary>
/// A consume filter on every endpoint of the bus: delivers a message once, twice (as a broker may redeliver),
/// or not at all (lost, or its worker is down).
/// </summary>
public sealed class DeliveryFilter<T>(Deliveries deliveries) : IFilter<ConsumeContext<T>>
    where T : class
{
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        switch (deliveries.Rule(context.Message))
        {
            case Delivery.Drop:
                return;
            case Delivery.Twice:
                await next.Send(context);
                await next.Send(context);
                return;
            default:
                await next.Send(context);
                return;
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("test-deliveries");
}

/// <summary>
/// Makes the consumer itself throw on a message the rule says <see cref="Delivery.Throw"/> to: a filter inside the
/// consumer's pipe, so that MassTransit retries it, moves it to the _error queue and publishes Fault&lt;T&gt;, as for a
/// consumer that fails.
/// </summary>
public sealed class ThrowingConsumers(Deliveries deliveries) : IConsumerConfigurationObserver
{
    public void ConsumerConfigured<TConsumer>(IConsumerConfigurator<TConsumer> configurator)
        where TConsumer : class
    {
    }

    public void ConsumerMessageConfigured<TConsumer, TMessage>(IConsumerMessageConfigurator<TConsumer, TMessage> configurator)
        where TConsumer : class
        where TMessage : class =>
        configurator.Message(m => m.UseFilter(new Throwing<TMessage>(deliveries)));

    private sealed class Throwing<T>(Deliveries deliveries) : IFilter<ConsumeContext<T>>
        where T : class
    {
        public Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next) =>
            deliveries.Rule(context.Message) == Delivery.Throw
                ? throw new InvalidOperationException($"{typeof(T).Name} refused by the test's consumer")
                : next.Send(context);

        public void Probe(ProbeContext context) => context.CreateFilterScope("test-throwing-consumer");
    }
}
