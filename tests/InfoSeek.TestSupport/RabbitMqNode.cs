using System.Net;
using System.Net.Sockets;

namespace InfoSeek.TestSupport;

/// <summary>
/// A private RabbitMQ node (Debian's rabbitmq-server, installed by tests/run.sh) on its own port and
/// data directory, started for a test class and stopped after it.
/// </summary>
public sealed class RabbitMqNode : IAsyncLifetime
{
    private readonly TempDirectory data = new();

    public int Port { get; } = FreePort();

    /// <summary>The node's Erlang distribution port: a second free port.</summary>
    public int DistributionPort { get; } = FreePort();

    public string Host => "127.0.0.1";

    public async Task InitializeAsync()
    {
        using var start = new ChildProcess("bash", [Script, "start", data.Path, .. Ports]);
        var code = await start.WaitAsync(TimeSpan.FromMinutes(9));
        if (code != 0)
        {
            throw new InvalidOperationException($"RabbitMQ did not start (exit {code}):\n{start.Output}");
        }
    }

    public async Task DisposeAsync()
    {
        using (var stop = new ChildProcess("bash", [Script, "stop", data.Path, .. Ports]))
        {
            await stop.WaitAsync(TimeSpan.FromMinutes(1));
        }

        data.Dispose();
    }

    /// <summary>Environment variables that point a service host's bus at this node.</summary>
    public IDictionary<string, string> BusEnvironment() => new Dictionary<string, string>
    {
        ["Bus__Transport"] = "RabbitMq",
        ["Bus__Host"] = Host,
        ["Bus__Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private string[] Ports => [Port.ToString(System.Globalization.CultureInfo.InvariantCulture), DistributionPort.ToString(System.Globalization.CultureInfo.InvariantCulture)];

    private static string Script => Path.Combine(Repository.Root, "tests", "scripts", "rabbitmq-node.sh");

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
