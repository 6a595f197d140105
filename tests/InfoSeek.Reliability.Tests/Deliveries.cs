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
/// not at all (lost, or its worker is down), or makes its consumer throw (a poison message).
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
            case Delivery.Throw:
                throw new InvalidOperationException($"{typeof(T).Name} refused by the test's consumer");
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
