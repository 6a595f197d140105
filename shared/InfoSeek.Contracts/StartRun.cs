namespace InfoSeek.Contracts;

/// <summary>
/// Starts a run of <see cref="Count"/> accepted questions. May be published as plain JSON by any
/// AMQP client; everything but RunId and Count has a default.
/// </summary>
public sealed record StartRun
{
    public required Guid RunId { get; init; }

    /// <summary>A name for people; the CLI's --run.</summary>
    public string Name { get; init; } = "";

    /// <summary>How many accepted questions the run should produce.</summary>
    public required int Count { get; init; }

    /// <summary>
    /// How many accepted questions one answer (root page) may carry, each from a tree with a vertex set
    /// of its own; the run then has about Count / PerAnswer answers. 1 (the default): one question per answer.
    /// </summary>
    public int PerAnswer { get; init; } = 1;

    /// <summary>Seeds every choice of the run; the same seed and corpus give the same questions.</summary>
    public int Seed { get; init; } = 1;

    public int MinVertices { get; init; } = 3;

    public int MaxVertices { get; init; } = 5;

    public int MaxDepth { get; init; } = 3;

    public int MaxBreadth { get; init; } = 3;

    /// <summary>How many trees are grown at the same time.</summary>
    public int Parallelism { get; init; } = 8;

    /// <summary>
    /// The name of a corpus the Browser serves (Browser:Corpora:&lt;name&gt;); null (the default) is
    /// its default corpus.
    /// </summary>
    public string? Corpus { get; init; }

    /// <summary>
    /// The corpus file's name ("wikispeedia.jsonl.gz"), kept with the run: the dataset card names it and its licence
    /// (the Sampler's CorpusLicence), and a resume on another corpus is refused. The CLI sets it; null is unknown.
    /// </summary>
    public string? CorpusFile { get; init; }

    /// <summary>The back end of each agent role; null (the default) is deterministic in every role.</summary>
    public AgentBackends? Backends { get; init; }
}
