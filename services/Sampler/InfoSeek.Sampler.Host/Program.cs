using InfoSeek.CorpusApi;
using InfoSeek.Hosting;
using InfoSeek.Sampler;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.Services.AddCorpusApiClient(new Uri(builder.Configuration["CorpusApi:BaseAddress"]
    ?? throw new InvalidOperationException("Set CorpusApi:BaseAddress to the Browser's URL.")));
builder.AddSampler();
builder.AddInfoSeekBus();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapSampler();
app.Run();

namespace InfoSeek.Sampler.Host
{
    /// <summary>Names this host's assembly for WebApplicationFactory in tests (every host has a top-level Program).</summary>
    public partial class Program;
}
