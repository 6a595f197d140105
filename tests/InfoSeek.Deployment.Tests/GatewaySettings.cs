using System.Text.Json;
using InfoSeek.TestSupport;

namespace InfoSeek.Deployment.Tests;

/// <summary>The gateway's appsettings.json: where its YARP clusters send requests.</summary>
public static class GatewaySettings
{
    public static IReadOnlyList<Uri> Destinations()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "services", "Gateway", "InfoSeek.Gateway", "appsettings.json")));
        return json.RootElement.GetProperty("ReverseProxy").GetProperty("Clusters").EnumerateObject()
            .SelectMany(c => c.Value.GetProperty("Destinations").EnumerateObject())
            .Select(d => new Uri(d.Value.GetProperty("Address").GetString()!))
            .ToList();
    }
}
