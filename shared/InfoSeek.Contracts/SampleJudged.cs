namespace InfoSeek.Contracts;

/// <summary>The Sampler's verdict on a question; an accepted sample carries its trajectory.</summary>
/// <param name="Filters">Every filter's outcome, in the order they ran (absent from older senders).</param>
public sealed record SampleJudged(
    Guid RunId,
    Guid TreeId,
    int Step,
    bool Accepted,
    string? Reason,
    Trajectory? Trajectory,
    IReadOnlyList<FilterOutcome>? Filters = null) : ITreeMessage;
