using System.Text;
using System.Text.RegularExpressions;
using InfoSeek.Contracts;
using InfoSeek.Domain;
using InfoSeek.Domain.Agents;
using InfoSeek.Llm;
using InfoSeek.Llm.Roles;

namespace InfoSeek.Verbalizer.Agents;

/// <summary>
/// The Verbalizer's model back end (prompt verbalizer.rewrite.v1): the grammar's question is the draft
/// the model rewrites; the rewrite must pass the same checks (a failing one gets the corrective retry),
/// and a model that fails throws <see cref="LlmException"/> with the reason.
/// </summary>
public sealed partial class ModelQuestionWriter(QuestionRewriter rewriter) : IQuestionWriter
{
    public async Task<string> WriteAsync(TreeCompleted completed, string draft, Func<string, string?> check, CancellationToken ct)
    {
        using var scope = LlmCallScope.ForTree(completed.TreeId);
        return await rewriter.RewriteAsync(completed.RunId, draft, Describe(completed.Tree), check, ct);
    }

    /// <summary>
    /// The tree's constraints for the rewrite prompt, one vertex a line by its letter: hidden vertices
    /// only by type, so the prompt never hands the model a name the question must not contain.
    /// </summary>
    public static string Describe(TreeSnapshot tree)
    {
        var text = new StringBuilder();
        foreach (var v in tree.Vertices)
        {
            var role = v.ParentId is null ? "the answer" : $"a hidden entity below {VertexLetters.Of(v.ParentId.Value)}";
            text.Append($"{VertexLetters.Of(v.Id)} ({role}; {v.TypeDescriptor ?? "type unknown"})");
            // A claim's A is this vertex and its B the child's letter or the named target.
            var claims = v.Claims.Select(c => ClaimText.Placeholder().Replace(c.Text, p => p.Value == "A"
                ? VertexLetters.Of(v.Id)
                : c.TargetVertexId is { } child ? VertexLetters.Of(child) : c.Target ?? p.Value)).ToList();
            text.Append(claims.Count == 0 ? "\n" : ": " + string.Join("; ", claims) + "\n");
        }

        return text.ToString().TrimEnd();
    }
}
