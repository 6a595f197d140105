using InfoSeek.Browser;
using InfoSeek.Hosting;

if (args is ["ingest", .. var rest])
{
    // One-shot: build the index of Browser:CorpusPath into Browser:IndexDirectory (the Kubernetes ingest Job), then exit.
    var settings = WebApplication.CreateBuilder(rest).Configuration.GetSection("Browser").Get<CorpusOptions>() ?? new CorpusOptions();
    return BrowserIngest.Run(settings, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddBrowser();
builder.AddInfoSeekBus();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapBrowser();
app.Run();
return 0;

namespace InfoSeek.Browser.Host
{
    /// <summary>Names this host's assembly for WebApplicationFactory in tests (every host has a top-level Program).</summary>
    public partial class Program;
}
