using System.Text;
using System.Text.RegularExpressions;
using InfoSeek.Contracts;
using InfoSeek.CorpusApi;
using InfoSeek.Domain.Questions;

namespace InfoSeek.Sampler;

/// <summary>
/// The deterministic trajectory back end: resolves the tree's blurred vertices deepest first. For
/// each it searches with everything the question says about it (and the names found below it) and
/// takes the best-ranked hit that satisfies every claim (the Browser's predicate); when no hit
/// does, it searches for one claim at a time until some page seen satisfies them all, then looks
/// further down the first search's results, and otherwise takes the page satisfying the most claims. Steps alternate think, search, information
/// (the retrieved titles with a snippet each) and end with think and answer, so the transcript
/// reads as one Search-R1 style turn. Each search step records the page it looked for and whether
/// it was retrieved.
/// </summary>
public sealed partial class TreeGuidedSolver(RunCorpus corpus, ClueSets clues)
{
    public const string Name = "tree-guided";
    public const int SnippetWords = 40;

    /// <summary>How far down the results the last search for a vertex looks, when the first page of hits had no fit.</summary>
    public const int DeepSearchDepth = 20;

    public async Task<Trajectory> SolveAsync(TreeSnapshot tree, string answer, CancellationToken ct)
    {
        var found = new Dictionary<int, string>();
        var steps = new List<TrajectoryStep>();
        var thought = new StringBuilder();
        foreach (var vertex in ReaderClues.ResolutionOrder(tree))
        {
            var vertexClues = ReaderClues.Of(tree, vertex, found);
            var clauses = vertex.Claims.Zip(vertexClues, (claim, clue) => ReaderClues.Clause(tree, claim, clue)).ToList();
            var queries = vertex.Claims.Zip(vertexClues, (claim, clue) => ReaderClues.Query(tree, claim, clue)).ToList();
            var sets = await clues.SetsAsync(vertex.Entity, vertexClues, ct);
            var what = $"{vertex.TypeDescriptor ?? "the entity"} that {string.Join("; that ", clauses)}";
            thought.Append(vertex.ParentId is null ? $"Now I look for the answer: {what}." : $"First I need to identify {what}.");

            // One search with every clue; if no hit satisfies them all, one search per clue.
            var seen = new List<string>();
            var combined = string.Join(' ', new[] { vertex.TypeDescriptor ?? "" }.Concat(queries).Where(q => q.Length > 0));
            IReadOnlyList<string> matching = await SearchAsync(combined, vertex, sets, seen, thought, steps, ct);
            for (var i = 0; i < queries.Count && matching.Count == 0 && queries.Count > 1; i++)
            {
                if (queries[i].Length == 0)
                {
                    continue;
                }

                thought.Append($"No result so far satisfies every clue, so I search for one clue alone: it {clauses[i]}.");
                matching = await SearchAsync(queries[i], vertex, sets, seen, thought, steps, ct);
            }

            if (matching.Count == 0 && combined.Length > 0)
            {
                thought.Append("Still no result satisfies every clue, so I look further down the results of the first search.");
                matching = await SearchAsync(combined, vertex, sets, seen, thought, steps, ct, DeepSearchDepth);
            }

            var who = vertex.ParentId is null ? "the answer" : $"the {vertex.TypeDescriptor ?? "entity"}";
            string choice;
            if (matching.Count > 0)
            {
                choice = matching[0];
                thought.Append($"{choice} satisfies every clue, so {who} is {choice}. ");
            }
            else if (seen.Count > 0)
            {
                choice = seen.OrderByDescending(h => ClueSets.SatisfiedCount(h, sets)).First();
                thought.Append($"No result satisfies every clue; {choice} satisfies {ClueSets.SatisfiedCount(choice, sets)} of {sets.Count}, so I take {who} to be {choice}. ");
            }
            else
            {
                choice = "";
                thought.Append($"The searches found nothing, so {who} stays unknown. ");
            }

            found[vertex.Id] = choice;
        }

        var final = found.GetValueOrDefault(tree.Vertices.Single(v => v.ParentId is null).Id, "");
        steps.Add(new TrajectoryStep("think", Flush(thought).TrimEnd()));
        steps.Add(new TrajectoryStep("answer", final));
        return new Trajectory(Name, steps, final, final == answer);
    }

    /// <summary>Adds think, search and information steps; returns the pages seen so far for this vertex that satisfy every clue, best-ranked first.</summary>
    private async Task<IReadOnlyList<string>> SearchAsync(
        string query, VertexSnapshot vertex, IReadOnlyList<CandidateSet> sets, List<string> seen, StringBuilder thought, List<TrajectoryStep> steps, CancellationToken ct,
        int depth = SampleJudge.SearchDepth)
    {
        steps.Add(new TrajectoryStep("think", Flush(thought)));
        var hits = (await corpus.SearchAsync(query, depth, ct)).Hits.Select(h => h.Title).ToList();
        steps.Add(new TrajectoryStep("search", query, hits, hits.Contains(vertex.Entity, StringComparer.Ordinal), vertex.Entity));
        steps.Add(new TrajectoryStep("information", await DocumentsAsync(hits, query, ct)));
        seen.AddRange(hits.Where(h => !seen.Contains(h, StringComparer.Ordinal)));
        return ClueSets.Satisfying(seen, sets);
    }

    private static string Flush(StringBuilder thought)
    {
        var text = thought.ToString();
        thought.Clear();
        return text;
    }

    /// <summary>The hits in Search-R1's document format, "Doc 1(Title: T) snippet", one a line.</summary>
    private async Task<string> DocumentsAsync(List<string> hits, string query, CancellationToken ct)
    {
        if (hits.Count == 0)
        {
            return "No results.";
        }

        var lines = new List<string>();
        for (var i = 0; i < hits.Count; i++)
        {
            var page = await corpus.GetPageAsync(hits[i], ct);
            var snippet = page.IsSuccessStatusCode && page.Content is { } p ? Snippet(p.Text, query) : "";
            lines.Add($"Doc {i + 1}(Title: {hits[i]}) {snippet}".TrimEnd());
        }

        return string.Join('\n', lines);
    }

    /// <summary>The page's sentence sharing most words with the query (the earliest on ties), cut to <see cref="SnippetWords"/> words.</summary>
    public static string Snippet(string text, string query)
    {
        var wanted = Words(query).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var best = SentenceEnd().Split(text.Replace('\n', ' '))
            .Select((s, i) => (Sentence: s.Trim(), Score: Words(s).Distinct(StringComparer.OrdinalIgnoreCase).Count(wanted.Contains), Index: i))
            .Where(s => s.Sentence.Length > 0)
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Index)
            .Select(s => s.Sentence)
            .FirstOrDefault() ?? "";
        var words = best.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var snippet = words.Length > SnippetWords ? string.Join(' ', words.Take(SnippetWords)) + " …" : string.Join(' ', words);
        return Tag().Replace(snippet, "");
    }

    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value).Where(w => w.Length > 2);

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z0-9""'(])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    // The transcript's own tags must not appear inside retrieved text.
    [GeneratedRegex(@"</?(think|search|information|answer)>", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();
}
