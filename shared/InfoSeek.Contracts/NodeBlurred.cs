namespace InfoSeek.Contracts;

/// <summary>Blurring chose the claims (each also a candidate of the request) and proves uniqueness with the certificate.</summary>
public sealed record NodeBlurred(Guid RunId, Guid TreeId, int Step, int VertexId, IReadOnlyList<ClaimCandidate> Chosen, Certificate Certificate) : ITreeMessage;
