using System.Text;
using System.Text.RegularExpressions;
using InfoSeek.Contracts;
using InfoSeek.Domain;
using InfoSeek.Domain.Questions;
using InfoSeek.Llm;
using InfoSeek.Llm.Roles;
using MassTransit;

namespace InfoSeek.Verbalizer.Consumers;

/// <summary>
/// Writes the completed tree's question and publishes it when it passes <see cref="QuestionChecks"/>;
/// otherwise publishes <see cref="VerbalizationFailed"/> with the reason, which the Planner records as the
/// tree's failure. For a run with the Verbalizer on the model, the grammar's question is the draft the
/// model rewrites; the rewrite must pass the same checks (a failing one gets the corrective retry), and a
/// model that fails fails the verbalization with the reason.
/// </summary>
/// <param name="rewriter">The model back end; absent where the host did not add InfoSeek.Llm.</param>
public sealed partial class TreeCompletedConsumer(QuestionRewriter? rewriter = null) : IConsumer<TreeCompleted>
{
    public async Task Consume(ConsumeContext<TreeCompleted> context)
    {
        var m = context.Message;
        object result;
        try
        {
            var question = QuestionGrammar.Question(m.Tree);
            var answer = m.Tree.Vertices.Single(v => v.ParentId is null).Entity;
            if (QuestionChecks.Problem(question, m.Tree) is { } problem)
            {
                result = new VerbalizationFailed(m.RunId, m.TreeId, m.Step, problem);
            }
            else if (m.Backends?.Verbalizer == AgentBackend.Llm)
            {
                using var scope = LlmCallScope.ForTree(m.TreeId);
                var rewritten = await (rewriter ?? throw NotConfigured()).RewriteAsync(m.RunId, question, Describe(m.Tree), q => QuestionChecks.Problem(q, m.Tree), context.CancellationToken);
                result = new QuestionVerbalized(m.RunId, m.TreeId, m.Step, rewritten, answer, m.Tree, m.Backends, m.Corpus);
            }
            else
            {
                result = new QuestionVerbalized(m.RunId, m.TreeId, m.Step, question, answer, m.Tree, m.Backends, m.Corpus);
            }
        }
        catch (ArgumentException e)
        {
            // A malformed tree fails the same way every time: end it with the reason instead of retrying.
            result = new VerbalizationFailed(m.RunId, m.TreeId, m.Step, $"malformed tree: {e.Message}");
        }
        catch (LlmException e)
        {
            result = new VerbalizationFailed(m.RunId, m.TreeId, m.Step, e.Message);
        }

        await context.Publish(result, result.GetType(), context.CancellationToken);
    }

    private static LlmException NotConfigured() =>
        new(LlmRole.Verbalizer, LlmOutcome.NotConfigured, LlmClients.NotConfiguredMessage(LlmRole.Verbalizer));

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
            var claims = v.Claims.Select(c => Placeholder().Replace(c.Text, p => p.Value == "A"
                ? VertexLetters.Of(v.Id)
                : c.TargetVertexId is { } child ? VertexLetters.Of(child) : c.Target ?? p.Value)).ToList();
            text.Append(claims.Count == 0 ? "\n" : ": " + string.Join("; ", claims) + "\n");
        }

        return text.ToString().TrimEnd();
    }

    [GeneratedRegex(@"\b[AB]\b")]
    private static partial Regex Placeholder();
}
