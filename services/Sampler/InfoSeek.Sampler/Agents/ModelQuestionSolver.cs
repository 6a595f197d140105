using InfoSeek.Contracts;
using InfoSeek.CorpusApi;
using InfoSeek.Domain.Agents;
using InfoSeek.Llm;
using InfoSeek.Llm.Roles;

namespace InfoSeek.Sampler.Agents;

/// <summary>
/// The Sampler's model back end: the closed-book filter (prompt sampler.closedbook.v1), rejecting a
/// question whose answer the model names without searching, and the model's own search trajectory
/// (prompt sampler.search.v1). A model that fails throws <see cref="LlmException"/> with the reason.
/// </summary>
public sealed class ModelQuestionSolver(ICorpusApi api, ClosedBookAnswerer closedBook, SearchSolver searchSolver) : IQuestionSolver
{
    /// <summary>Model turns for a search trajectory: enough to resolve a deep tree one entity per search.</summary>
    public const int ModelTurns = 10;

    /// <summary>The model is not asked for a trajectory of a question already rejected.</summary>
    public bool SolvesRejectedQuestions => false;

    public async Task<FilterOutcome?> ClosedBookAsync(QuestionVerbalized verbalized, CancellationToken ct)
    {
        using var scope = LlmCallScope.ForTree(verbalized.TreeId);
        var answer = await closedBook.AnswerAsync(verbalized.RunId, verbalized.Question, ct);
        return SampleJudge.SameEntity(answer, verbalized.Answer)
            ? new FilterOutcome(SampleJudge.ClosedBookFilter, false, $"closed-book: the model names the answer '{answer}' without searching")
            : new FilterOutcome(SampleJudge.ClosedBookFilter, true, $"the model's answer without searching is '{answer}', not the answer");
    }

    /// <summary>The model's search transcript; each search step keeps the titles it retrieved.</summary>
    public async Task<Trajectory?> SolveAsync(QuestionVerbalized verbalized, CancellationToken ct)
    {
        using var scope = LlmCallScope.ForTree(verbalized.TreeId);
        var corpus = new RunCorpus(api, verbalized.Corpus);
        var searches = new Queue<IReadOnlyList<string>>();
        var solution = await searchSolver.SolveAsync(verbalized.RunId, verbalized.Question, async query =>
        {
            var hits = (await corpus.SearchAsync(query, SampleJudge.SearchDepth, ct)).Hits.Select(h => h.Title).ToList();
            searches.Enqueue(hits);
            var documents = new List<string>();
            foreach (var title in hits)
            {
                var page = await corpus.GetPageAsync(title, ct);
                documents.Add($"(Title: {title}) {(page.IsSuccessStatusCode && page.Content is { } p ? TreeGuidedSolver.Snippet(p.Text, query) : "")}".TrimEnd());
            }

            return documents;
        }, ModelTurns, ct);

        // The last search of a solver out of turns was not run: it has no hits.
        var steps = solution.Steps
            .Select(s => s.Kind == "search" && searches.TryDequeue(out var hits) ? s with { Hits = hits } : s)
            .ToList();
        var final = solution.Answer ?? "";
        return new Trajectory($"{searchSolver.Model} ({SearchSolver.PromptId})", steps, final, SampleJudge.SameEntity(final, verbalized.Answer));
    }
}
