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
