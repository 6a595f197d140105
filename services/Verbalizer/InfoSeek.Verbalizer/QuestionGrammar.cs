using InfoSeek.Contracts;
using InfoSeek.Domain;

namespace InfoSeek.Verbalizer;

/// <summary>
/// The deterministic verbalizer: the root's type descriptor followed by its claims as relative
/// clauses ("that …, that … and that …"); a blurred child is described the same way where its
/// relation claim points, a leaf by its type alone ("a British artist").
/// </summary>
public static class QuestionGrammar
{
    public static string Question(TreeSnapshot tree)
    {
        var root = tree.Vertices.Single(v => v.ParentId is null);
        var description = Describe(tree, root);
        return $"What is {description}?";
    }

    private static string Describe(TreeSnapshot tree, VertexSnapshot vertex)
    {
        var head = vertex.TypeDescriptor ?? "the entity";
        var clauses = vertex.Claims.Select(c => Clause(tree, c)).ToList();
        return clauses.Count switch
        {
            0 => head,
            1 => $"{head} that {clauses[0]}",
            _ => $"{head} that {string.Join(", that ", clauses.Take(clauses.Count - 1))} and that {clauses[^1]}",
        };
    }

    /// <summary>The claim without its subject placeholder, its target written out.</summary>
    private static string Clause(TreeSnapshot tree, TreeClaim claim)
    {
        var text = claim.Text.StartsWith("A ", StringComparison.Ordinal) ? claim.Text[2..] : claim.Text;
        var target = claim.Target is null ? null : Titles.WithoutDisambiguation(claim.Target);
        if (claim.TargetVertexId is { } childId)
        {
            var child = tree.Vertices.Single(v => v.Id == childId);
            target = child.Blurred ? Describe(tree, child) : child.TypeDescriptor ?? "something";
        }

        return ClaimText.Substitute(text, "A", target);
    }
}
