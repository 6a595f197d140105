namespace InfoSeek.Contracts;

/// <summary>
/// Blurring chose the claims (each also a candidate of the request) and proves uniqueness with the
/// certificate. <paramref name="DroppedLeaves"/>: leaf children whose relations the other claims made
/// redundant; they leave the tree with their relations.
/// </summary>
public sealed record NodeBlurred(
    Guid RunId, Guid TreeId, int Step, int VertexId, IReadOnlyList<ClaimCandidate> Chosen, Certificate Certificate, IReadOnlyList<int>? DroppedLeaves = null) : ITreeMessage;
