using System.Diagnostics.Metrics;

namespace InfoSeek.Hosting;

/// <summary>
/// The "InfoSeek" meter, exported by <see cref="ServiceDefaults"/> next to MassTransit's own meter
/// (which already counts every message consumed, by type, with its duration).
/// </summary>
public static class InfoSeekMetrics
{
    public const string MeterName = ServiceDefaults.ActivitySourceName;

    private static readonly Meter Meter = new(MeterName);

    public static readonly Counter<long> TreesStarted =
        Meter.CreateCounter<long>("infoseek.trees.started", "{tree}", "Research trees the Planner started.");

    /// <summary>Tagged with "status": Accepted, Rejected, Failed or Abandoned.</summary>
    public static readonly Counter<long> TreesEnded =
        Meter.CreateCounter<long>("infoseek.trees.ended", "{tree}", "Research trees that ended, by final status.");

    /// <summary>Tagged with "accepted": true or false.</summary>
    public static readonly Counter<long> QuestionsJudged =
        Meter.CreateCounter<long>("infoseek.questions.judged", "{question}", "Questions the Sampler judged, by verdict.");

    /// <summary>Tagged with "status" like <see cref="TreesEnded"/>: from the tree's start to its end, in seconds.</summary>
    public static readonly Histogram<double> TreeDuration =
        Meter.CreateHistogram<double>("infoseek.tree.duration", "s", "How long research trees took from start to end, by final status.");
}
