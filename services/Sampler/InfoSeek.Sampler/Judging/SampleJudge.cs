using System.Diagnostics;
using InfoSeek.Contracts;
using InfoSeek.CorpusApi;
using InfoSeek.Domain;
using InfoSeek.Domain.Questions;
using InfoSeek.Llm;
using InfoSeek.Llm.Roles;
using InfoSeek.Domain.Agents;
using InfoSeek.Hosting;

namespace InfoSeek.Sampler;

/// <summary>
/// Decides whether a question becomes data. Every filter runs on every question and its outcome is
/// recorded; the first one that fails gives the rejection reason.
/// <list type="bullet">
/// <item><b>shortcut</b>: rejected when one search already answers it (the answer page is among the top
/// five hits for the whole question, or the top hit for any single claim that names no hidden entity), in the
/// index's stemmed ranking or in a plain BM25 ranking.</item>
/// <item><b>verifiable</b>: a reader restricted to the tree's evidence pages, the pages linked from an evidence
/// sentence read on the related entity's page ("B has daily railway connections to A", on B's page: the reader
/// follows its links), plus distractors (the nearest search hits of every claim) must reach the answer: resolving the blurred vertices deepest
/// first, each must be the only page of that set satisfying its claims, given the children it
/// resolved; several pages (ambiguous) or none (unreachable) reject the question.</item>
/// <item><b>solved</b>: the search trajectory (the <see cref="TreeGuidedSolver"/>'s, or the model's)
/// must reach the answer, so every accepted question comes with a trajectory that solves it.</item>
/// </list>
/// For a run with the Sampler on the model (<see cref="IQuestionSolver"/>), the trajectory is the model's own search (prompt
/// sampler.search.v1), or the tree-guided one when only that reaches the answer, and one more
/// filter runs before it:
/// <list type="bullet">
/// <item><b>closed-book</b>: rejected when the model names the answer without searching (prompt
/// sampler.closedbook.v1).</item>
/// </list>
/// A model that fails rejects the question with the reason.
/// </summary>
/// <param name="solvers">The Sampler role's back ends; without them, the rules only.</param>
public sealed class SampleJudge(ICorpusApi api, AgentChoice<IQuestionSolver>? solvers = null)
{
    private readonly AgentChoice<IQuestionSolver> solvers = solvers
        ?? AgentChoice.RulesOnly<IQuestionSolver>(b => b.Sampler, RuleQuestionSolver.Instance, () => new InvalidOperationException("The Sampler was composed without AddInfoSeekLlm."));

    /// <summary>The "InfoSeek" activity source: the trajectory search of each question is an activity ("sampler.trajectory").</summary>
    private static readonly ActivitySource Activities = new(ServiceDefaults.ActivitySourceName);

    public const int SearchDepth = 5;
    public const string ShortcutFilter = "shortcut";
    public const string VerifiableFilter = "verifiable";
    public const string SolvedFilter = "solved";
    public const string ClosedBookFilter = "closed-book";

    public async Task<SampleJudged> JudgeAsync(QuestionVerbalized m, CancellationToken ct)
    {
        var corpus = new RunCorpus(api, m.Corpus);
        var clues = new ClueSets(corpus);
        List<FilterOutcome> filters = [await ShortcutAsync(m, corpus, ct), await VerifiableAsync(m, corpus, clues, ct)];
        try
        {
            var solver = solvers.For(m.Backends);
            if (await solver.ClosedBookAsync(m, ct) is { } closedBook)
            {
                filters.Add(closedBook);
            }

            // A model is not asked for a trajectory of a question already rejected.
            if (solver.SolvesRejectedQuestions || filters.All(f => f.Passed))
            {
                // A model's trajectory that misses the answer is replaced by the tree-guided one when that reaches it.
                using var searching = Activities.StartActivity("sampler.trajectory");
                var trajectory = await solver.SolveAsync(m, ct);
                Trajectory? missed = null;
                if (trajectory is not { Correct: true })
                {
                    var guided = await new TreeGuidedSolver(corpus, clues).SolveAsync(m.Tree, m.Answer, ct);
                    if (trajectory is null || guided.Correct)
                    {
                        (missed, trajectory) = (trajectory, guided);
                    }
                }

                filters.Add(Solved(trajectory, missed));
                if (filters.All(f => f.Passed))
                {
                    return new SampleJudged(m.RunId, m.TreeId, m.Step, true, null, trajectory, filters, m.Question, m.Answer);
                }
            }

            return new SampleJudged(m.RunId, m.TreeId, m.Step, false, filters.First(f => !f.Passed).Detail, null, filters, m.Question, m.Answer);
        }
        catch (AgentFailedException e)
        {
            return new SampleJudged(m.RunId, m.TreeId, m.Step, false, e.Message, null, filters, m.Question, m.Answer);
        }
    }

