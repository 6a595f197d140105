using System.Net;

namespace InfoSeek.Gateway.Tests;

/// <summary>The dashboard's static pages: served by the gateway without a key, holding no run data themselves.</summary>
[Collection(ServicesCollection.Name)]
public sealed class DashboardShellTests(ServicesFixture services) : IAsyncLifetime
{
    private GatewayHost gateway = null!;

    public async Task InitializeAsync() => gateway = await services.StartGatewayAsync();

    public async Task DisposeAsync() => await gateway.DisposeAsync();

    [Fact]
    public void Every_page_and_script_is_embedded()
    {
        Assert.Equal(
            ["dashboard.css", "dashboard.js", "index.html", "question.html", "question.js", "run.html", "run.js", "runs.js", "start.html", "start.js"],
            DashboardEndpoints.Files);
    }

    [Theory]
    [InlineData("/dashboard/", "text/html")]
    [InlineData("/dashboard/question.html", "text/html")]
    [InlineData("/dashboard/dashboard.js", "text/javascript")]
    [InlineData("/dashboard/dashboard.css", "text/css")]
    public async Task The_pages_load_without_a_key_and_only_run_scripts_of_their_own(string path, string contentType)
    {
        var response = await gateway.Client(apiKey: null).GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_root_leads_to_the_dashboard_and_an_unknown_file_is_404()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = gateway.Address };

        var root = await client.GetAsync(new Uri("/", UriKind.Relative));
        var missing = await client.GetAsync(new Uri("/dashboard/secrets.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/dashboard/", root.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
