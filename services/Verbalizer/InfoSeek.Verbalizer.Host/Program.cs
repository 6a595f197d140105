using InfoSeek.Hosting;
using InfoSeek.Verbalizer;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddVerbalizer();
builder.AddInfoSeekBus();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
