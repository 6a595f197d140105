namespace InfoSeek.Contracts;

/// <summary>Asks Blurring to choose claims that identify the vertex uniquely while no claim alone does; Corpus is the run's (null: the default).</summary>
public sealed record BlurNode(Guid RunId, Guid TreeId, int Step, int VertexId, TreeSnapshot Tree, IReadOnlyList<ClaimCandidate> Candidates, AgentBackends? Backends = null, string? Corpus = null) : ITreeMessage;
