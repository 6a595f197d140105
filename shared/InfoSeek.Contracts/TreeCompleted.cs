namespace InfoSeek.Contracts;

/// <summary>Every vertex of the tree is valid; the Verbalizer turns it into a question. Corpus is the run's, passed on to the Sampler.</summary>
public sealed record TreeCompleted(Guid RunId, Guid TreeId, int Step, TreeSnapshot Tree, AgentBackends? Backends = null, string? Corpus = null) : ITreeMessage;
