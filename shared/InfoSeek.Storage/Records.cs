using InfoSeek.Contracts;

namespace InfoSeek.Storage;

public enum RunStatus
{
    Running,
    Completed,

    /// <summary>The run stopped before it had its questions: too many trees failed in a row.</summary>
    Exhausted,
}

/// <summary>A run as stored: its request, its state and its optimistic-concurrency version.</summary>
/// <param name="CreatedAt">When the run was stored (UTC); set by the store, ignored on insert.</param>
/// <param name="CompletedAt">When the run stopped running (UTC); null while it runs.</param>
public sealed record RunRecord(
    Guid RunId,
    string Name,
    StartRun Request,
    RunStatus Status,
    int TreesStarted,
    int Version,
    DateTime? CreatedAt = null,
    DateTime? CompletedAt = null);

/// <summary>How one tree of a run ended, for progress and completion decisions; Answer is the root's page once chosen.</summary>
/// <param name="VertexSet">The tree's <see cref="DatasetSelection.VertexSet"/> when it has an accepted sample and vertex sets were asked for.</param>
public sealed record TreeOutcome(int TreeNo, Guid TreeId, Domain.TreeStatus Status, string? FailureReason, string? Answer, string? VertexSet = null);

/// <summary>An accepted or rejected sample as the exporters read it back.</summary>
public sealed record StoredSample(
    int TreeNo,
    Guid TreeId,
    string Question,
    string Answer,
    TreeSnapshot Tree,
    bool Accepted,
    string? Reason,
    Trajectory? Trajectory,
    IReadOnlyList<FilterOutcome>? Filters = null);

/// <summary>The Sampler's verdict on one tree's question: accepted or the reason why not, its filters and trajectory.</summary>
public sealed record TreeSample(bool Accepted, string? Reason, Trajectory? Trajectory, IReadOnlyList<FilterOutcome>? Filters);

/// <summary>A judged sample without its tree, question or trajectory: what the dataset rule and the report's filter rates read.</summary>
/// <param name="VertexSet">The tree's <see cref="DatasetSelection.VertexSet"/> when the sample is accepted and vertex sets were asked for.</param>
public sealed record SampleSummary(int TreeNo, Guid TreeId, string Answer, bool Accepted, IReadOnlyList<FilterOutcome>? Filters, string? VertexSet = null);

/// <summary>Thrown when a row changed since it was read; the message is retried on fresh state.</summary>
public sealed class ConcurrencyConflictException(string message) : Exception(message);
