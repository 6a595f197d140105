namespace InfoSeek.Contracts;

/// <summary>The Browser could not read the page (not in the corpus, or no page with enough links).</summary>
public sealed record BrowseFailed(Guid RunId, Guid TreeId, int Step, int VertexId, string? Title, string Reason) : ITreeMessage;
