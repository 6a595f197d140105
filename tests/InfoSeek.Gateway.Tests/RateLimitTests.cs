using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace InfoSeek.Gateway.Tests;

[Collection(ServicesCollection.Name)]
public sealed class RateLimitTests(ServicesFixture services) : IAsyncLifetime
{
    private GatewayHost gateway = null!;

    public async Task InitializeAsync() => gateway = await services.StartGatewayAsync(new()
    {
        ["Gateway:RequestsPerWindow"] = "3",
        ["Gateway:RateLimitWindow"] = "00:01:00",
    });

    public async Task DisposeAsync() => await gateway.DisposeAsync();

    [Fact]
    public async Task A_client_over_its_limit_gets_429_with_Retry_After_while_another_client_goes_on()
    {
        var client = gateway.Client(ServicesFixture.TestKey);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/runs", UriKind.Relative))).StatusCode);
        }

        var limited = await client.GetAsync(new Uri("/api/runs", UriKind.Relative));
        var other = await gateway.Client(ServicesFixture.OtherKey).GetAsync(new Uri("/api/runs", UriKind.Relative));
        var health = await gateway.Client(apiKey: null).GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var retryAfter = limited.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, (await limited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
