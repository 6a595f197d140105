using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InfoSeek.Cli;
using InfoSeek.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace InfoSeek.Dashboard.Tests;

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardFixture>
{
    public const string Name = "dashboard";
}

/// <summary>
/// <c>infoseek serve</c>'s host (every service behind the gateway, in-memory bus, SQLite) on a loopback
/// port over the sample corpus's index, one run already made through the API, and Debian's Chromium driven
/// headless by Playwright (it never downloads a browser).
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    public const string Key = "dashboard-tests-key-0123456789";
    public const string SeededRun = "seeded-through-the-api";

    private readonly TempDirectory temp = new();
    private WebApplication app = null!;
    private IPlaywright playwright = null!;

    public Uri Address { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public HttpClient Api { get; private set; } = null!;

    public static string Screenshots { get; } = Path.Combine(Repository.Root, "tests", ".results", "screenshots");

    public async Task InitializeAsync()
    {
        app = ServeHost.Build(Repository.SampleIndex, temp.File("state.db"), temp.File("datasets"), "http://127.0.0.1:0", Key);
        await app.StartAsync();
        Address = new Uri(app.Urls.First());
        Api = new HttpClient { BaseAddress = Address };
        Api.DefaultRequestHeaders.Add("X-Api-Key", Key);
        using var body = new StringContent($$"""{"name": "{{SeededRun}}", "count": 1, "seed": 2}""", Encoding.UTF8, "application/json");
        (await Api.PostAsync(new Uri("/api/runs", UriKind.Relative), body)).EnsureSuccessStatusCode();

        Directory.CreateDirectory(Screenshots);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh browser context (its own sessionStorage) and page, 1280 pixels wide.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        // The services share the machine's cores with the browser and a run in progress.
        page.SetDefaultTimeout(60_000);
        return page;
    }

    public string Url(string path) => new Uri(Address, path).ToString();

    public async Task<JsonElement> GetAsync(string path) => await Api.GetFromJsonAsync<JsonElement>(path);

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
        Api.Dispose();
        await app.DisposeAsync();
        temp.Dispose();
    }
}
