using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InfoSeek.TestSupport;

namespace InfoSeek.Gateway.Tests;

[Collection(ServicesCollection.Name)]
public sealed class HealthTests(ServicesFixture services)
{
    [Fact]
    public async Task With_every_service_up_the_gateway_reports_each_one_healthy()
    {
        await using var gateway = await services.StartGatewayAsync();
        var client = gateway.Client(apiKey: null);

        JsonElement health = default;
        await Eventually.HoldsAsync(async () =>
        {
            var response = await client.GetAsync(new Uri("/health/services", UriKind.Relative));
            health = await response.Content.ReadFromJsonAsync<JsonElement>();
            return response.StatusCode == HttpStatusCode.OK;
        }, "every service is probed healthy");

        Assert.Equal("Healthy", health.GetProperty("health").GetString());
        Assert.Equal(["browser", "planner", "sampler"], health.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("service").GetString()));
        Assert.Equal("Healthy", await (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_service_that_is_down_shows_as_unhealthy_and_the_gateway_stays_ready_but_degraded()
    {
        // Nothing listens on this port: the sampler is down.
        var down = $"http://127.0.0.1:{RabbitMqNode.FreePort()}/";
        await using var gateway = await services.StartGatewayAsync(new() { ["ReverseProxy:Clusters:sampler:Destinations:d1:Address"] = down });
        var client = gateway.Client(apiKey: null);

        HttpResponseMessage response = null!;
        JsonElement health = default;
        await Eventually.HoldsAsync(async () =>
        {
            response = await client.GetAsync(new Uri("/health/services", UriKind.Relative));
            health = await response.Content.ReadFromJsonAsync<JsonElement>();
            var states = health.GetProperty("services").EnumerateArray().ToDictionary(s => s.GetProperty("service").GetString()!, s => s.GetProperty("health").GetString());
            return states is { } && states["sampler"] == "Unhealthy" && states["planner"] == "Healthy" && states["browser"] == "Healthy";
        }, "the sampler is probed unhealthy and the others healthy");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", health.GetProperty("health").GetString());
        var sampler = health.GetProperty("services").EnumerateArray().Single(s => s.GetProperty("service").GetString() == "sampler");
        Assert.Equal(down, Assert.Single(sampler.GetProperty("destinations").EnumerateArray()).GetProperty("address").GetString());

        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Degraded", await ready.Content.ReadAsStringAsync());
        // With no healthy destination YARP still tries them all ("panic" mode) and reports that it could not connect.
        Assert.Equal(HttpStatusCode.BadGateway, (await gateway.Client().GetAsync(new Uri($"/api/datasets/{Guid.NewGuid()}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await gateway.Client().GetAsync(new Uri("/api/runs", UriKind.Relative))).StatusCode);
    }
}
