using System.Text.RegularExpressions;
using InfoSeek.Contracts;
using InfoSeek.Domain.English;

namespace InfoSeek.Domain.Questions;

/// <summary>
/// Checks every question must pass, whichever back end wrote it: one question of sensible length,
/// no leak of the answer or of a hidden entity, every claim of the tree represented, no broken
/// article or relative clause. <see cref="Problem"/> returns the first reason it fails, or null.
/// </summary>
public static partial class QuestionChecks
{
    public const int MinWords = 6;

    /// <summary>No question is longer, however large its tree.</summary>
    public const int MaxWords = 220;

    /// <summary>Words a question may spend per claim of its tree (plus <see cref="BaseWords"/>): room for the claim and its target's type.</summary>
    public const int WordsPerClaim = 14;

    public const int BaseWords = 12;

    /// <summary>The longest question allowed for the tree: a budget per claim, at most <see cref="MaxWords"/>.</summary>
    public static int WordLimit(TreeSnapshot tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return Math.Min(MaxWords, BaseWords + (WordsPerClaim * tree.Vertices.Sum(v => v.Claims.Count)));
    }

    /// <param name="answerAliases">Other names of the answer (its redirects), when the caller knows them.</param>
    public static string? Problem(string question, TreeSnapshot tree, IReadOnlyCollection<string>? answerAliases = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(tree);
        return Shape(question, WordLimit(tree)) ?? AnswerLeak(question, tree, answerAliases ?? []) ?? HiddenEntityLeak(question, tree)
            ?? Coverage(question, tree) ?? Grammar(question);
    }

    private static string? Shape(string question, int limit)
    {
        var words = question.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words > limit)
        {
            return $"too long: {words} words (limit {limit} for this tree)";
        }

        if (words < MinWords)
        {
            return $"too short: {words} words (at least {MinWords})";
        }

