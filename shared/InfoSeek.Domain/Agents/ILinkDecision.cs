using InfoSeek.Contracts;

namespace InfoSeek.Domain.Agents;

/// <summary>The Browser role's decision, taken where the tree is: which hyperlink of the parent's page becomes its child.</summary>
public interface ILinkDecision
{
    /// <param name="links">Relation claims of the parent to in-corpus pages not in the tree, one per target.</param>
    Task<ClaimCandidate> ChooseAsync(ResearchTree tree, TreeVertex parent, IReadOnlyList<ClaimCandidate> links, Random rng, CancellationToken ct);
}
