using System.Text;
using System.Text.RegularExpressions;
using InfoSeek.Contracts;
using InfoSeek.CorpusApi;
using InfoSeek.Domain;
using InfoSeek.Domain.Questions;

namespace InfoSeek.Sampler;

/// <summary>
/// The deterministic trajectory back end: resolves the tree's blurred vertices deepest first. For each it
/// searches once per clue, with the vertex's type and that clue's own words (and the names already found below it), until a page
/// seen satisfies every clue (the Browser's predicate); when none does, it searches for all clues at once and
/// reads further down. It takes the best-ranked page that satisfies every clue, or else the page seen that
/// satisfies the most clues. Before concluding, every clue the chosen page was not retrieved
/// for gets one more search, with the page's name and the clue, so that the transcript shows the page's text
/// for each clue it relies on, and when one is not found that way, with the name and the clue alone; a clue no search
/// showed is named as such in the conclusion. Steps alternate think, search, information (the retrieved titles with the
/// sentence of each page that best matches the query) and end with think and answer, so the transcript reads
/// as one Search-R1 style turn. Each search step records the page it looked for and whether it was retrieved.
/// A clue read on the page of an entity already found ("Cyprus joined it") also follows the links of that sentence.
/// </summary>
public sealed partial class TreeGuidedSolver(RunCorpus corpus, ClueSets clues)
{
    public const string Name = "tree-guided";
    public const int SnippetWords = 40;

    /// <summary>How far down the results the search for all of a vertex's clues at once looks, when no single clue's search found a fit.</summary>
    public const int DeepSearchDepth = 20;

    /// <summary>How many of the pages a followed sentence links to the transcript names.</summary>
    public const int FollowedLinksShown = 5;

    /// <summary>
    /// A clue as a sentence about the vertex sought: "it became a member of …" for a clause about it, or the clause as it
    /// stands when another subject already says "it" ("Vienna is close to it", a relation read on Vienna's page). A person
    /// is "this person" ("this person won the Nobel Peace Prize", "Hillary accompanied this person"), not "it".
    /// </summary>
    public static string AboutIt(string clause, bool person = false)
    {
        // "A's party" was substituted as "it's party": the possessive is "its".
        var said = ItWord().IsMatch(clause) || ItsWord().IsMatch(clause) ? ItsWord().Replace(clause, "its") : "it " + clause;
        return person ? ItWord().Replace(ItsWord().Replace(said, "this person's"), "this person") : said;
    }

    [GeneratedRegex(@"\bit\b(?!')")]
    private static partial Regex ItWord();

    [GeneratedRegex(@"\bit'?s\b")]
    private static partial Regex ItsWord();

    /// <summary>
    /// One search for one clue: the type's words and the clue's ("country James Cook managed to reach"); a clue that only
    /// restates the type ("is a non-self-governing colonial territory of New Zealand" of such a territory) is the type alone.
    /// </summary>
    public static string SubQuery(string bareType, string clue) =>
        RestatesType(bareType, clue) ? CopulaThenKind().Match(clue).Groups["kind"].Value : $"{bareType} {clue}".Trim();

    private static bool RestatesType(string bareType, string clue) =>
        bareType.Length > 0 && CopulaThenKind().Match(clue) is { Success: true } m && m.Groups["kind"].Value.StartsWith(bareType, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?:is|was|are|were) (?:an?|the) (?<kind>.+)$")]
    private static partial Regex CopulaThenKind();

    private static string JoinSentences(List<string> sentences) =>
        sentences.Count == 1 ? sentences[0] : $"{string.Join(", ", sentences.Take(sentences.Count - 1))}, and {sentences[^1]}";

