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
        ["Gateway:UnauthenticatedRequestsPerWindow"] = "5",
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

    [Fact]
    public async Task Guessing_keys_from_one_address_is_refused_with_429_after_the_limit_and_open_endpoints_stay_open()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            var guess = gateway.Client($"a-wrong-key-number-{i:D4}");
            statuses.Add((await guess.GetAsync(new Uri("/api/runs", UriKind.Relative))).StatusCode);
        }

        var noKey = await gateway.Client(apiKey: null).GetAsync(new Uri("/api/runs", UriKind.Relative));
        var health = await gateway.Client(apiKey: null).GetAsync(new Uri("/health/live", UriKind.Relative));
        var valid = await gateway.Client(ServicesFixture.OtherKey).GetAsync(new Uri("/api/runs", UriKind.Relative));

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 5).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 3)), statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, noKey.StatusCode);
        Assert.Contains("without a valid API key", await noKey.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
    }

    [Fact]
    public async Task The_development_key_is_refused_outside_the_Development_environment()
    {
        var settings = new Dictionary<string, string?> { ["Gateway:ApiKeys:tests"] = InfoSeek.Gateway.GatewayOptions.DevelopmentKey, ["environment"] = "Production" };

        var error = await Assert.ThrowsAnyAsync<Exception>(() => services.StartGatewayAsync(settings));

        Assert.Contains("development key 'infoseek-dev-api-key'", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("(Production)", error.ToString(), StringComparison.Ordinal);
        await using var development = await services.StartGatewayAsync(new() { ["Gateway:ApiKeys:tests"] = InfoSeek.Gateway.GatewayOptions.DevelopmentKey });
        Assert.Equal(HttpStatusCode.OK, (await development.Client(InfoSeek.Gateway.GatewayOptions.DevelopmentKey).GetAsync(new Uri("/api/runs", UriKind.Relative))).StatusCode);
    }
}
