namespace InfoSeek.Contracts;

/// <summary>Asks the Browser to read a page and mine its claims; Title null means a random page chosen with RandomSeed.</summary>
public sealed record BrowsePage(Guid RunId, Guid TreeId, int Step, int VertexId, string? Title, int RandomSeed, int MinLinks) : ITreeMessage;
