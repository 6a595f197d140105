using InfoSeek.Gateway;
using InfoSeek.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGateway();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGateway();
app.Run();

namespace InfoSeek.Gateway
{
    /// <summary>Names the gateway's assembly for WebApplicationFactory in tests (every host has a top-level Program).</summary>
    public partial class Program;
}
