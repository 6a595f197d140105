namespace InfoSeek.Contracts;

/// <summary>
/// Every message about one research tree carries the run, the tree and the tree's step number.
/// The step grows by one with every action the planner takes on the tree, so a redelivered or
/// stale message (its step is not the tree's current step) is recognised and ignored.
/// </summary>
public interface ITreeMessage
{
    Guid RunId { get; }
    Guid TreeId { get; }
    int Step { get; }
}
