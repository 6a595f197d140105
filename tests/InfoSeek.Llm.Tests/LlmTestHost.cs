using InfoSeek.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InfoSeek.Llm.Tests;

/// <summary>
/// A host composed as a service's is: the service defaults (whose standard resilience handler every
/// HttpClient inherits), then the LLM registration, with every log line captured.
/// </summary>
public sealed class LlmTestHost : IAsyncDisposable
{
    public const string ApiKey = "sk-test-9f8e7d6c5b4a-do-not-log";

    private LlmTestHost(IHost host, CapturedLogs logs)
    {
        Host = host;
        Logs = logs;
    }

    public IHost Host { get; }

    public CapturedLogs Logs { get; }

    public IServiceProvider Services => Host.Services;

    public ILlmUsageRecorder Recorder => Services.GetRequiredService<ILlmUsageRecorder>();

    /// <summary>Every role on the fake server, fast retries, short timeouts; <paramref name="settings"/> override.</summary>
    public static Dictionary<string, string?> Settings(FakeChatServer server, params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["Llm:Default:BaseAddress"] = server.BaseAddress,
            ["Llm:Default:Model"] = "test-model",
            ["Llm:Default:ApiKey"] = ApiKey,
            ["Llm:Default:Temperature"] = "0.3",
            ["Llm:Default:MaxTokens"] = "512",
            ["Llm:Default:Timeout"] = "00:00:05",
            ["Llm:Default:RetryDelay"] = "00:00:00.010",
            ["Llm:Default:MaxRetries"] = "3",
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        return values;
    }

    public static async Task<LlmTestHost> StartAsync(
        IDictionary<string, string?> settings, bool serviceDefaultsFirst = true, Action<HostApplicationBuilder>? configure = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        var logs = new CapturedLogs();
        builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        if (serviceDefaultsFirst)
        {
            builder.AddServiceDefaults();
        }

        builder.Services.AddInfoSeekLlm();
        if (!serviceDefaultsFirst)
        {
            builder.AddServiceDefaults();
        }

        configure?.Invoke(builder);
        var host = builder.Build();
        try
        {
            await host.StartAsync();
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new LlmTestHost(host, logs);
    }

    public LlmClient Client(LlmRole role) => Services.GetRequiredService<LlmClients>().Get(role);

    public T Role<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
    }
}
