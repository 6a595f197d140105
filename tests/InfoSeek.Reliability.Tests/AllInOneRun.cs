using InfoSeek.Cli;
using InfoSeek.Contracts;
using InfoSeek.Domain;
using InfoSeek.Hosting;
using InfoSeek.Planner;
using InfoSeek.Sampler;
using InfoSeek.Storage;
using InfoSeek.TestSupport;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace InfoSeek.Reliability.Tests;

/// <summary>
/// Every service in one web host as `infoseek synthesize` composes them (in-memory bus, SQLite), with the Planner's
/// API on a loopback port and a <see cref="DeliveryFilter{T}"/> on every endpoint; one run, of <see cref="Request"/> unless
/// a test asks for another.
/// </summary>
public sealed class AllInOneRun : IAsyncDisposable
{
    /// <summary>A run delivering every message twice does twice the work on a shared two-core machine.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>The same run in every test (same name, so the same ids): one question on the sample corpus.</summary>
    public static readonly StartRun Request = new()
    {
        RunId = DeterministicIds.RunId("reliability"),
        Name = "reliability",
        Count = 1,
        Seed = 1,
        Parallelism = 4,
    };

    public static Guid TreeId(int treeNo) => DeterministicIds.TreeId(Request.RunId, treeNo);

    private readonly TempDirectory temp = new();
    private readonly WebApplication app;
    private readonly StartRun request;

    private AllInOneRun(Dictionary<string, string?> settings, StartRun request)
    {
        this.request = request;
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton(Deliveries);
        builder.AddConsumers(x => x.AddConfigureEndpointsCallback((context, _, endpoint) =>
        {
            endpoint.UseConsumeFilter(typeof(DeliveryFilter<>), context);
            endpoint.ConnectConsumerConfigurationObserver(new ThrowingConsumers(Deliveries));
        }));
        AllInOneHost.Compose(builder, Repository.SampleIndex, temp.File("state.db"), settings);
        app = builder.Build();
        app.MapPlanner();
    }

    public Deliveries Deliveries { get; } = new();

    public StateStore Store => app.Services.GetRequiredService<StateStore>();

    public HttpClient Api { get; private set; } = null!;

    /// <summary>Starts the host with <paramref name="settings"/> over the defaults and publishes the run.</summary>
    public static async Task<AllInOneRun> StartAsync(Func<object, Delivery>? rule = null, Dictionary<string, string?>? settings = null, StartRun? request = null)
    {
        var run = new AllInOneRun(settings ?? [], request ?? Request);
        if (rule is not null)
        {
            run.Deliveries.Rule = rule;
        }

        await run.app.StartAsync();
        run.Api = new HttpClient { BaseAddress = new Uri(run.app.Urls.First()) };
        await run.app.Services.GetRequiredService<IBus>().Publish(run.request);
        return run;
    }

    /// <summary>Waits until <paramref name="done"/> holds of the run (the Planner's writes are polled).</summary>
    public async Task<RunRecord> WaitAsync(Func<RunRecord, IReadOnlyList<TreeOutcome>, bool> done)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < Timeout)
        {
            if (await Store.FindRunAsync(request.RunId, CancellationToken.None) is { } run
                && done(run, await Store.TreeOutcomesAsync(request.RunId, CancellationToken.None)))
            {
                return run;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The run did not get there within {Timeout}: {string.Join(", ", await OutcomesAsync())}");
    }

    public Task<RunRecord> WaitUntilEndedAsync() => WaitAsync((run, _) => run.Status != RunStatus.Running);

    public async Task<IReadOnlyList<TreeOutcome>> OutcomesAsync() => await Store.TreeOutcomesAsync(request.RunId, CancellationToken.None);

    /// <summary>Writes the run's dataset as `infoseek export` does and returns the folder.</summary>
    public async Task<string> ExportAsync()
    {
        var folder = temp.File("dataset");
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatasetExporter>().ExportAsync(request.RunId, folder, CancellationToken.None);
        return folder;
    }

    public async ValueTask DisposeAsync()
    {
        Api?.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        temp.Dispose();
    }
}
