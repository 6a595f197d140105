using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace InfoSeek.Gateway.Tests;

[Collection(ServicesCollection.Name)]
public sealed class ApiKeyTests(ServicesFixture services) : IAsyncLifetime
{
    private GatewayHost gateway = null!;

    public async Task InitializeAsync() => gateway = await services.StartGatewayAsync();

    public async Task DisposeAsync() => await gateway.DisposeAsync();

    [Fact]
    public async Task A_request_without_a_key_is_401_problem_details_naming_the_header()
    {
        var response = await gateway.Client(apiKey: null).GetAsync(new Uri("/api/runs", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("ApiKey header=\"X-Api-Key\"", response.Headers.WwwAuthenticate.ToString());
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
        Assert.Contains("X-Api-Key", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_with_a_wrong_key_is_401_saying_the_key_is_not_valid()
    {
        var response = await gateway.Client(apiKey: "not-a-key-of-anyone").GetAsync(new Uri("/api/corpus/pages/Apollo%2011", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("not valid", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_with_a_valid_key_is_proxied()
    {
        var response = await gateway.Client(ServicesFixture.OtherKey).GetAsync(new Uri("/api/runs", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Array, (await response.Content.ReadFromJsonAsync<JsonElement>()).ValueKind);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/health/services")]
    [InlineData("/openapi/v1.json")]
    public async Task Health_and_OpenAPI_endpoints_need_no_key(string path)
    {
        await Eventually.HoldsAsync(
            async () => (await gateway.Client(apiKey: null).GetAsync(new Uri(path, UriKind.Relative))).StatusCode == HttpStatusCode.OK,
            $"{path} answers 200 without a key");
    }

    [Fact]
    public async Task The_key_stays_at_the_gateway_and_is_not_forwarded_to_a_service()
    {
        // A destination that answers with the headers it received.
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        await using var echo = builder.Build();
        echo.MapGet("/api/runs/echo", (HttpRequest request) => request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString()));
        await echo.StartAsync();
        await using var proxied = await services.StartGatewayAsync(new() { ["ReverseProxy:Clusters:planner:Destinations:d1:Address"] = echo.Urls.First() });

        var headers = await proxied.Client().GetFromJsonAsync<Dictionary<string, string>>("/api/runs/echo");

        Assert.NotNull(headers);
        Assert.DoesNotContain(headers.Keys, k => k.Equals("X-Api-Key", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(headers.Keys, k => k.Equals("X-Forwarded-For", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Keys_are_matched_exactly_and_name_their_client()
    {
        var keys = new Dictionary<string, string> { ["dashboard"] = "dashboard-key-0123456789", ["batch"] = "batch-key-0123456789" };

        Assert.Equal("batch", ApiKeyAuthenticationHandler.ClientOf("batch-key-0123456789", keys));
        Assert.Null(ApiKeyAuthenticationHandler.ClientOf("batch-key-012345678", keys));
        Assert.Null(ApiKeyAuthenticationHandler.ClientOf("BATCH-KEY-0123456789", keys));
    }
}
