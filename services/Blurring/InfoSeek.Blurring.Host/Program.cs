using InfoSeek.CorpusApi;
using InfoSeek.Hosting;
using InfoSeek.Blurring;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.Services.AddCorpusApiClient(new Uri(builder.Configuration["CorpusApi:BaseAddress"]
    ?? throw new InvalidOperationException("Set CorpusApi:BaseAddress to the Browser's URL.")));
builder.AddBlurring();
builder.AddInfoSeekBus();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
