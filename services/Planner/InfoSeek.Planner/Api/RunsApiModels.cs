using System.Text.Json.Nodes;
using InfoSeek.Contracts;
using InfoSeek.Domain;
using InfoSeek.Storage;

namespace InfoSeek.Planner;

/// <summary>The body of POST /api/runs. Name and count are required; every other setting defaults as in <see cref="StartRun"/>.</summary>
/// <param name="Name">The run's name; the run id is derived from it, so the same name always means the same run.</param>
/// <param name="Count">How many accepted questions the run should produce.</param>
/// <param name="Seed">Seeds every choice of the run (default 1).</param>
/// <param name="MinVertices">Fewest vertices per tree (default 3).</param>
/// <param name="MaxVertices">Most vertices per tree (default 5).</param>
/// <param name="MaxDepth">Deepest level of a tree, the root being 0 (default 3).</param>
/// <param name="MaxBreadth">Most children of one vertex (default 3).</param>
/// <param name="PerAnswer">Most accepted questions one answer may carry, each from a tree with other vertices (default 1).</param>
/// <param name="Parallelism">Trees grown at the same time (default 8); does not change the output.</param>
/// <param name="Corpus">The name of a corpus the Browser serves (GET /api/corpus/corpora); absent: its default corpus.</param>
/// <param name="Backends">Per agent role, "deterministic" (the default) or "llm", e.g. {"verbalizer": "llm"}; a role on "llm" needs its Llm:&lt;Role&gt; endpoint.</param>
public sealed record StartRunRequest(
    string? Name,
    int? Count,
    int? Seed = null,
    int? MinVertices = null,
    int? MaxVertices = null,
    int? MaxDepth = null,
    int? MaxBreadth = null,
    int? Parallelism = null,
    string? Corpus = null,
    AgentBackends? Backends = null,
    int? PerAnswer = null);

/// <summary>The answer to POST /api/runs: the run's id and where to follow it.</summary>
/// <param name="Status">The run's status when the request joined an existing run; null for a new run, which the Planner creates from the published StartRun.</param>
public sealed record RunAccepted(Guid RunId, string Name, RunStatus? Status, string Location);

/// <summary>One run in GET /api/runs.</summary>
public sealed record RunSummary(Guid RunId, string Name, RunStatus Status, int Target, int TreesStarted);

/// <summary>
/// A run's status and progress: accepted questions (at most the run's PerAnswer per answer), its trees by status,
/// the rejected and failed trees by kind of reason, and the time it has run (to its end, once ended).
/// </summary>
public sealed record RunView(
    Guid RunId,
    string Name,
    RunStatus Status,
    int Target,
    int Accepted,
    int TreesStarted,
    IReadOnlyDictionary<string, int> Trees,
    StartRun Settings,
    IReadOnlyDictionary<string, int> Rejected,
    IReadOnlyDictionary<string, int> Failed,
    DateTime? CreatedAt,
    DateTime? CompletedAt,
    double ElapsedSeconds);

/// <summary>How one tree of a run stands or ended; Answer is its root page once chosen.</summary>
public sealed record TreeSummary(int TreeNo, Guid TreeId, TreeStatus Status, string? FailureReason, string? Answer);

/// <summary>
/// One tree with its state, its question once verbalized, the tree in InfoSeek's JSON shape, each vertex's
/// letter, blur and certificate, and the Sampler's verdict with the trajectory once judged.
/// </summary>
public sealed record TreeView(
    Guid RunId, int TreeNo, Guid TreeId, TreeStatus Status, string? FailureReason, string? Question, JsonObject Tree,
    IReadOnlyList<VertexView> Vertices, TreeSample? Sample);

/// <summary>A vertex by its letter in the tree JSON: blurred vertices carry the certificate that pins them down.</summary>
public sealed record VertexView(string Id, string? ParentId, string Entity, bool Blurred, Certificate? Certificate);

/// <summary>A judged question of the run, accepted or rejected, with the size and depth of its tree.</summary>
/// <param name="ReasonCategory">The kind of the rejection reason (its particulars dropped); null when accepted.</param>
public sealed record SampleView(
    int TreeNo, Guid TreeId, string Question, string Answer, bool Accepted, string? Reason, string? ReasonCategory, int Vertices, int Depth);

/// <summary>An accepted sample of the run's dataset.</summary>
public sealed record QuestionView(int TreeNo, Guid TreeId, string Question, string Answer, Trajectory? Trajectory);