    public async Task<Trajectory> SolveAsync(TreeSnapshot tree, string answer, CancellationToken ct)
    {
        var found = new Dictionary<int, string>();
        var steps = new List<TrajectoryStep>();
        var thought = new StringBuilder();
        // The evidence sentences an information step has shown, each with the words it showed of them (a long sentence
        // is shown as a window): a conclusion rests only on what was shown.
        var shown = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var vertex in ReaderClues.ResolutionOrder(tree))
        {
            var vertexClues = ReaderClues.Of(tree, vertex, found);
            var clauses = vertex.Claims.Zip(vertexClues, (claim, clue) => ReaderClues.Clause(tree, claim, clue)).ToList();
            var clueWords = vertex.Claims.Zip(vertexClues, (claim, clue) => ReaderClues.Query(tree, claim, clue)).ToList();

            // Each search is one sub-question: what the vertex is (its type as the question shows it), and one thing said of it.
            var type = ReaderClues.Shown(tree, vertex);
            var bareType = NounPhrases.WithoutArticle(type ?? "");
            var queries = clueWords.Select(q => q.Length == 0 ? "" : SubQuery(bareType, q)).ToList();
            var sets = await clues.SetsAsync(vertex.Entity, vertexClues, ct);
            // "a country: a passerine bird was introduced to it, and James Cook managed to reach it" (each clue a sentence
            // about "it"; a clause with "that" would say "it" twice). A clue that only restates the type is said once, by it.
            var person = NounPhrases.IsPerson(vertex);
            var said = clauses.Where((_, i) => !RestatesType(bareType, clueWords[i])).Select(c => AboutIt(c, person)).ToList();
            var what = said.Count == 0 ? type ?? "the entity" : $"{type ?? "the entity"}: {JoinSentences(said)}";
            thought.Append(vertex.ParentId is null ? $"Now I look for the answer, {what}. " : $"First I need to identify {what}. ");

            // One search per clue, until some page seen satisfies them all; each query is searched once.
            var seen = new List<string>();
            var retrievedFor = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
            IReadOnlyList<string> matching = [];
            for (var i = 0; i < queries.Count && matching.Count == 0; i++)
            {
                if (queries[i].Length == 0 || queries.IndexOf(queries[i]) < i)
                {
                    continue;
                }

                thought.Append(i == 0 ? $"I search for the clue that {AboutIt(clauses[i], person)}." : $"No result so far satisfies every clue, so I search for the next: {AboutIt(clauses[i], person)}.");
                var hits = await SearchAsync(queries[i], vertex, shown, thought, steps, ct);
                Retrieved(retrievedFor, hits, i);
                seen.AddRange(hits.Where(h => !seen.Contains(h, StringComparer.Ordinal)));
                FollowLinks(vertexClues[i], sets[i], clauses[i], seen, thought);
                await FollowShownSentenceAsync(vertex.Claims[i], vertexClues[i], clauses[i], clueWords[i], shown, seen, thought, ct);
                matching = ClueSets.Satisfying(seen, sets);
            }

            if (matching.Count == 0 && queries.Count(q => q.Length > 0) > 1)
            {
                var combined = string.Join(' ', new[] { bareType }.Concat(clueWords.Distinct()).Where(q => q.Length > 0));
                thought.Append("No result satisfies every clue, so I search for all of them at once and read further down the results.");
                var hits = await SearchAsync(combined, vertex, shown, thought, steps, ct, DeepSearchDepth);
                seen.AddRange(hits.Where(h => !seen.Contains(h, StringComparer.Ordinal)));
                matching = ClueSets.Satisfying(seen, sets);
            }

            var who = vertex.ParentId is null ? "the answer" : $"the {NounPhrases.WithoutArticle(type ?? "entity")}";
            string choice;
            if (matching.Count > 0)
            {
                choice = matching[0];
                var unshown = await ShowEveryClueAsync(choice, queries, clueWords, clauses, vertex, person, retrievedFor, shown, thought, steps, ct);
                // The conclusion says what the results showed: a clue whose sentence no search brought back is named as such.
                var notShown = string.Join(" or that ", unshown.Select(i => AboutIt(clauses[i], person)));
                thought.Append(unshown.Count == 0 ? $"{choice} satisfies every clue, so {who} is {choice}. "
                    : unshown.Count < queries.Count(q => q.Length > 0) ? $"No result showed that {notShown}, but {choice} is the result that fits every other clue, so I take {who} to be {choice}. "
                    : $"No result showed that {notShown}, but {choice} is the result the searches for them found, so I take {who} to be {choice}. ");
            }
            else if (vertex.ParentId is not null)
            {
                // A hidden vertex that no page seen fits stays unknown: its parent is sought by what the question says of it
                // ("Chemical element satisfies 1 of 2, so I take the country to be Chemical element" taught a guess).
                choice = "";
                thought.Append($"No result satisfies every clue, so {who} stays unknown and I go on with what the question says of it. ");
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

    /// <summary>
    /// For each clue whose sentence no information step has shown yet (for the vertex's own entity: its evidence
    /// sentence; for another page: the page retrieved for the clue), one search with the page's name and the clue, so
    /// that the sentence for it is shown before the conclusion rests on it.
    /// </summary>
    /// <returns>The clues of the vertex whose evidence sentence no search showed, when the choice is the vertex's entity.</returns>
    private async Task<List<int>> ShowEveryClueAsync(
        string choice, List<string> queries, List<string> clueWords, List<string> clauses, VertexSnapshot vertex, bool person,
        Dictionary<string, HashSet<int>> retrievedFor, Dictionary<string, HashSet<string>> shown, StringBuilder thought, List<TrajectoryStep> steps, CancellationToken ct)
    {
        var name = Titles.WithoutDisambiguation(choice);
        var isEntity = string.Equals(choice, vertex.Entity, StringComparison.Ordinal);
        var unshown = new List<int>();
        for (var i = 0; i < queries.Count; i++)
        {
            if (queries[i].Length == 0
                || (isEntity ? Shows(shown, vertex.Claims[i].Evidence.Sentence, clueWords[i]) : retrievedFor.TryGetValue(choice, out var clues) && clues.Contains(i)))
            {
                continue;
            }

            thought.Append($"{choice} fits the clues so far; I check that {AboutIt(clauses[i], person)}.");
            Retrieved(retrievedFor, await SearchAsync($"{name} {queries[i]}", vertex, shown, thought, steps, ct), i);
            if (!isEntity || Shows(shown, vertex.Claims[i].Evidence.Sentence, clueWords[i]))
            {
                continue;
            }

            // "Rome is also identified with Christianity" is on Rome's page, which the type's words ("monotheistic
            // religion") pushed out of the results: the name and the clue alone, once more.
            if ($"{name} {clueWords[i]}" is var narrower && narrower != $"{name} {queries[i]}")
            {
                thought.Append($"The results do not say so; I search for {name} with the clue alone.");
                Retrieved(retrievedFor, await SearchAsync(narrower, vertex, shown, thought, steps, ct), i);
            }

            if (!Shows(shown, vertex.Claims[i].Evidence.Sentence, clueWords[i]))
            {
                unshown.Add(i);
            }
        }

        return unshown;
    }

    /// <summary>
    /// A clue read on the page of an entity already found ("Cyprus joined it") is answered by that page: the pages its
    /// sentence links to are the ones it can be about, and join the pages seen.
    /// </summary>
    private static void FollowLinks(ClaimCandidate clue, CandidateSet set, string clause, List<string> seen, StringBuilder thought)
    {
        if (clue is not { EvidenceOnTarget: true, Target: { } source } || !set.Exact || set.Members.Count == 0)
        {
            return;
        }

        thought.Append($"On the page of {source}, the sentence saying that {clause} links to {Listed(set.Members)}. ");
        seen.AddRange(set.Members.Where(m => !seen.Contains(m, StringComparer.Ordinal)));
    }

    /// <summary>
    /// A clue read on the page of an entity still unknown ("an ancient Greek philosopher had been preaching against it"),
    /// whose sentence a result showed ("Socrates had been preaching against democracy"): the reader follows that
    /// sentence's links, and the pages it links to join the pages seen.
    /// </summary>
    private async Task FollowShownSentenceAsync(
        TreeClaim claim, ClaimCandidate clue, string clause, string words, Dictionary<string, HashSet<string>> shown, List<string> seen, StringBuilder thought, CancellationToken ct)
    {
        if (!claim.EvidenceOnTarget || clue.Target is not null || !Shows(shown, claim.Evidence.Sentence, words))
        {
            return;
        }

        var linked = await corpus.LinkedFromAsync(claim.Evidence, ct);
        var added = linked.Where(p => p != claim.Evidence.PageTitle && !seen.Contains(p, StringComparer.Ordinal)).ToList();
        if (added.Count == 0)
        {
            return;
        }

        thought.Append($"On the page of {claim.Evidence.PageTitle}, the sentence saying that {clause} links to {Listed(added)}. ");
        seen.AddRange(added);
    }

    /// <summary>The first <see cref="FollowedLinksShown"/> pages a sentence links to, "…" for the rest.</summary>
    private static string Listed(IReadOnlyList<string> pages) =>
        string.Join(", ", pages.Take(FollowedLinksShown)) + (pages.Count > FollowedLinksShown ? ", …" : "");

    private static void Retrieved(Dictionary<string, HashSet<int>> retrievedFor, IEnumerable<string> hits, int clue)
    {
        foreach (var hit in hits)
        {
            (retrievedFor.TryGetValue(hit, out var set) ? set : retrievedFor[hit] = []).Add(clue);
        }
    }

    /// <summary>Adds think, search and information steps; returns the hits, best-ranked first.</summary>
    private async Task<IReadOnlyList<string>> SearchAsync(
        string query, VertexSnapshot vertex, Dictionary<string, HashSet<string>> shown, StringBuilder thought, List<TrajectoryStep> steps, CancellationToken ct, int depth = SampleJudge.SearchDepth)
    {
        steps.Add(new TrajectoryStep("think", Flush(thought)));
        var hits = (await corpus.SearchAsync(query, depth, ct)).Hits.Select(h => h.Title).ToList();
        steps.Add(new TrajectoryStep("search", query, hits, hits.Contains(vertex.Entity, StringComparer.Ordinal), vertex.Entity));
        steps.Add(new TrajectoryStep("information", await DocumentsAsync(hits, query, vertex.Claims.Select(c => c.Evidence).ToList(), shown, ct)));
        return hits;
    }

    private static string Flush(StringBuilder thought)
    {
        var text = thought.ToString();
        thought.Clear();
        return text;
    }

    /// <summary>
    /// The hits in Search-R1's document format, "Doc 1(Title: T) snippet", one a line. A hit that holds the evidence of
    /// one of the vertex's clues shows that sentence (the one closest to the query), as a passage index would return it:
    /// "Famine struck North Korea in the mid-1990s", not the page's lead, which shares as many words with the query.
    /// </summary>
    private async Task<string> DocumentsAsync(List<string> hits, string query, IReadOnlyList<Evidence> evidence, Dictionary<string, HashSet<string>> shown, CancellationToken ct)
    {
        if (hits.Count == 0)
        {
            return "No results.";
        }

        var wanted = QueryWords(query);
        var lines = new List<string>();
        for (var i = 0; i < hits.Count; i++)
        {
            var page = await corpus.GetPageAsync(hits[i], ct);
            var supporting = evidence.Where(e => e.PageTitle == hits[i] && page.Content?.Text.Contains(e.Sentence, StringComparison.Ordinal) == true)
                .Select(e => e.Sentence)
                .OrderByDescending(sentence => Overlap(sentence, wanted))
                .FirstOrDefault();
            var snippet = supporting is not null ? Window(supporting, query) : page.IsSuccessStatusCode && page.Content is { } p ? Snippet(p.Text, query) : "";
            if (supporting is not null)
            {
                (shown.TryGetValue(supporting, out var words) ? words : shown[supporting] = new HashSet<string>(StringComparer.OrdinalIgnoreCase))
                    .UnionWith(Words(snippet));
            }
            lines.Add($"Doc {i + 1}(Title: {hits[i]}) {snippet}".TrimEnd());
        }

        return string.Join('\n', lines);
    }

    /// <summary>The page's sentence sharing most words with the query (the earliest on ties), cut to <see cref="SnippetWords"/> words.</summary>
    public static string Snippet(string text, string query)
    {
        var wanted = QueryWords(query);
        // One pass over the page's sentences, which for a long page are thousands: the first with the highest overlap.
        var best = "";
        var bestScore = -1;
        foreach (var part in SentenceEnd().Split(text.Replace('\n', ' ')))
        {
            var sentence = part.Trim();
            var score = sentence.Length == 0 ? -1 : Overlap(sentence, wanted);
            if (score > bestScore)
            {
                (best, bestScore) = (sentence, score);
            }
        }

        var words = best.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var snippet = words.Length > SnippetWords ? string.Join(' ', words.Take(SnippetWords)) + " …" : string.Join(' ', words);
        return Tag().Replace(snippet, "");
    }

    /// <summary>
    /// Whether an information step showed the clue in its evidence sentence: the sentence, with every word of the clue
    /// that the sentence has among the words shown (a window of a long sentence may leave the clue out).
    /// </summary>
    private static bool Shows(Dictionary<string, HashSet<string>> shown, string sentence, string clue)
    {
        if (!shown.TryGetValue(sentence, out var words))
        {
            return false;
        }

        var inSentence = Words(sentence).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Words(clue).Where(inSentence.Contains).All(words.Contains);
    }

    private static HashSet<string> QueryWords(string query) => Words(query).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many of the query's words the sentence has (each counted once, in any case).</summary>
    private static int Overlap(string sentence, HashSet<string> wanted)
    {
        // Read without allocating a string per word: a page's sentences are many, a query's words few.
        var lookup = wanted.GetAlternateLookup<ReadOnlySpan<char>>();
        HashSet<string>? found = null;
        foreach (var word in WordPattern().EnumerateMatches(sentence))
        {
            if (word.Length > 2 && lookup.TryGetValue(sentence.AsSpan(word.Index, word.Length), out var wantedWord))
            {
                (found ??= new HashSet<string>(StringComparer.Ordinal)).Add(wantedWord);
            }
        }

        return found?.Count ?? 0;
    }

    /// <summary>
    /// The sentence, or where it is longer than <see cref="SnippetWords"/>, the window of that many words that holds most
    /// of the query's words (the earliest), from a little before the first of them when that holds as many.
    /// </summary>
    public static string Window(string sentence, string query)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= SnippetWords)
        {
            return Tag().Replace(string.Join(' ', words), "");
        }

        // The window that holds the most of the query's words, from a little before the first of them.
        var wanted = QueryWords(query);
        var hits = words.Select(w => Words(w).Any(wanted.Contains) ? 1 : 0).ToArray();
        var start = 0;
        var best = -1;
        for (var s = 0; s + SnippetWords <= words.Length; s++)
        {
            var count = hits.Skip(s).Take(SnippetWords).Sum();
            if (count > best)
            {
                (best, start) = (count, s);
            }
        }

        var first = Array.FindIndex(hits, start, h => h == 1);
        if (first >= 0 && hits.Skip(Math.Max(0, first - 10)).Take(SnippetWords).Sum() == best)
        {
            start = Math.Clamp(first - 10, 0, words.Length - SnippetWords);
        }

        var window = string.Join(' ', words.Skip(start).Take(SnippetWords));
        return Tag().Replace((start > 0 ? "… " : "") + window + (start + SnippetWords < words.Length ? " …" : ""), "");
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
