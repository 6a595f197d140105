using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace InfoSeek.Hosting;

/// <summary>What every InfoSeek process has: traces and metrics, resilient HTTP clients, health checks.</summary>
public static class ServiceDefaults
{
    public const string ActivitySourceName = "InfoSeek";

    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        var otel = builder.Services.AddOpenTelemetry()
            .WithTracing(t => t
                .AddSource(ActivitySourceName)
                .AddSource("MassTransit")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithMetrics(m => m
                .AddMeter(ActivitySourceName)
                .AddMeter("MassTransit")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation());
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.UseOtlpExporter();
        }

        // Candidate sets for a whole blur are computed in one call and may take seconds on a large
        // corpus: attempts get a minute, the whole call three, the breaker samples twice an attempt.
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler(o =>
        {
            o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(60);
            o.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(3);
            o.CircuitBreaker.SamplingDuration = TimeSpan.FromMinutes(2);
        }));
        // Enums travel as their names over HTTP, as Refit clients send them and people read them.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);
        builder.Services.AddOpenApi();
        return builder;
    }

    /// <summary>
    /// /health/live: the process answers. /health/ready: the bus and dependencies are up.
    /// /openapi/v1.json: the service's HTTP API. All three stay open where the API itself needs a key.
    /// </summary>
    public static IEndpointRouteBuilder MapDefaultEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = c => c.Tags.Contains("live") }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = _ => true }).AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}
