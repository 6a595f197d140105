using InfoSeek.Hosting;
using InfoSeek.Verbalizer;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddVerbalizer();
builder.AddInfoSeekBus();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();

namespace InfoSeek.Verbalizer.Host
{
    /// <summary>Names this host's assembly for WebApplicationFactory in tests (every host has a top-level Program).</summary>
    public partial class Program;
}
