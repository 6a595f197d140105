using InfoSeek.CorpusApi;
using InfoSeek.Hosting;
using InfoSeek.Planner;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPlanner();
// With the Browser's address, a run's corpus is checked when the run is posted (else the Browser reports it).
if (builder.Configuration["CorpusApi:BaseAddress"] is { Length: > 0 } browser)
{
    builder.Services.AddCorpusApiClient(new Uri(browser));
}

builder.AddInfoSeekBus();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapPlanner();
app.Run();

namespace InfoSeek.Planner.Host
{
    /// <summary>Names this host's assembly for WebApplicationFactory in tests (every host has a top-level Program).</summary>
    public partial class Program;
}
