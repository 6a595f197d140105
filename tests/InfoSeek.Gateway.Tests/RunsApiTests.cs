using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InfoSeek.Domain;

namespace InfoSeek.Gateway.Tests;

/// <summary>The Planner's public API, called through the gateway.</summary>
[Collection(ServicesCollection.Name)]
public sealed class RunsApiTests(ServicesFixture services) : IAsyncLifetime
{
    private GatewayHost gateway = null!;

    public async Task InitializeAsync() => gateway = await services.StartGatewayAsync();

    public async Task DisposeAsync() => await gateway.DisposeAsync();

    private HttpClient Client => gateway.Client();

    private async Task<HttpResponseMessage> PostRunAsync(string json)
    {
        using var body = new StringContent(json, Encoding.UTF8, "application/json");
        return await Client.PostAsync(new Uri("/api/runs", UriKind.Relative), body);
    }

    private static async Task<JsonElement> ErrorsOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    [Fact]
    public async Task Starting_a_run_with_bad_settings_is_400_naming_each_bad_field()
    {
        var errors = await ErrorsOf(await PostRunAsync("""{"count": 0, "maxDepth": 99, "minVertices": 4, "maxVertices": 3, "perAnswer": 0}"""));

        Assert.Equal(["count", "maxDepth", "maxVertices", "name", "perAnswer"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal("count must be between 1 and 1000000 (was 0).", errors.GetProperty("count")[0].GetString());
        Assert.Equal("perAnswer must be between 1 and 100 (was 0).", errors.GetProperty("perAnswer")[0].GetString());
        Assert.Equal("name is required.", errors.GetProperty("name")[0].GetString());
    }

    [Fact]
    public async Task A_role_on_the_model_back_end_without_an_endpoint_for_it_is_400_naming_the_role()
    {
        var errors = await ErrorsOf(await PostRunAsync("""{"name": "model-run", "count": 1, "backends": {"planner": "deterministic", "verbalizer": "llm", "sampler": "Llm"}}"""));

        Assert.Equal(["backends.sampler", "backends.verbalizer"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(
            "backends.verbalizer is 'llm', but no LLM endpoint is configured for the Verbalizer role: set Llm__Verbalizer__BaseAddress (or Llm__Default__BaseAddress) and its Model.",
            errors.GetProperty("backends.verbalizer")[0].GetString());
    }

    [Fact]
    public async Task An_unknown_back_end_is_400_naming_the_role()
    {
        var errors = await ErrorsOf(await PostRunAsync("""{"name": "model-run", "count": 1, "backends": {"blurring": "gpt"}}"""));

        Assert.Equal("backends.blurring", Assert.Single(errors.EnumerateObject()).Name);
    }

    [Fact]
    public async Task A_run_names_a_corpus_the_Browser_serves_or_is_400_naming_the_corpus()
    {
        var unknown = await ErrorsOf(await PostRunAsync("""{"name": "corpus-run", "count": 1, "corpus": "nope"}"""));
        Assert.Equal("corpus 'nope' is not served by the Browser; it serves: default.", unknown.GetProperty("corpus")[0].GetString());

        var malformed = await ErrorsOf(await PostRunAsync("""{"name": "corpus-run", "count": 1, "corpus": "../etc"}"""));
        Assert.StartsWith("corpus must be a corpus name: a corpus name is 1 to 64 letters", malformed.GetProperty("corpus")[0].GetString(), StringComparison.Ordinal);

        var started = await PostRunAsync("""{"name": "corpus-run", "count": 1, "corpus": "default"}""");
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        await Eventually.HoldsAsync(async () =>
        {
            var response = await Client.GetAsync(started.Headers.Location);
            return response.StatusCode == HttpStatusCode.OK
                && (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("settings").GetProperty("corpus").GetString() == "default";
        }, "the run was stored with its corpus");
    }

    [Fact]
    public async Task A_field_of_the_wrong_type_is_400_naming_the_field()
    {
        var errors = await ErrorsOf(await PostRunAsync("""{"name": "typed", "count": "many"}"""));

        Assert.Equal("count", Assert.Single(errors.EnumerateObject()).Name);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_415()
    {
        using var body = new StringContent("name=x&count=1", Encoding.UTF8, "application/x-www-form-urlencoded");

        var response = await Client.PostAsync(new Uri("/api/runs", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_started_run_is_accepted_then_appears_with_its_trees_and_a_second_start_joins_or_conflicts()
    {
        const string name = "through-the-gateway";
        var runId = DeterministicIds.RunId(name);

        var started = await PostRunAsync("""{"name": "through-the-gateway", "count": 2, "seed": 7, "parallelism": 2}""");

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.Equal($"/api/runs/{runId}", started.Headers.Location?.ToString());
        Assert.Equal(runId, (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runId").GetGuid());

        JsonElement run = default;
        await Eventually.HoldsAsync(async () =>
        {
            var response = await Client.GetAsync(started.Headers.Location);
            run = response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<JsonElement>() : default;
            return run.ValueKind == JsonValueKind.Object && run.GetProperty("treesStarted").GetInt32() == 2;
        }, "the planner consumed StartRun and started two trees");

        Assert.Equal(name, run.GetProperty("name").GetString());
        Assert.Equal("Running", run.GetProperty("status").GetString());
        Assert.Equal(2, run.GetProperty("target").GetInt32());
        Assert.Equal(7, run.GetProperty("settings").GetProperty("seed").GetInt32());
        Assert.Equal(2, run.GetProperty("trees").GetProperty("Growing").GetInt32());

        var trees = await Client.GetFromJsonAsync<JsonElement>($"/api/runs/{runId}/trees");
        Assert.Equal([1, 2], trees.EnumerateArray().Select(t => t.GetProperty("treeNo").GetInt32()));
        var list = await Client.GetFromJsonAsync<JsonElement>("/api/runs");
        Assert.Contains(list.EnumerateArray(), r => r.GetProperty("runId").GetGuid() == runId);

        var again = await PostRunAsync("""{"name": "through-the-gateway", "count": 2, "seed": 7, "parallelism": 4}""");
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal("Running", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        var conflict = await PostRunAsync("""{"name": "through-the-gateway", "count": 3, "seed": 7}""");
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("already exists with other settings (count 2, seed 7", (await conflict.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var otherPerAnswer = await PostRunAsync("""{"name": "through-the-gateway", "count": 2, "seed": 7, "perAnswer": 2}""");
        Assert.Equal(HttpStatusCode.Conflict, otherPerAnswer.StatusCode);
        Assert.Contains("per answer 1)", (await otherPerAnswer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_run_is_404_problem_details()
    {
        var response = await Client.GetAsync(new Uri($"/api/runs/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_runs_trees_carry_their_outcome_and_a_tree_is_served_in_the_InfoSeek_shape()
    {
        var runId = await services.SeededRunAsync();

        var trees = await Client.GetFromJsonAsync<JsonElement>($"/api/runs/{runId}/trees");
        var tree = await Client.GetFromJsonAsync<JsonElement>($"/api/runs/{runId}/trees/1");
        var missing = await Client.GetAsync(new Uri($"/api/runs/{runId}/trees/2", UriKind.Relative));

        var outcome = Assert.Single(trees.EnumerateArray());
        Assert.Equal("Accepted", outcome.GetProperty("status").GetString());
        Assert.Equal("Root page", outcome.GetProperty("answer").GetString());

        Assert.Equal("Accepted", tree.GetProperty("status").GetString());
        var root = tree.GetProperty("tree").GetProperty("root");
        Assert.Equal(("A", "Root page"), (root.GetProperty("id").GetString(), root.GetProperty("entity").GetString()));
        Assert.Equal("What building was built by Child page?", root.GetProperty("question").GetString());
        var relation = Assert.Single(root.GetProperty("claims").EnumerateArray());
        Assert.Equal(("B", "A was built by B"), (relation.GetProperty("target_id").GetString(), relation.GetProperty("claim").GetString()));
        Assert.Equal("Root page", relation.GetProperty("evidence").GetProperty("page").GetString());
        Assert.Equal("Child page", Assert.Single(root.GetProperty("children").EnumerateArray()).GetProperty("entity").GetString());

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_runs_questions_are_its_accepted_samples_with_answer_and_trajectory()
    {
        var runId = await services.SeededRunAsync();

        var questions = await Client.GetFromJsonAsync<JsonElement>($"/api/runs/{runId}/questions");

        var question = Assert.Single(questions.EnumerateArray());
        Assert.Equal(1, question.GetProperty("treeNo").GetInt32());
        Assert.Equal("What building was built by Child page?", question.GetProperty("question").GetString());
        Assert.Equal("Root page", question.GetProperty("answer").GetString());
        var trajectory = question.GetProperty("trajectory");
        Assert.Equal("tree-guided", trajectory.GetProperty("solver").GetString());
        Assert.True(trajectory.GetProperty("correct").GetBoolean());
        Assert.Equal(["search", "answer"], trajectory.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task A_tree_is_served_with_each_vertex_blur_and_certificate_and_the_Samplers_verdict()
    {
        var runId = await services.SeededRunAsync();

        var tree = await Client.GetFromJsonAsync<JsonElement>($"/api/runs/{runId}/trees/1");

        var vertices = tree.GetProperty("vertices").EnumerateArray().ToList();
        Assert.Equal(["A", "B"], vertices.Select(v => v.GetProperty("id").GetString()));
        Assert.Equal([true, false], vertices.Select(v => v.GetProperty("blurred").GetBoolean()));
        Assert.Equal("A", vertices[1].GetProperty("parentId").GetString());
        var claim = Assert.Single(vertices[0].GetProperty("certificate").GetProperty("claims").EnumerateArray());
        Assert.Equal(2, claim.GetProperty("candidateCount").GetInt32());
        Assert.Equal(["Other page"], claim.GetProperty("otherCandidates").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(JsonValueKind.Null, vertices[1].GetProperty("certificate").ValueKind);

        var sample = tree.GetProperty("sample");
        Assert.True(sample.GetProperty("accepted").GetBoolean());
        var search = sample.GetProperty("trajectory").GetProperty("steps")[0];
        Assert.Equal(("search", true), (search.GetProperty("kind").GetString(), search.GetProperty("goldRetrieved").GetBoolean()));
    }

    [Fact]
    public async Task A_runs_samples_are_every_judged_question_with_its_trees_size_and_depth()
    {
        var runId = await services.SeededRunAsync();

        var samples = await Client.GetFromJsonAsync<JsonElement>($"/api/runs/{runId}/samples");
        var missing = await Client.GetAsync(new Uri($"/api/runs/{Guid.NewGuid()}/samples", UriKind.Relative));

        var sample = Assert.Single(samples.EnumerateArray());
        Assert.Equal("What building was built by Child page?", sample.GetProperty("question").GetString());
        Assert.True(sample.GetProperty("accepted").GetBoolean());
        Assert.Equal(JsonValueKind.Null, sample.GetProperty("reasonCategory").ValueKind);
        Assert.Equal((2, 1), (sample.GetProperty("vertices").GetInt32(), sample.GetProperty("depth").GetInt32()));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_runs_progress_counts_trees_by_kind_of_reason_and_gives_its_time()
    {
        var runId = await services.SeededRunAsync();

        var run = await Client.GetFromJsonAsync<JsonElement>($"/api/runs/{runId}");

        Assert.Empty(run.GetProperty("rejected").EnumerateObject());
        Assert.Empty(run.GetProperty("failed").EnumerateObject());
        var created = run.GetProperty("createdAt").GetDateTime();
        var completed = run.GetProperty("completedAt").GetDateTime();
        Assert.True(completed >= created);
        Assert.Equal((completed - created).TotalSeconds, run.GetProperty("elapsedSeconds").GetDouble(), precision: 3);
    }
}