    private static FilterOutcome Solved(Trajectory trajectory, Trajectory? missed)
    {
        var searches = trajectory.Steps.Count(s => s.Kind == "search");
        var before = missed is null ? "" : $"the {missed.Solver} trajectory ends at '{missed.FinalAnswer}'; ";
        return trajectory.Correct
            ? new FilterOutcome(SolvedFilter, true, $"{before}the {trajectory.Solver} trajectory reaches the answer in {searches} searches")
            : new FilterOutcome(SolvedFilter, false, trajectory.FinalAnswer.Length == 0
                ? $"unsolved: the {trajectory.Solver} trajectory found no answer in {searches} searches"
                : $"unsolved: the {trajectory.Solver} trajectory ends at '{trajectory.FinalAnswer}' after {searches} searches");
    }

    /// <summary>A model's answer names the entity when it is its title, with or without the disambiguation, in any case.</summary>
    public static bool SameEntity(string answer, string entity)
    {
        var a = answer.Trim().TrimEnd('.');
        return string.Equals(a, entity, StringComparison.OrdinalIgnoreCase)
            || string.Equals(a, Titles.WithoutDisambiguation(entity), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Asks both rankings of <see cref="RunCorpus.Rankings"/>.</summary>
    private static async Task<FilterOutcome> ShortcutAsync(QuestionVerbalized m, RunCorpus corpus, CancellationToken ct)
    {
        var depth = ShortcutAudit.QuestionDepth;
        foreach (var (ranking, search) in corpus.Rankings)
        {
            var hits = (await search(m.Question, depth, ct)).Hits.Select(h => h.Title).ToList();
            if (hits.IndexOf(m.Answer) is var rank and >= 0)
            {
                return new FilterOutcome(ShortcutFilter, false, $"shortcut: the answer is hit {rank + 1} of the top {depth} for the whole question ({ranking} ranking)");
            }
        }

        // Claims that point to a hidden vertex are no single search: their target is itself a sub-question.
        // Blurring already leaves out the root's claims that give it away; this keeps the guarantee for any back end.
        var queries = ShortcutAudit.NamedClaimQueries(m.Tree).ToList();
        foreach (var query in queries)
        {
            if (await corpus.RankingWithTopHitAsync(query, m.Answer, ct) is { } ranking)
            {
                return new FilterOutcome(ShortcutFilter, false, $"shortcut: the answer is the top hit for the claim search '{query}' ({ranking} ranking)");
            }
        }

        return new FilterOutcome(ShortcutFilter, true, $"the answer is not among the top {depth} hits for the question nor the top hit for any of its {queries.Count} claims without a hidden entity, in the stemmed and the plain ranking");
    }

    private static async Task<FilterOutcome> VerifiableAsync(QuestionVerbalized m, RunCorpus corpus, ClueSets clues, CancellationToken ct)
    {
        var tree = m.Tree;
        var order = ReaderClues.ResolutionOrder(tree);
        var evidence = tree.Vertices.SelectMany(v => v.Claims).Select(c => c.Evidence.PageTitle).Distinct(StringComparer.Ordinal).ToList();
        var known = tree.Vertices.Where(v => v.Blurred).ToDictionary(v => v.Id, v => v.Entity);
        var pages = new List<string>(evidence);
        foreach (var claim in tree.Vertices.SelectMany(v => v.Claims).Where(c => c.EvidenceOnTarget))
        {
            pages.AddRange(await corpus.LinkedFromAsync(claim.Evidence, ct));
        }

        foreach (var vertex in order)
        {
            var vertexClues = ReaderClues.Of(tree, vertex, known);
            foreach (var (claim, clue) in vertex.Claims.Zip(vertexClues))
            {
                var query = ReaderClues.Query(tree, claim, clue);
                if (query.Length > 0)
                {
                    pages.AddRange((await corpus.SearchAsync(query, SearchDepth, ct)).Hits.Select(h => h.Title));
                }
            }
        }

        pages = pages.Distinct(StringComparer.Ordinal).ToList();
        var described = $"{pages.Count} pages ({evidence.Count} evidence, {pages.Count - evidence.Count} distractors)";
        var resolved = new Dictionary<int, string>();
        foreach (var vertex in order)
        {
            var sets = await clues.SetsAsync(vertex.Entity, ReaderClues.Of(tree, vertex, resolved), ct);
            var satisfying = ClueSets.Satisfying(pages, sets);
            var who = vertex.ParentId is null ? "the answer" : $"the hidden {NounPhrases.WithoutArticle(ReaderClues.Shown(tree, vertex) ?? "entity")} ({VertexLetters.Of(vertex.Id)})";
            if (satisfying.Count == 0)
            {
                return Unverifiable($"unreachable: none of the {described} satisfies every claim about {who}");
            }

            if (satisfying.Count > 1)
            {
                return Unverifiable($"ambiguous: {satisfying.Count} of the {described} satisfy every claim about {who} ({string.Join(", ", satisfying.Take(3))})");
            }

            if (satisfying[0] != vertex.Entity)
            {
                return Unverifiable($"wrong page: the claims about {who} lead to '{satisfying[0]}', not '{vertex.Entity}'");
            }

            resolved[vertex.Id] = satisfying[0];
        }

        return new FilterOutcome(VerifiableFilter, true, $"the answer is the only one of the {described} that satisfies its claims");
    }

    private static FilterOutcome Unverifiable(string why) => new(VerifiableFilter, false, $"unverifiable: {why}");
}
