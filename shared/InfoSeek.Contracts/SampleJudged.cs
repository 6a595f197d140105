namespace InfoSeek.Contracts;

/// <summary>The Sampler's verdict on a question; an accepted sample carries its trajectory.</summary>
public sealed record SampleJudged(Guid RunId, Guid TreeId, int Step, bool Accepted, string? Reason, Trajectory? Trajectory) : ITreeMessage;
