namespace InfoSeek.Contracts;

/// <summary>Every vertex of the tree is valid; the Verbalizer turns it into a question.</summary>
public sealed record TreeCompleted(Guid RunId, Guid TreeId, int Step, TreeSnapshot Tree, AgentBackends? Backends = null) : ITreeMessage;
