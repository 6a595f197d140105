namespace InfoSeek.Contracts;

/// <summary>The question that the tree became.</summary>
public sealed record QuestionVerbalized(Guid RunId, Guid TreeId, int Step, string Question, string Answer, TreeSnapshot Tree, AgentBackends? Backends = null) : ITreeMessage;
