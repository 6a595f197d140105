namespace InfoSeek.Contracts;

/// <summary>The Browser read a page: its type descriptor and the claim candidates mined from it.</summary>
public sealed record PageBrowsed(Guid RunId, Guid TreeId, int Step, int VertexId, string Title, string? TypeDescriptor, IReadOnlyList<ClaimCandidate> Claims) : ITreeMessage;
