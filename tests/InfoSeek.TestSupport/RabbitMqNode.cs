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

    public Task InitializeAsync() => StartAsync();

    private async Task StartAsync()
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

    /// <summary>
    /// SIGKILL of the broker's Erlang VM, as in a crash or an out-of-memory kill: nothing is flushed or closed cleanly.
    /// Durable queues and persistent messages stay in the data directory for <see cref="RestartAsync"/>.
    /// </summary>
    public void Kill()
    {
        var pidFile = Path.Combine(data.Path, "rabbit.pid");
        var pid = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        using (var process = System.Diagnostics.Process.GetProcessById(pid))
        {
            process.Kill();
            process.WaitForExit(30_000);
        }

        File.Delete(pidFile); // else the restart would wait on the dead VM's pid
    }

    /// <summary>The same node (name, ports, data directory) started again after <see cref="Kill"/>.</summary>
    public Task RestartAsync() => StartAsync();

    /// <summary>An AMQP client's connections to this node.</summary>
    public RabbitMQ.Client.ConnectionFactory ConnectionFactory() => new() { HostName = Host, Port = Port };

    /// <summary>Messages ready in a queue, or null when the queue does not exist.</summary>
    public async Task<uint?> QueueDepthAsync(string queue)
    {
        var factory = ConnectionFactory();
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return null;
        }
    }

    /// <summary>Every queue with its messages ready and its messages delivered but not yet acknowledged (rabbitmqctl list_queues).</summary>
    public async Task<IReadOnlyDictionary<string, (long Ready, long Unacknowledged)>> QueuesAsync()
    {
        using var list = new ChildProcess("bash", [Script, "queues", data.Path, .. Ports]);
        var code = await list.WaitAsync(TimeSpan.FromSeconds(30));
        if (code != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl list_queues failed (exit {code}):\n{list.Output}");
        }

        return list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('\t'))
            .Where(f => f.Length == 3)
            .ToDictionary(f => f[0], f => (long.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture), long.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>The headers of the first message in a queue, which stays there (it is not acknowledged); null when empty.</summary>
    public async Task<IDictionary<string, object?>?> PeekHeadersAsync(string queue)
    {
        var factory = ConnectionFactory();
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var message = await channel.BasicGetAsync(queue, autoAck: false);
        if (message is null)
        {
            return null;
        }

        await channel.BasicNackAsync(message.DeliveryTag, multiple: false, requeue: true);
        return message.BasicProperties.Headers ?? new Dictionary<string, object?>();
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

    private static readonly Lock PortLock = new();
    private static readonly HashSet<int> PortsGiven = [];

    /// <summary>
    /// A loopback port no one listens on, for a service or node to bind later. It is drawn below the kernel's range of
    /// ephemeral ports (32768–60999 on Linux): a port the kernel handed out and took back could be taken, before the
    /// service binds it, by one of the many outgoing connections a test of ten service processes opens. Each port is
    /// given once per test process.
    /// </summary>
    public static int FreePort()
    {
        lock (PortLock)
        {
            for (var attempt = 0; attempt < 1000; attempt++)
            {
                var port = Random.Shared.Next(FirstPort, LastPort + 1);
                if (PortsGiven.Contains(port))
                {
                    continue;
                }

                try
                {
                    using var listener = new TcpListener(IPAddress.Loopback, port);
                    listener.Start();
                }
                catch (SocketException)
                {
                    continue;
                }

                PortsGiven.Add(port);
                return port;
            }
        }

        throw new InvalidOperationException($"No free loopback port between {FirstPort} and {LastPort}.");
    }

    private const int FirstPort = 20000;
    private const int LastPort = 32000;
}
