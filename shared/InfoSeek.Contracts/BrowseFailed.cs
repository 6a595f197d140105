namespace InfoSeek.Contracts;

/// <summary>The Browser could not read the page (not in the corpus, or no page with enough links).</summary>
public sealed record BrowseFailed(Guid RunId, Guid TreeId, int Step, int VertexId, string? Title, string Reason) : ITreeMessage
{
    /// <summary>
    /// What the reason says when the run has used every page that can root a tree as often as it may: no further tree
    /// can give a new answer, so the Planner starts no more and the run ends Exhausted.
    /// </summary>
    public const string RootsUsedUp = "every page that can root a tree has rooted";

    /// <summary>Whether a tree's failure reason is the Browser's <see cref="RootsUsedUp"/> (the Planner prefixes it).</summary>
    public static bool SaysRootsUsedUp(string? reason) => reason?.Contains(RootsUsedUp, StringComparison.Ordinal) == true;
}
