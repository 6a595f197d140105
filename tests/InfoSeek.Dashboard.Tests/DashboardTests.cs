using System.Text.Json;
using Microsoft.Playwright;

namespace InfoSeek.Dashboard.Tests;

/// <summary>The dashboard in headless Chromium against the real services; screenshots go to tests/.results/screenshots.</summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardTests(DashboardFixture system)
{
    private async Task<IPage> SignedInAsync(string key = DashboardFixture.Key)
    {
        var page = await system.NewPageAsync();
        await page.GotoAsync(system.Url("/"));
        await page.FillAsync("#api-key", key);
        await page.ClickAsync("#key-form button[type=submit]");
        return page;
    }

    /// <summary>Follows a link and waits for the new page's DOMContentLoaded, by which its module script has run and handles the form.</summary>
    private static async Task FollowAsync(IPage page, string selector)
    {
        var href = await page.GetAttributeAsync(selector, "href");
        var navigated = page.WaitForURLAsync(url => url.EndsWith("/dashboard/" + href, StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.ClickAsync(selector);
        await navigated;
    }

    private static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(DashboardFixture.Screenshots, name + ".png"), FullPage = true });

    [Fact]
    public async Task A_run_started_from_the_form_is_watched_to_completion_and_its_question_is_drawn()
    {
        var page = await SignedInAsync();
        await FollowAsync(page, "nav a[href='start.html']");
        await page.FillAsync("#name", "from-the-form");
        await page.FillAsync("#count", "2");
        await page.FillAsync("#seed", "5");
        await page.FillAsync("#parallelism", "4");
        await page.ClickAsync("#start");

        // The run page follows the run by polling until it completes.
        // Only the address is awaited: while the run takes both cores, the page's load event may come late,
        // and the status below is awaited with its own allowance. A POST the API refuses leaves the page on the
        // form with the error shown; that error is the failure's message.
        var navigated = page.WaitForURLAsync(
            url => url.Contains("/dashboard/run.html?id=", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit, Timeout = 120_000 });
        var refused = page.Locator("#form-error:not(:empty), .field-error:not(:empty)").First.WaitForAsync(new() { Timeout = 120_000 });
        if (await Task.WhenAny(navigated, refused) == refused && refused.IsCompletedSuccessfully)
        {
            Assert.Fail($"The form did not start the run: {await page.TextContentAsync("#start-form")}");
        }

        await navigated;
        await page.Locator("#run-summary [data-field=status]", new() { HasTextString = "Completed" }).WaitForAsync(new() { Timeout = 60_000 });
        var runId = page.Url.Split("id=")[1];
        var run = await system.GetAsync($"/api/runs/{runId}");
        Assert.Equal("from-the-form", await page.TextContentAsync("#run-name"));
        Assert.Equal($"{run.GetProperty("accepted").GetInt32()} of 2", await page.TextContentAsync("#run-summary [data-field=accepted]"));

        // The report's histogram counts every accepted question once; the reasons chart has a bar per kind of reason.
        var report = await system.GetAsync($"/api/datasets/{runId}/report");
        await page.Locator("#vertex-histogram g.bar").First.WaitForAsync();
        var bars = await page.Locator("#vertex-histogram g.bar").EvaluateAllAsync<int[]>("bars => bars.map(b => Number(b.dataset.value))");
        Assert.Equal(report.GetProperty("accepted").GetInt32(), bars.Sum());
        Assert.Equal(report.GetProperty("rejected").GetArrayLength() + report.GetProperty("failed").GetArrayLength(), await page.Locator("#rejection-reasons g.bar").CountAsync());
        var samples = await system.GetAsync($"/api/runs/{runId}/samples");
        Assert.Equal(samples.GetArrayLength(), await page.Locator("#questions-body tr").CountAsync());
        await ScreenshotAsync(page, "run");

        // The runs page lists it as completed with its progress.
        await FollowAsync(page, "nav a[href='index.html']");
        var row = page.Locator($"#runs-body tr[data-run-id='{runId}']");
        await row.Locator("td.status", new() { HasTextString = "Completed" }).WaitForAsync();
        Assert.Equal($"{run.GetProperty("accepted").GetInt32()} / 2", await row.Locator("[data-field=accepted]").TextContentAsync());
        Assert.Equal("done", await row.Locator("[data-field=left]").TextContentAsync());
        await ScreenshotAsync(page, "runs");

        // The first accepted question: its tree as the API serves it, drawn vertex by vertex.
        await page.GotoAsync(system.Url($"/dashboard/run.html?id={runId}"));
        await page.SelectOptionAsync("#filter-reason", "accepted");
        var first = page.Locator("#questions-body tr.accepted a").First;
        var question = await first.TextContentAsync();
        await first.ClickAsync();
        await page.Locator("#tree g.vertex").First.WaitForAsync();
        var treeNo = int.Parse(page.Url.Split("tree=")[1], System.Globalization.CultureInfo.InvariantCulture);
        var tree = await system.GetAsync($"/api/runs/{runId}/trees/{treeNo}");

        Assert.Equal(question, await page.TextContentAsync("#question-text"));
        var vertices = tree.GetProperty("vertices").EnumerateArray().ToList();
        Assert.Equal(vertices.Count, await page.Locator("#tree g.vertex").CountAsync());
        Assert.Equal(vertices.Count(v => v.GetProperty("blurred").GetBoolean()), await page.Locator("#tree g.vertex.blurred").CountAsync());
        Assert.Equal(vertices.Count - 1, await page.Locator("#tree g.edge").CountAsync());
        var claims = AllClaims(tree.GetProperty("tree").GetProperty("root")).ToList();
        Assert.NotEmpty(claims);
        var edgeTitles = await page.Locator("#tree g.edge title").AllTextContentsAsync();
        var listed = await page.Locator("#claims tbody tr td:nth-child(2)").AllTextContentsAsync();
        Assert.Equal(claims.Select(c => c.Text), listed);
        Assert.All(claims.Where(c => c.Target != "None"), c => Assert.Contains(c.Text, edgeTitles));
        Assert.Equal(vertices.Count(v => v.GetProperty("certificate").ValueKind == JsonValueKind.Object), await page.Locator(".certificate").CountAsync());

        var steps = tree.GetProperty("sample").GetProperty("trajectory").GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(steps.Count, await page.Locator("#trajectory li.step").CountAsync());
        Assert.Equal(steps.Count(s => s.GetProperty("kind").GetString() == "search"), await page.Locator("#trajectory .retrieval .label").CountAsync());
        Assert.StartsWith("Accepted", await page.TextContentAsync("#verdict"), StringComparison.Ordinal);
        await ScreenshotAsync(page, "question");

        // The first claim's evidence shown in its page: the sentence marked at its stored offsets.
        var evidence = claims.First(c => c.Evidence is not null).Evidence!.Value;
        await page.Locator("#claims button.show-in-page").First.ClickAsync();
        var mark = page.Locator("#page-view mark");
        await mark.WaitForAsync(new() { Timeout = 5_000 });
        Assert.True(await page.IsVisibleAsync("#page-view"));
        var title = evidence.GetProperty("page").GetString()!;
        var pageText = (await system.GetAsync($"/api/corpus/pages/{Uri.EscapeDataString(title)}")).GetProperty("text").GetString();
        Assert.Equal(title + pageText, await page.TextContentAsync("#page-view"));
        Assert.Equal(evidence.GetProperty("sentence").GetString(), await mark.TextContentAsync());
        Assert.Equal(0, await page.Locator("#page-view [role=alert]").CountAsync());
        Assert.True(await mark.IsVisibleAsync());
        await ScreenshotAsync(page, "evidence");

        // A corpus whose page text moved since the run: the page is shown unmarked, with a warning.
        await page.RouteAsync("**/api/corpus/pages/**", async route =>
        {
            var response = await route.FetchAsync();
            var moved = (await response.JsonAsync())!.Value.Deserialize<Dictionary<string, JsonElement>>()!;
            moved["text"] = JsonSerializer.SerializeToElement("A sentence added in front. " + moved["text"].GetString());
            await route.FulfillAsync(new() { Response = response, Json = moved });
        });
        await page.Locator("#claims button.show-in-page").First.ClickAsync();
        await page.Locator("#page-view [role=alert]", new() { HasTextString = "no longer holds this sentence" }).WaitForAsync(new() { Timeout = 5_000 });
        Assert.Equal(0, await mark.CountAsync());
        Assert.StartsWith("A sentence added in front. ", await page.TextContentAsync("#page-view .page-text"), StringComparison.Ordinal);

        // A page the corpus does not hold: the corpus API's own 404.
        await page.UnrouteAllAsync();
        await page.RouteAsync("**/api/corpus/pages/**", route => route.ContinueAsync(new() { Url = system.Url("/api/corpus/pages/No%20such%20page%20here") }));
        await page.Locator("#claims button.show-in-page").First.ClickAsync();
        await page.Locator("#page-view [role=alert]", new() { HasTextString = "page not in the corpus" }).WaitForAsync(new() { Timeout = 5_000 });
        Assert.Equal(0, await page.Locator("#page-view .page-text").CountAsync());
    }

    [Fact]
    public async Task A_wrong_key_shows_no_run_data()
    {
        Assert.NotEqual(0, (await system.GetAsync("/api/runs")).GetArrayLength());

        var page = await SignedInAsync("wrong-key-0123456789");

        await page.Locator("#status", new() { HasTextString = "not valid" }).WaitForAsync();
        Assert.Equal(0, await page.Locator("#runs-body tr").CountAsync());
        Assert.DoesNotContain(DashboardFixture.SeededRun, await page.ContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.IsVisibleAsync("#key-form"));
        Assert.Null(await page.EvaluateAsync<string?>("sessionStorage.getItem('infoseek-api-key')"));
        await ScreenshotAsync(page, "wrong-key");
    }

    [Fact]
    public async Task A_bad_value_in_the_form_is_shown_next_to_its_field_as_the_API_words_it()
    {
        var page = await SignedInAsync();
        await FollowAsync(page, "nav a[href='start.html']");
        await page.FillAsync("#name", "bad-settings");
        await page.FillAsync("#count", "0");
        await page.FillAsync("#maxDepth", "99");
        await page.ClickAsync("#start");

        var countError = page.Locator("#count + .field-error");
        await countError.Locator("text=count must be").WaitForAsync();
        Assert.Equal("count must be between 1 and 1000000 (was 0).", await countError.TextContentAsync());
        Assert.StartsWith("maxDepth must be between 1 and 16 (was 99)", await page.Locator("#maxDepth + .field-error").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("", await page.Locator("#name + .field-error").TextContentAsync());
        Assert.Equal("true", await page.GetAttributeAsync("#count", "aria-invalid"));
        Assert.EndsWith("/dashboard/start.html", page.Url, StringComparison.Ordinal);
        await ScreenshotAsync(page, "form-error");
    }

    [Fact]
    public async Task The_pages_load_without_a_key_but_the_API_behind_them_does_not_answer()
    {
        using var anonymous = new HttpClient { BaseAddress = system.Address };

        var shell = await anonymous.GetAsync(new Uri("/dashboard/run.html", UriKind.Relative));
        var data = await anonymous.GetAsync(new Uri("/api/runs", UriKind.Relative));
        var missing = await anonymous.GetAsync(new Uri("/dashboard/nothing.html", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, shell.StatusCode);
        Assert.Equal("text/html", shell.Content.Headers.ContentType?.MediaType);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, data.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static IEnumerable<(string Text, string Target, JsonElement? Evidence)> AllClaims(JsonElement vertex) =>
        vertex.GetProperty("claims").EnumerateArray()
            .Select(c => (c.GetProperty("claim").GetString()!, c.GetProperty("target_id").GetString()!,
                c.TryGetProperty("evidence", out var evidence) ? evidence : (JsonElement?)null))
            .Concat(vertex.GetProperty("children").EnumerateArray().SelectMany(AllClaims));
}
