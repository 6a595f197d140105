using InfoSeek.Hosting;
using InfoSeek.Planner;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPlanner();
builder.AddInfoSeekBus();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapPlanner();
app.Run();
