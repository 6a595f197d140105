using InfoSeek.Contracts;
using InfoSeek.Domain;
using InfoSeek.Domain.Agents;
using InfoSeek.Domain.Trees;

namespace InfoSeek.Planner;

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
