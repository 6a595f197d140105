namespace InfoSeek.Contracts;

/// <summary>The run has its accepted questions; the store holds every tree it grew.</summary>
public sealed record RunCompleted(Guid RunId, int Accepted, int TreesStarted);
