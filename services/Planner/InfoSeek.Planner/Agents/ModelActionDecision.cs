using InfoSeek.Domain.Trees;
using System.Globalization;
using System.Text;
using InfoSeek.Contracts;
using InfoSeek.Domain;
using InfoSeek.Domain.Agents;
using InfoSeek.Llm;
using InfoSeek.Llm.Roles;

namespace InfoSeek.Planner.Agents;

/// <summary>The Planner's model back end (prompt planner.action.v1); a single allowed action is taken without asking.</summary>
public sealed class ModelActionDecision(ActionChooser chooser) : IActionDecision
{
    public async Task<TreeActionOption> ChooseAsync(ResearchTree tree, StartRun run, IReadOnlyList<TreeActionOption> options, Random rng, CancellationToken ct)
    {
        if (options.Count == 1)
        {
            return options[0];
        }

        using var scope = LlmCallScope.ForTree(tree.TreeId);
        var targets = TreeShape.Of(run).Describe(tree.TargetVertices);
        var choice = await chooser.ChooseAsync(tree.RunId, TreeText.Describe(tree), targets, options, ct);
        return options.First(o => o.Action == choice.Action && o.VertexId == choice.VertexId);
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
