using System.ComponentModel.DataAnnotations;

namespace InfoSeek.Hosting;

public enum BusTransport
{
    /// <summary>In-process: the all-in-one CLI and unit tests.</summary>
    InMemory,

    /// <summary>A RabbitMQ broker: docker compose, Kubernetes, integration tests.</summary>
    RabbitMq,
}

/// <summary>The message bus. Bound from the "Bus" configuration section.</summary>
public sealed class BusOptions
{
    public BusTransport Transport { get; set; } = BusTransport.InMemory;

    [Required]
    public string Host { get; set; } = "localhost";

    [Range(1, 65535)]
    public int Port { get; set; } = 5672;

    public string VirtualHost { get; set; } = "/";

    public string Username { get; set; } = "guest";

    public string Password { get; set; } = "guest";

    /// <summary>The passwords docker-compose.yml and k8s/base/secret.yaml ship for development.</summary>
    public static readonly IReadOnlyList<string> DevelopmentPasswords = ["infoseek", "infoseek-dev-password"];

    /// <summary>
    /// The shipped development password, or RabbitMQ's own "guest" on a broker that is not on this machine (a broker
    /// takes "guest" only from localhost, so it is a development setting there too).
    /// </summary>
    public bool UsesDevelopmentPassword =>
        DevelopmentPasswords.Contains(Password) || (Password == "guest" && Host is not ("localhost" or "127.0.0.1" or "::1"));

    /// <summary>Immediate retries of a failing message before it goes to the endpoint's _error queue.</summary>
    [Range(0, 20)]
    public int RetryLimit { get; set; } = 5;
}
