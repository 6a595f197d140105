using System.Globalization;
using System.Text;
using InfoSeek.Contracts;
using InfoSeek.Domain;
using InfoSeek.Llm.Roles;

namespace InfoSeek.Planner;

/// <summary>The Planner role's decision: which of the actions its rules allow now is taken.</summary>
public interface IActionDecision
{
    /// <param name="options">The allowed actions, all of one kind, in the rules' order.</param>
    /// <param name="rng">Seeded by (run seed, tree number, step), shared with the link decision.</param>
    Task<TreeActionOption> ChooseAsync(ResearchTree tree, StartRun run, IReadOnlyList<TreeActionOption> options, Random rng, CancellationToken ct);
}

/// <summary>The Browser role's decision, taken where the tree is: which hyperlink of the parent's page becomes its child.</summary>
public interface ILinkDecision
{
    /// <param name="links">Relation claims of the parent to in-corpus pages not in the tree, one per target.</param>
    Task<ClaimCandidate> ChooseAsync(ResearchTree tree, TreeVertex parent, IReadOnlyList<ClaimCandidate> links, Random rng, CancellationToken ct);
}

/// <summary>The back ends of the two decisions for one run.</summary>
public sealed record TreeDecisions(IActionDecision Actions, ILinkDecision Links)
{
    public static readonly TreeDecisions Deterministic = new(SeededDecisions.Instance, SeededDecisions.Instance);
}

/// <summary>
/// Records the choices of the wrapped decisions (a model's failure included) while the policy runs on
/// a copy of the tree, then replays them in the same order when it runs again on the stored tree.
/// </summary>
public sealed class RecordedDecisions(TreeDecisions inner) : IActionDecision, ILinkDecision
{
    private readonly List<object> log = [];
    private int position = -1;

    /// <summary>From now on every choice is taken from the record, none is asked.</summary>
    public void Replay() => position = 0;

    public Task<TreeActionOption> ChooseAsync(ResearchTree tree, StartRun run, IReadOnlyList<TreeActionOption> options, Random rng, CancellationToken ct) =>
        NextAsync(() => inner.Actions.ChooseAsync(tree, run, options, rng, ct));

    public Task<ClaimCandidate> ChooseAsync(ResearchTree tree, TreeVertex parent, IReadOnlyList<ClaimCandidate> links, Random rng, CancellationToken ct) =>
        NextAsync(() => inner.Links.ChooseAsync(tree, parent, links, rng, ct));

    private async Task<T> NextAsync<T>(Func<Task<T>> ask)
        where T : notnull
    {
        if (position < 0)
        {
            try
            {
                var choice = await ask();
                log.Add(choice);
                return choice;
            }
            catch (Llm.LlmException e)
            {
                log.Add(e);
                throw;
            }
        }

        if (position >= log.Count)
        {
            throw new InvalidOperationException("The tree changed between asking the model and applying its choice; the message is handled again.");
        }

        return log[position++] switch
        {
            Llm.LlmException e => throw e,
            var choice => (T)choice,
        };
    }
}

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

/// <summary>The Planner's model back end (prompt planner.action.v1); a single allowed action is taken without asking.</summary>
public sealed class ModelActionDecision(ActionChooser chooser) : IActionDecision
{
    public async Task<TreeActionOption> ChooseAsync(ResearchTree tree, StartRun run, IReadOnlyList<TreeActionOption> options, Random rng, CancellationToken ct)
    {
        if (options.Count == 1)
        {
            return options[0];
        }

        var targets = string.Create(CultureInfo.InvariantCulture,
            $"{tree.TargetVertices} vertices, depth at most {run.MaxDepth}, at most {run.MaxBreadth} children per vertex");
        var choice = await chooser.ChooseAsync(tree.RunId, TreeText.Describe(tree), targets, options, ct);
        return options.First(o => o.Action == choice.Action && o.VertexId == choice.VertexId);
    }
}

/// <summary>The Browser's model back end for links (prompt browser.link.v1); a single link is taken without asking.</summary>
public sealed class ModelLinkDecision(LinkChooser chooser) : ILinkDecision
{
    public async Task<ClaimCandidate> ChooseAsync(ResearchTree tree, TreeVertex parent, IReadOnlyList<ClaimCandidate> links, Random rng, CancellationToken ct)
    {
        if (links.Count == 1)
        {
            return links[0];
        }

        var inTree = tree.Vertices.Select(v => v.Entity).OfType<string>().ToList();
        var choice = await chooser.ChooseAsync(
            tree.RunId, parent.Entity ?? "", inTree, links.Select(l => new LinkOption(l.Target!, l.Evidence.Sentence)).ToList(), ct);
        return links.First(l => string.Equals(l.Target, choice.Title, StringComparison.Ordinal));
    }
}

/// <summary>The tree as the planner's prompts show it: one vertex a line, indented by depth.</summary>
public static class TreeText
{
    public static string Describe(ResearchTree tree)
    {
        var text = new StringBuilder();
        void Write(TreeVertex v, int depth)
        {
            var state = v.Blurred ? "blurred" : v.Browsed ? "browsed" : "not browsed";
            text.Append(' ', depth * 2).Append(CultureInfo.InvariantCulture, $"{v.Id} {v.Entity ?? "(page not chosen)"}")
                .Append(v.TypeDescriptor is { } type ? $" ({type})" : "").Append(CultureInfo.InvariantCulture, $" [{state}, depth {depth}]").Append('\n');
            foreach (var claim in v.Claims.Where(c => c.TargetVertexId is null))
            {
                text.Append(' ', (depth * 2) + 4).Append("claim: ").Append(claim.Text).Append('\n');
            }

            foreach (var child in tree.Children(v.Id))
            {
                var relation = v.Claims.FirstOrDefault(c => c.TargetVertexId == child.Id);
                if (relation is not null)
                {
                    text.Append(' ', (depth * 2) + 4).Append(CultureInfo.InvariantCulture, $"relation to {child.Id}: {relation.Text}").Append('\n');
                }

                Write(child, depth + 1);
            }
        }

        Write(tree.Vertices[0], 0);
        return text.ToString().TrimEnd();
    }
}
