using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace InfoSeek.Gateway.Tests;

[Collection(ServicesCollection.Name)]
public sealed class RoutingTests(ServicesFixture services) : IAsyncLifetime
{
    private GatewayHost gateway = null!;

    public async Task InitializeAsync() => gateway = await services.StartGatewayAsync();

    public async Task DisposeAsync() => await gateway.DisposeAsync();

    [Fact]
    public async Task The_runs_route_reaches_the_planner()
    {
        var runId = await services.SeededRunAsync();

        var list = await gateway.Client().GetFromJsonAsync<JsonElement>("/api/runs");
        var run = await gateway.Client().GetFromJsonAsync<JsonElement>($"/api/runs/{runId}");

        Assert.Contains(list.EnumerateArray(), r => r.GetProperty("name").GetString() == ServicesFixture.SeededRunName);
        Assert.Equal("Completed", run.GetProperty("status").GetString());
        Assert.Equal(1, run.GetProperty("accepted").GetInt32());
    }

    [Fact]
    public async Task The_failures_and_replay_routes_reach_the_planner()
    {
        var runId = await services.SeededRunAsync();

        var failures = await gateway.Client().GetFromJsonAsync<JsonElement>($"/api/runs/{runId}/failures");
        var replay = await gateway.Client().PostAsync(new Uri($"/api/runs/{runId}/failures/not-a-tree/replay", UriKind.Relative), null);

        Assert.Equal(JsonValueKind.Array, failures.ValueKind);
        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Contains("treeId 'not-a-tree' is not a GUID", (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_corpus_route_reaches_the_browser_without_its_prefix()
    {
        var page = await gateway.Client().GetFromJsonAsync<JsonElement>("/api/corpus/pages/Apollo%2011");
        var search = await gateway.Client().GetFromJsonAsync<JsonElement>("/api/corpus/search?q=first%20crewed%20Moon%20landing&k=3");

        Assert.Equal("Apollo 11", page.GetProperty("title").GetString());
        Assert.Contains(search.GetProperty("hits").EnumerateArray(), h => h.GetProperty("title").GetString() == "Apollo 11");
    }

    [Fact]
    public async Task The_datasets_route_reaches_the_sampler_which_exports_the_run_on_demand()
    {
        var runId = await services.SeededRunAsync();

        var listing = await gateway.Client().GetFromJsonAsync<JsonElement>($"/api/datasets/{runId}");
        var questions = listing.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "questions.jsonl");
        var download = await gateway.Client().GetAsync(new Uri(questions.GetProperty("href").GetString()!, UriKind.Relative));
        var lines = (await download.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/x-ndjson", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(questions.GetProperty("bytes").GetInt64(), download.Content.Headers.ContentLength);
        var sample = JsonDocument.Parse(Assert.Single(lines)).RootElement;
        Assert.Equal("What building was built by Child page?", sample.GetProperty("question").GetString());
        Assert.Equal("Root page", sample.GetProperty("answer").GetString());
    }

    [Fact]
    public async Task The_report_of_a_runs_dataset_is_served_as_JSON()
    {
        var runId = await services.SeededRunAsync();

        var report = await gateway.Client().GetFromJsonAsync<JsonElement>($"/api/datasets/{runId}/report");
        var missing = await gateway.Client().GetAsync(new Uri($"/api/datasets/{Guid.NewGuid()}/report", UriKind.Relative));

        Assert.Equal(1, report.GetProperty("accepted").GetInt32());
        var bar = Assert.Single(report.GetProperty("vertexHistogram").EnumerateArray());
        Assert.Equal((2, 1), (bar.GetProperty("key").GetInt32(), bar.GetProperty("value").GetInt32()));
        Assert.Empty(report.GetProperty("rejected").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [InlineData("..%2Fstate.db", HttpStatusCode.BadRequest)]
    [InlineData(".hidden", HttpStatusCode.BadRequest)]
    [InlineData("missing.jsonl", HttpStatusCode.NotFound)]
    public async Task Dataset_file_names_outside_the_export_are_refused(string name, HttpStatusCode expected)
    {
        var runId = await services.SeededRunAsync();

        var response = await gateway.Client().GetAsync(new Uri($"/api/datasets/{runId}/files/{name}", UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (expected == HttpStatusCode.BadRequest)
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(problem.GetProperty("errors").TryGetProperty("name", out _), problem.ToString());
        }
    }

    [Fact]
    public async Task A_dataset_of_an_unknown_run_is_404()
    {
        var response = await gateway.Client().GetAsync(new Uri($"/api/datasets/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("planner", "/api/runs/{runId}/trees/{treeNo}")]
    [InlineData("planner", "/api/runs/{runId}/failures/{treeId}/replay")]
    [InlineData("sampler", "/api/datasets/{runId}/files/{name}")]
    [InlineData("browser", "/search")]
    public async Task Each_services_OpenAPI_document_is_served_without_a_key(string service, string path)
    {
        var response = await gateway.Client(apiKey: null).GetAsync(new Uri($"/openapi/{service}/v1.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.True(document.GetProperty("paths").TryGetProperty(path, out _), $"{service}'s document has no {path}");
    }
}
