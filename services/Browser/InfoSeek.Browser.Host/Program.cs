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

namespace InfoSeek.Browser.Host
{
    /// <summary>Names this host's assembly for WebApplicationFactory in tests (every host has a top-level Program).</summary>
    public partial class Program;
}
