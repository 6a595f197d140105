namespace InfoSeek.Contracts;

/// <summary>The Sampler's verdict on a question; an accepted sample carries its trajectory.</summary>
/// <param name="Filters">Every filter's outcome, in the order they ran (absent from older senders).</param>
/// <param name="Question">
/// The question judged, with its <paramref name="Answer"/>: the Planner and the Sampler both consume
/// QuestionVerbalized, so the verdict may reach the Planner first, and the Planner then stores the
/// question from here (absent from older senders).
/// </param>
public sealed record SampleJudged(
    Guid RunId,
    Guid TreeId,
    int Step,
    bool Accepted,
    string? Reason,
    Trajectory? Trajectory,
    IReadOnlyList<FilterOutcome>? Filters = null,
    string? Question = null,
    string? Answer = null) : ITreeMessage;
