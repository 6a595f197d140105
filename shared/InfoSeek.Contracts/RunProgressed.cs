namespace InfoSeek.Contracts;

/// <summary>Published after every tree that ends (accepted, rejected or failed).</summary>
public sealed record RunProgressed(Guid RunId, int Target, int Accepted, int Rejected, int Failed, int TreesStarted);
