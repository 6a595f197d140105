namespace InfoSeek.Contracts;

/// <summary>Asks the Browser to read a page and mine its claims; Title null means a random page chosen with RandomSeed. Backends is the run's (null: deterministic).</summary>
public sealed record BrowsePage(Guid RunId, Guid TreeId, int Step, int VertexId, string? Title, int RandomSeed, int MinLinks, AgentBackends? Backends = null) : ITreeMessage;
