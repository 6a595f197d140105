using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace InfoSeek.Gateway.Tests;

[Collection(ServicesCollection.Name)]
public sealed class BodySizeTests(ServicesFixture services) : IAsyncLifetime
{
    private GatewayHost gateway = null!;

    public async Task InitializeAsync() => gateway = await services.StartGatewayAsync();

    public async Task DisposeAsync() => await gateway.DisposeAsync();

    [Fact]
    public async Task A_body_over_the_configured_megabyte_is_413_before_it_reaches_a_service()
    {
        var padding = new string(' ', 1024 * 1024);
        using var body = new StringContent($"{{\"name\":\"too-large\",\"count\":1}}{padding}", Encoding.UTF8, "application/json");

        var response = await gateway.Client().PostAsync(new Uri("/api/runs", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("the limit is 1048576", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await gateway.Client().GetAsync(new Uri($"/api/runs/{Domain.DeterministicIds.RunId("too-large")}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_body_under_the_limit_reaches_the_planner()
    {
        var padding = new string(' ', 512 * 1024);
        using var body = new StringContent($"{{\"count\":0}}{padding}", Encoding.UTF8, "application/json");

        var response = await gateway.Client().PostAsync(new Uri("/api/runs", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("count", out _), problem.ToString());
    }
}
