using InfoSeek.Contracts;

namespace InfoSeek.Domain.Agents;

/// <summary>
/// The deterministic back end: a vertex to extend and its link are drawn from the seeded generator
/// (vertex first, so that a page with many links does not always win); blurring takes the rules' first
/// vertex, the deepest.
/// </summary>
public sealed class SeededDecisions : IActionDecision, ILinkDecision
{
    public static readonly SeededDecisions Instance = new();

    private SeededDecisions()
    {
    }

    public Task<TreeActionOption> ChooseAsync(ResearchTree tree, StartRun run, IReadOnlyList<TreeActionOption> options, Random rng, CancellationToken ct) =>
        Task.FromResult(options[0].Action == TreeActionKind.Extend ? options[rng.Next(options.Count)] : options[0]);

    public Task<ClaimCandidate> ChooseAsync(ResearchTree tree, TreeVertex parent, IReadOnlyList<ClaimCandidate> links, Random rng, CancellationToken ct) =>
        Task.FromResult(links[rng.Next(links.Count)]);
}
