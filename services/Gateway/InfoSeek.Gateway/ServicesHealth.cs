using Microsoft.Extensions.Diagnostics.HealthChecks;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Model;

namespace InfoSeek.Gateway;

public sealed record DestinationHealthView(string Destination, string Address, DestinationHealth Health);

/// <summary>A service (a YARP cluster) is Healthy when a destination passes its active check, Unhealthy when all fail.</summary>
public sealed record ServiceHealthView(string Service, DestinationHealth Health, IReadOnlyList<DestinationHealthView> Destinations);

public sealed record ServicesHealthView(DestinationHealth Health, IReadOnlyList<ServiceHealthView> Services);

/// <summary>The services behind the gateway as YARP's active health checks (on their /health/ready) last saw them.</summary>
public static class ServicesHealth
{
    public static ServicesHealthView Read(IProxyStateLookup proxy)
    {
        var services = proxy.GetClusters()
            .OrderBy(c => c.ClusterId, StringComparer.Ordinal)
            .Select(cluster =>
            {
                var destinations = cluster.Destinations.Values
                    .OrderBy(d => d.DestinationId, StringComparer.Ordinal)
                    .Select(d => new DestinationHealthView(d.DestinationId, d.Model.Config.Address, d.Health.Active))
                    .ToList();
                return new ServiceHealthView(cluster.ClusterId, OfService(destinations.Select(d => d.Health).ToList()), destinations);
            })
            .ToList();
        return new ServicesHealthView(OfAll(services.Select(s => s.Health).ToList()), services);
    }

    /// <summary>One healthy destination serves the service; it is down when every destination is.</summary>
    private static DestinationHealth OfService(List<DestinationHealth> destinations) =>
        destinations.Contains(DestinationHealth.Healthy) ? DestinationHealth.Healthy
        : destinations.Count > 0 && destinations.TrueForAll(h => h == DestinationHealth.Unhealthy) ? DestinationHealth.Unhealthy
        : DestinationHealth.Unknown;

    /// <summary>All is healthy when every service is; one service down makes it unhealthy.</summary>
    private static DestinationHealth OfAll(List<DestinationHealth> services) =>
        services.Contains(DestinationHealth.Unhealthy) ? DestinationHealth.Unhealthy
        : services.TrueForAll(h => h == DestinationHealth.Healthy) ? DestinationHealth.Healthy
        : DestinationHealth.Unknown;

    /// <summary>
    /// Part of the gateway's /health/ready: Degraded (still 200) while a service is down, so the
    /// gateway stays in rotation and keeps serving the services that are up.
    /// </summary>
    public sealed class Check(IProxyStateLookup proxy) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var health = Read(proxy);
            var notHealthy = health.Services.Where(s => s.Health != DestinationHealth.Healthy).Select(s => $"{s.Service}: {s.Health}").ToList();
            return Task.FromResult(notHealthy.Count == 0
                ? HealthCheckResult.Healthy("Every service passes its health check.")
                : HealthCheckResult.Degraded(string.Join(", ", notHealthy)));
        }
    }
}
