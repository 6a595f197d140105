using InfoSeek.Hosting;
using MassTransit;

namespace InfoSeek.Planner.Consumers;

/// <summary>
/// The run's front door also takes plain JSON (content type application/json, no MassTransit
/// envelope), so any AMQP client can start a run; enveloped messages keep working.
/// </summary>
public sealed class StartRunConsumerDefinition : ConsumerDefinition<StartRunConsumer>
{
    public StartRunConsumerDefinition()
    {
        EndpointName = ServiceEndpointNames.NameOf(typeof(StartRunConsumer));
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<StartRunConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        endpointConfigurator.UseRawJsonDeserializer(RawSerializerOptions.AnyMessageType, isDefault: false);
}