        return question.Count(c => c == '?') != 1 || !question.EndsWith('?')
            ? "not one question: it must end with its only question mark"
            : null;
    }

    private static string? AnswerLeak(string question, TreeSnapshot tree, IReadOnlyCollection<string> aliases)
    {
        var root = tree.Vertices.Single(v => v.ParentId is null);
        foreach (var name in new[] { root.Entity, Titles.WithoutDisambiguation(root.Entity) }.Concat(aliases))
        {
            if (Mentions(question, name))
            {
                return name == root.Entity || name == Titles.WithoutDisambiguation(root.Entity)
                    ? $"answer leak: the question names the answer '{root.Entity}'"
                    : $"answer leak: the question names the answer '{root.Entity}' by its other name '{name}'";
            }
        }

        foreach (var token in DistinctiveTokens(root))
        {
            if (Mentions(question, token))
            {
                return $"answer leak: the question contains '{token}' from the answer's title '{root.Entity}'";
            }
        }

        return null;
    }

    private static string? HiddenEntityLeak(string question, TreeSnapshot tree)
    {
        foreach (var vertex in tree.Vertices.Where(v => v.ParentId is not null))
        {
            if (Mentions(question, vertex.Entity) || Mentions(question, Titles.WithoutDisambiguation(vertex.Entity)))
            {
                return $"leak: the question names the hidden entity '{vertex.Entity}'";
            }

            // Not where its own type says it ("a Dalai Lama" of "Tenzin Gyatso, 14th Dalai Lama").
            if (NameEndings(Titles.WithoutDisambiguation(vertex.Entity)).FirstOrDefault(e => Mentions(question, e) && !Mentions(vertex.TypeDescriptor ?? "", e)) is { } ending)
            {
                return $"leak: the question names the hidden entity '{vertex.Entity}' as '{ending}'";
            }
        }

        return null;
    }

    /// <summary>
    /// The shorter names a title ends with, of two capitalised words or more: "House of Representatives" of "United
    /// States House of Representatives", which a clause may name while the vertex is hidden.
    /// </summary>
    private static IEnumerable<string> NameEndings(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var start = 1; start < words.Length - 1; start++)
        {
            var ending = words[start..];
            if (char.IsUpper(ending[0][0]) && ending.Count(w => char.IsUpper(w[0])) >= 2)
            {
                yield return string.Join(' ', ending);
            }
        }
    }

    /// <summary>
    /// Tokens of the answer's title that point to it on their own: capitalised, not a generic title word,
    /// not part of its type ("Werder", "Bremen" of "SV Werder Bremen (women)"; "Teton" of "Grand Teton
    /// National Park"). For a person only the family name counts: given names are shared by too many.
    /// </summary>
    public static IReadOnlyList<string> DistinctiveTokens(VertexSnapshot answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var type = PhrasePatterns.TitleToken().Matches(answer.TypeDescriptor ?? "").Select(m => m.Value.ToLowerInvariant()).ToHashSet();
        var tokens = PhrasePatterns.TitleToken().Matches(Titles.WithoutDisambiguation(answer.Entity)).Select(m => m.Value)
            .Where(t => t.Length >= 4 && char.IsUpper(t[0]) && t.Any(char.IsLower)
                && !Lexicon.GenericTitleWords.Contains(t.ToLowerInvariant()) && !Lexicon.StopWords.Contains(t.ToLowerInvariant()) && !type.Contains(t.ToLowerInvariant()))
            .ToList();
        return NounPhrases.IsPerson(answer) && tokens.Count > 1 ? [tokens[^1]] : tokens;
    }

    /// <summary>
    /// Every claim must be in the question: each of its content words (any inflection), and for a claim
    /// about a named entity outside the tree, a word of that name.
    /// </summary>
    private static string? Coverage(string question, TreeSnapshot tree)
    {
        // A hyphenated word names each of its parts: "one-point-perspective" names "perspective".
        var tokens = Tokens(question).SelectMany(t => t.Contains('-', StringComparison.Ordinal) ? t.Split('-').Append(t) : [t]).ToHashSet();
        var present = tokens.Select(Stem).ToHashSet();
        foreach (var vertex in tree.Vertices)
        {
            foreach (var claim in vertex.Claims)
            {
                var missing = ContentWords(claim.Text).Where(w => !present.Contains(Stem(w))).ToList();
                if (missing.Count > 0)
                {
                    return $"missing claim: '{claim.Text}' of '{vertex.Entity}' is not in the question (no {string.Join(", ", missing.Select(m => $"'{m}'"))})";
                }

                if (claim.TargetVertexId is null && claim.Target is { Length: > 0 } target && ClaimText.TargetPlaceholder().IsMatch(claim.Text))
                {
                    // The name as the sentence wrote it may be inflected or derived: "symphonies", "a realist" for "Realism".
                    var name = ContentWords(Titles.WithoutDisambiguation(target)).ToList();
                    if (name.Count > 0 && !name.Any(w => present.Contains(Stem(w)) || tokens.Any(t => SameStart(t, w))))
                    {
                        return $"missing claim: '{claim.Text}' of '{vertex.Entity}' does not name its target '{target}'";
                    }
                }
            }
        }

        return null;
    }

    [GeneratedRegex(PhrasePatterns.ObjectModifiers + "[?,]")]
    private static partial Regex StrandedModifiers();

    private static string? Grammar(string question)
    {
        if (ClausePatterns.DoubledDeterminer().Match(question) is { Success: true } doubled)
        {
            return $"ungrammatical: '{doubled.Value}'";
        }

        // "that a capital city was declared capital of the newly unified?": the object of a relative clause left its modifiers behind.
        if (StrandedModifiers().Match(question) is { Success: true } stranded)
        {
            return $"ungrammatical: modifiers without their noun ('{stranded.Value}')";
        }

        if (ClausePatterns.DoubledWord().Match(question) is { Success: true } repeated)
        {
            return $"ungrammatical: '{repeated.Value}'";
        }

        if (ClausePatterns.ClauseWithoutPredicate().Match(question) is { Success: true } dangling)
        {
            return $"ungrammatical: a relative clause starts with '{dangling.Groups[1].Value}' ('{dangling.Value}')";
        }

        if (Articles.WrongInQuestion().Match(question) is { Success: true } article)
        {
            return $"ungrammatical: '{article.Value}'";
        }

        // "succeeded a Colonel (a senior commander)" or "starred in a mystery thriller (a film)" reads as a noun and what
        // it is; "in a northern (a continent)" or "as a free (an element)" is a modifier cut from its name, the type after it;
        // so is a dynasty's adjective: "was part of the Safavid (a series of historical empires)" (the Safavid Persian Empire).
        foreach (Match bracket in BracketedType().Matches(question))
        {
            if (NounPhrases.IsLooseModifier(bracket.Groups[1].Value) || DynastyAdjective().IsMatch(bracket.Groups[1].Value))
            {
                return $"ungrammatical: a type in brackets after the modifier '{bracket.Groups[1].Value}' ('{bracket.Value}')";
            }
        }

        return null;
    }

    /// <summary>"Safavid", "Abbasid", "Fatimid", "Umayyad": a dynasty's adjective, which names no thing alone.</summary>
    [GeneratedRegex(@"^[A-Z](?:[a-z]{4,}id|[a-z]+yyad)$")]
    private static partial Regex DynastyAdjective();

    /// <summary>A word and the bracketed type after it: "Colonel (a senior".</summary>
    [GeneratedRegex(@"([\p{L}\p{N}'-]+) \((?:a|an|the) [\p{L}\p{N}-]+")]
    private static partial Regex BracketedType();

    /// <summary>Whether the text contains the name as whole words, ignoring case.</summary>
    public static bool Mentions(string text, string name) => MentionAt(text, name) >= 0;

    /// <summary>Where the text first contains the name as whole words, ignoring case; -1 when it does not.</summary>
    public static int MentionAt(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(name))
        {
            return -1;
        }

        var match = Regex.Match(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(name.Trim())}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return match.Success ? match.Index : -1;
    }

    /// <summary>The words of a claim that carry its meaning: not the placeholders, not function words.</summary>
    public static IEnumerable<string> ContentWords(string claim) =>
        PhrasePatterns.WordToken().Matches(claim).Select(m => m.Value)
            .Where(w => w is not ("A" or "B" or "A's" or "B's"))
            .Select(w => w.ToLowerInvariant())
            .Where(w => !Lexicon.StopWords.Contains(w) && (w.Length >= 2 || char.IsDigit(w[0])))
            .Distinct();

    private static bool SameStart(string a, string b)
    {
        return a.Length >= 4 && b.Length >= 4 && string.CompareOrdinal(a, 0, b, 0, 4) == 0;
    }

    private static IEnumerable<string> Tokens(string text) => PhrasePatterns.WordToken().Matches(text).Select(m => m.Value.ToLowerInvariant());

    /// <summary>A crude stem, the same on both sides of a comparison: "subspecies"/"subspecie", "named"/"name".</summary>
    private static string Stem(string word)
    {
        var w = word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;
        foreach (var (suffix, keep) in new[] { ("ies", 5), ("es", 5), ("s", 4), ("ed", 5), ("ing", 6), ("ly", 5) })
        {
            if (w.Length >= keep && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                return w[..^suffix.Length];
            }
        }

        return w;
    }

    /// <summary>
    /// A relation read on B's page that leaves its vertex behind a noun, where no "of which" can lead the clause: "that a
    /// city played a significant role in the history of", "that John Locke obtained a bachelor of", "that an organic
    /// compound is corrosive to many metals including"; or behind a clause too long to hold ("that a predominantly
    /// Buddhist island nation was increasingly frequented by merchant ships from"). ("of which the World Health
    /// Organization is an agency" and "in which Cricket is a major sport" read.)
    /// </summary>
    public static bool StrandsItsVertex(string text) =>
        text.StartsWith("B ", StringComparison.Ordinal)
        && (ListEnding().IsMatch(text) || LongBeforeItsPreposition().IsMatch(text) || (text.EndsWith(" of A", StringComparison.Ordinal) && !MemberOf().IsMatch(text))
            || (ModifierBeforeObject().Match(text) is { Success: true } m && !Lexicon.NounPhraseFunctionWords.Contains(m.Groups["modifier"].Value)));

    /// <summary>
    /// Whether the relation says nothing once its target is hidden, so that no tree may grow through it (it stays a clue
    /// that names its target): a role the target's own type names ("B is the capital of A" with B "a capital city" reads
    /// "of which a capital city is the capital"; "A's largest country is B" with B "a country", "whose largest country is
    /// another country"), a comparison ("is somewhat smaller than a nation"), or a target whose type is a kind of anything
    /// ("is a country in a region").
    /// </summary>
    public static bool SaysNothingOfAHiddenTarget(string text, string? targetType)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (NounPhrases.Shown(targetType) is not { } shown)
        {
            return false;
        }

        var typeWords = ContentWords(NounPhrases.WithoutArticle(shown)).ToHashSet(StringComparer.Ordinal);
        var role = DefiniteRoleOfA().Match(text) is { Success: true } forward ? forward : PossessiveRole().Match(text);
        return (role.Success && ContentWords(role.Groups["role"].Value).Any(typeWords.Contains))
            || ComparedWithB().IsMatch(text)
            || (typeWords.Count == 1 && Lexicon.KindsOfAnything.Contains(typeWords.Single()));
    }

    [GeneratedRegex(@"^B (?:is|was|has been|became|remains|remained) the (?<role>(?:[\w'’-]+ ){0,3}[\w'’-]+) (?:of|in|from) A$")]
    private static partial Regex DefiniteRoleOfA();

    [GeneratedRegex(@"^A's (?<role>(?:[\w'’-]+ ){0,3}[\w'’-]+) (?:is|was|has been|became|remains) B$")]
    private static partial Regex PossessiveRole();

    [GeneratedRegex(@"\bthan (?:the )?[AB]\b")]
    private static partial Regex ComparedWithB();

    // "B was introduced to experimental A" would read "a science that an American theoretical physicist was introduced to
    // experimental": the modifier stays behind with nothing to modify.
    // So does "B was the capital of the newly-formed A": "that a city was the capital of the newly-formed".
    [GeneratedRegex(@" (?:to|in|of|on|at|with|from|by|for|into|about|as) (?:(?:the|a|an) )?(?<modifier>[a-z][\w-]*) A$")]
    private static partial Regex ModifierBeforeObject();

    // "that Eritrea is a country in northern East Africa bordered by": too many words between the clause's start and the
    // preposition it ends with to read as one clause.
    [GeneratedRegex(@"^B (?:\S+ ){7,}(?:by|in|to|with|from|for|on|at|into|than) A$")]
    private static partial Regex LongBeforeItsPreposition();

    [GeneratedRegex(@" (?:including|containing|such as|among|like|especially|notably) A$")]
    private static partial Regex ListEnding();

    [GeneratedRegex(@"^B (?:is|was|are|were|became|becomes|remains|remained) (?:(?:a|an|the|one of the) )?(?:(?!(?:of|in|on|at|to|for|from|with|by|into)\b)[\w'’-]+ ){0,3}of A$")]
    private static partial Regex MemberOf();
}
