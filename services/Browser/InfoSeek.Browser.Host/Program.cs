using InfoSeek.Browser;
using InfoSeek.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddBrowser();
builder.AddInfoSeekBus();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapBrowser();
app.Run();
