using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InfoSeek.Planner;

/// <summary>
/// Looks for trees whose pending command has had no reply for <see cref="PlannerOptions.StallAfter"/> (a worker down,
/// a message lost) and sends it again, or fails the tree once its re-sends are used up (see <see cref="TreeRecovery"/>).
/// </summary>
public sealed class StallDetector(
    IServiceScopeFactory scopes,
    IBus bus,
    IOptions<PlannerOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<StallDetector> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The bus is started with the host; nothing is sent before.
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }

        using var timer = new PeriodicTimer(options.Value.StallCheckInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                using var scope = scopes.CreateScope();
                var recovery = scope.ServiceProvider.GetRequiredService<TreeRecovery>();
                foreach (var command in await recovery.ResendStalledAsync(DateTime.UtcNow, stoppingToken))
                {
                    await bus.Publish(command, command.GetType(), stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogError(e, "Looking for stalled trees failed");
            }
        }
    }
}
