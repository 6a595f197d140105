using InfoSeek.Contracts;
using InfoSeek.Domain;
using InfoSeek.Domain.Agents;
using InfoSeek.Llm;
using InfoSeek.Llm.Roles;

namespace InfoSeek.Planner.Agents;

/// <summary>The Browser's model back end for links (prompt browser.link.v1); a single link is taken without asking.</summary>
public sealed class ModelLinkDecision(LinkChooser chooser) : ILinkDecision
{
    public async Task<ClaimCandidate> ChooseAsync(ResearchTree tree, TreeVertex parent, IReadOnlyList<ClaimCandidate> links, Random rng, CancellationToken ct)
    {
        if (links.Count == 1)
        {
            return links[0];
        }

        using var scope = LlmCallScope.ForTree(tree.TreeId);
        var inTree = tree.Vertices.Select(v => v.Entity).OfType<string>().ToList();
        var choice = await chooser.ChooseAsync(
            tree.RunId, parent.Entity ?? "", inTree, links.Select(l => new LinkOption(l.Target!, l.Evidence.Sentence)).ToList(), ct);
        return links.First(l => string.Equals(l.Target, choice.Title, StringComparison.Ordinal));
    }
}
