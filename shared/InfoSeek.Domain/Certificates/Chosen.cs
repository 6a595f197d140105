using InfoSeek.Contracts;
using InfoSeek.Domain.Claims;

namespace InfoSeek.Domain.Certificates;

/// <summary>
/// A claim the Blurrer may choose: its set for the intersection, its set as a single clue (the two
/// differ for a relation to a blurred child, taken as the child itself in the one and as unknown in
/// the other), and for a relation to a leaf the leaf's vertex id.
/// </summary>
internal sealed class Chosen(ClaimCandidate claim, SatisfyingPages set, SatisfyingPages clue, int? leafChild)
{
    public ClaimCandidate Claim { get; } = claim;

    public SatisfyingPages Set { get; } = set;

    public SatisfyingPages Clue { get; } = clue;

    public int? LeafChild { get; } = leafChild;

    // A set of a loose relation holds thousands of pages, and the greedy choice asks it of every page left.
    private HashSet<string>? members;

    /// <summary>Whether the page is a member of <see cref="Set"/>.</summary>
    public bool Admits(string page) => (members ??= new HashSet<string>(Set.Members, StringComparer.Ordinal)).Contains(page);
}
