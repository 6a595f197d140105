using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace InfoSeek.Hosting;

/// <summary>
/// Each service adds its consumers with <see cref="AddConsumers"/>; <see cref="AddInfoSeekBus"/> then
/// builds one MassTransit bus with all of them, so one process can host one service or all of them.
/// </summary>
public static class BusRegistration
{
    private sealed class ConsumerRegistrations
    {
        public List<Action<IBusRegistrationConfigurator>> Actions { get; } = [];
    }

    public static IHostApplicationBuilder AddConsumers(this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator> register)
    {
        var registrations = Registrations(builder.Services);
        if (registrations is null)
        {
            registrations = new ConsumerRegistrations();
            builder.Services.AddSingleton(registrations);
        }

        registrations.Actions.Add(register);
        return builder;
    }

    private static ConsumerRegistrations? Registrations(IServiceCollection services) =>
        services.Select(d => d.ImplementationInstance).OfType<ConsumerRegistrations>().FirstOrDefault();

    /// <summary>The bus: transport from the "Bus" section, retries for every endpoint, the _error queue for poison messages.</summary>
    public static IHostApplicationBuilder AddInfoSeekBus(this IHostApplicationBuilder builder)
    {
        var environment = builder.Environment;
        builder.Services.AddOptions<BusOptions>().BindConfiguration("Bus").ValidateDataAnnotations()
            .Validate(
                o => o.Transport != BusTransport.RabbitMq || environment.IsDevelopment() || !o.UsesDevelopmentPassword,
                $"Bus:Password is a development password (one that docker-compose.yml or k8s/base/secret.yaml ships, or \"guest\" on a remote broker) outside the Development environment ({environment.EnvironmentName}): set a password of your own.")
            .ValidateOnStart();
        var options = builder.Configuration.GetSection("Bus").Get<BusOptions>() ?? new BusOptions();
        var registrations = Registrations(builder.Services);

        builder.Services.AddMassTransit(x =>
        {
            // No calls home: this system runs in closed networks, and nothing leaves it unasked.
            x.DisableUsageTelemetry();

            foreach (var register in registrations?.Actions ?? [])
            {
                register(x);
            }

            // Every endpoint retries in memory, then faults to its _error queue. Debian's broker has
            // no delayed-exchange plugin, so there is no delayed redelivery. Bad input and duplicate
            // work are not transient and are not retried.
            x.AddConfigureEndpointsCallback((context, _, endpoint) =>
            {
                var retryLimit = context.GetRequiredService<IOptions<BusOptions>>().Value.RetryLimit;
                endpoint.UseMessageRetry(r =>
                {
                    r.Exponential(retryLimit, TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(100));
                    r.Ignore<ArgumentException>();
                    r.Ignore<FormatException>();
                });
            });

            if (options.Transport == BusTransport.RabbitMq)
            {
                x.UsingRabbitMq((context, cfg) =>
                {
                    var bus = context.GetRequiredService<IOptions<BusOptions>>().Value;
                    cfg.Host(bus.Host, (ushort)bus.Port, bus.VirtualHost, h =>
                    {
                        h.Username(bus.Username);
                        h.Password(bus.Password);
                    });
                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                x.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
            }
        });
        return builder;
    }
}
