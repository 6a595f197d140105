using System.ComponentModel.DataAnnotations;

namespace InfoSeek.Planner;

/// <summary>How the Planner treats trees that wait too long on a reply. Bound from the "Planner" configuration section.</summary>
public sealed class PlannerOptions
{
    /// <summary>A tree whose pending command has had no reply for this long is sent it again.</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "1.00:00:00")]
    public TimeSpan StallAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Re-sends of one command before the tree is marked failed ("no reply to BlurNode after N attempts").</summary>
    [Range(0, 100)]
    public int StallResends { get; set; } = 3;

    /// <summary>
    /// When set, the Planner takes up only this run's trees when it starts and when they stall. The one-process CLI sets
    /// it: its Browser serves the corpus of its own run, so another run kept in the same state file must wait for its
    /// own resume rather than go on over the wrong corpus.
    /// </summary>
    public Guid? OnlyRun { get; set; }

    /// <summary>How often the Planner looks for stalled trees: a quarter of the bound, at most every 30 seconds.</summary>
    public TimeSpan StallCheckInterval => TimeSpan.FromTicks(Math.Min(StallAfter.Ticks / 4, TimeSpan.FromSeconds(30).Ticks));
}
