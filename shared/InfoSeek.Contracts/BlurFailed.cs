namespace InfoSeek.Contracts;

/// <summary>No set of claims identifies the vertex without a single claim giving it away.</summary>
public sealed record BlurFailed(Guid RunId, Guid TreeId, int Step, int VertexId, string Reason) : ITreeMessage;
