using System.Collections.Concurrent;
using System.Diagnostics;
using InfoSeek.Contracts;
using InfoSeek.Hosting;
using MassTransit;

namespace InfoSeek.Cli.Bench;

/// <summary>Wall time spent in one stage of the flow, summed over its messages (consumers run in parallel, so stages can add up to more than the run).</summary>
public sealed record StageTiming(string Stage, long Messages, double Seconds);

/// <summary>
/// Times every consumer with a MassTransit consume observer, by stage: the receiving queue's name, with the
/// Browser's root pages told apart from its other pages. Activities of the "InfoSeek" source (the Sampler's
/// trajectory search) are timed too, and taken out of the stage that ran them.
/// </summary>
public sealed class StageClock : IConsumeObserver, IDisposable
{
    public const string RootChoice = "root choice";
    public const string Trajectories = "trajectories";

    /// <summary>The stage each service's queue stands for.</summary>
    private static readonly Dictionary<string, string> StageOfQueue = new(StringComparer.Ordinal)
    {
        ["browser-browse-page"] = "browse",
        ["blurring-blur-node"] = "blur",
        ["verbalizer-tree-completed"] = "verbalize",
        ["sampler-question-verbalized"] = "judge",
    };

    /// <summary>Activities timed as stages of their own, and the stage whose consumer runs them.</summary>
    private static readonly Dictionary<string, (string Stage, string Within)> StageOfActivity = new(StringComparer.Ordinal)
    {
        ["sampler.trajectory"] = (Trajectories, "judge"),
    };

    private readonly ConcurrentDictionary<ConsumeContext, long> started = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<string, Totals> stages = new(StringComparer.Ordinal);
    private readonly ActivityListener listener;

    public StageClock()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ServiceDefaults.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                if (StageOfActivity.TryGetValue(activity.OperationName, out var stage))
                {
                    Add(stage.Stage, activity.Duration.Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond, 1);
                    Add(stage.Within, -activity.Duration.Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond, 0);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
    }

    /// <summary>The stages in the order of the flow, then any others by name.</summary>
    public IReadOnlyList<StageTiming> Stages()
    {
        string[] order = [RootChoice, "browse", "blur", "verbalize", "judge", Trajectories, "planner (decide + store)"];
        return stages
            .OrderBy(s => Array.IndexOf(order, s.Key) is var i and >= 0 ? i : order.Length)
            .ThenBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => new StageTiming(s.Key, s.Value.Messages, Math.Max(0, s.Value.Ticks) / (double)Stopwatch.Frequency))
            .ToList();
    }

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        started[context] = Stopwatch.GetTimestamp();
        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        Stop(context);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class
    {
        Stop(context);
        return Task.CompletedTask;
    }

    private void Stop<T>(ConsumeContext<T> context)
        where T : class
    {
        if (started.TryRemove(context, out var start))
        {
            Add(StageOf(context), Stopwatch.GetTimestamp() - start, 1);
        }
    }

    private static string StageOf<T>(ConsumeContext<T> context)
        where T : class
    {
        var queue = context.ReceiveContext.InputAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        if (context.Message is BrowsePage { VertexId: 0 })
        {
            return RootChoice;
        }

        return StageOfQueue.TryGetValue(queue, out var stage) ? stage
            : queue.StartsWith("planner-", StringComparison.Ordinal) ? "planner (decide + store)"
            : queue;
    }

    private void Add(string stage, long ticks, long messages) =>
        stages.AddOrUpdate(stage, _ => new Totals(ticks, messages), (_, t) => new Totals(t.Ticks + ticks, t.Messages + messages));

    public void Dispose() => listener.Dispose();

    private readonly record struct Totals(long Ticks, long Messages);
}
