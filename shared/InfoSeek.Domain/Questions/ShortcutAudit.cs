using InfoSeek.Contracts;
using InfoSeek.Corpus;

namespace InfoSeek.Domain.Questions;

/// <summary>
/// How often a retriever gives a question's answer away: the answer among the top hits for the whole
/// question, or the top hit for one of the root's claims that names no hidden entity. Run with the
/// index the shortcut filter uses and with a <see cref="PlainBm25Index"/> built apart from it.
/// </summary>
public static class ShortcutAudit
{
    public const int QuestionDepth = 5;

    /// <param name="QuestionTop1">Questions whose answer is the top hit for the whole question.</param>
    /// <param name="QuestionTop5">Questions whose answer is among the top hits for the whole question (<see cref="QuestionDepth"/> unless measured deeper).</param>
    /// <param name="ClaimTop1">Questions whose answer is the top hit for one of the root's named claims.</param>
    /// <param name="Offenders">The ids of questions in any of the three, with what gave them away.</param>
    public sealed record Result(int Questions, int QuestionTop1, int QuestionTop5, int ClaimTop1, IReadOnlyList<(string Id, string Why)> Offenders);

    public sealed record Question(string Id, string Text, string Answer, TreeSnapshot Tree);

    /// <summary>Measures <paramref name="questions"/> against <paramref name="search"/> (a query and k → titles, best first).</summary>
    /// <param name="depth">How many hits for the whole question count as giving the answer away.</param>
    public static Result Measure(IReadOnlyList<Question> questions, Func<string, int, IReadOnlyList<string>> search, int depth = QuestionDepth)
    {
        int top1 = 0, top5 = 0, claimTop1 = 0;
        var offenders = new List<(string, string)>();
        foreach (var q in questions)
        {
            var hits = search(q.Text, depth);
            var rank = hits.ToList().IndexOf(q.Answer);
            if (rank == 0)
            {
                top1++;
            }

            if (rank >= 0)
            {
                top5++;
                offenders.Add((q.Id, $"the answer is hit {rank + 1} for the question"));
            }

            if (NamedClaimQueries(q.Tree).FirstOrDefault(query => search(query, 1) is [var first] && first == q.Answer) is { } claim)
            {
                claimTop1++;
                offenders.Add((q.Id, $"the answer is the top hit for the claim query '{claim}'"));
            }
        }

        return new Result(questions.Count, top1, top5, claimTop1, offenders);
    }

    /// <summary>The search a reader would make for each of the root's claims that points to no hidden vertex.</summary>
    public static IEnumerable<string> NamedClaimQueries(TreeSnapshot tree)
    {
        var root = tree.Vertices.Single(v => v.ParentId is null);
        return root.Claims.Zip(ReaderClues.Of(tree, root, new Dictionary<int, string>()))
            .Where(x => x.First.TargetVertexId is null)
            .Select(x => ReaderClues.Query(tree, x.First, x.Second))
            .Where(query => query.Length > 0);
    }
}
