using InfoSeek.Storage;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InfoSeek.Planner;

/// <summary>
/// After a crash, the commands that trees were waiting on may be lost with the process (in-memory
/// bus) or never published (the crash came between commit and publish). Once the host has started,
/// this sends every running tree's pending command again; idempotent consumers absorb duplicates.
/// </summary>
public sealed class PendingCommandRedelivery(
    IServiceScopeFactory scopes,
    IOptions<PlannerOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<PendingCommandRedelivery> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = Task.Run(() => RedeliverAllAsync(lifetime.ApplicationStopping)));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task RedeliverAllAsync(CancellationToken ct)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var store = scope.ServiceProvider.GetRequiredService<StateStore>();
            var bus = scope.ServiceProvider.GetRequiredService<IPublishEndpoint>();
            foreach (var runId in await store.RunningRunIdsAsync(ct))
            {
                if (options.Value.OnlyRun is { } only && runId != only)
                {
                    continue;
                }

                var count = await RedeliverAsync(store, bus, runId, ct);
                log.LogInformation("Run {RunId}: sent {Count} pending commands again", runId, count);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            log.LogError(e, "Redelivering pending commands failed");
        }
    }

    public static async Task<int> RedeliverAsync(StateStore store, IPublishEndpoint bus, Guid runId, CancellationToken ct)
    {
        var count = 0;
        foreach (var tree in await store.ActiveTreesAsync(runId, ct))
        {
            if (tree.Pending is not { } pending)
            {
                continue;
            }

            var command = PendingCommands.Message(tree.TreeId, pending);
            await bus.Publish(command, command.GetType(), ct);
            count++;
        }

        return count;
    }
}
