namespace InfoSeek.Contracts;

/// <summary>The question that the tree became; the Sampler judges it on the run's Corpus (null: the default).</summary>
public sealed record QuestionVerbalized(Guid RunId, Guid TreeId, int Step, string Question, string Answer, TreeSnapshot Tree, AgentBackends? Backends = null, string? Corpus = null) : ITreeMessage;
