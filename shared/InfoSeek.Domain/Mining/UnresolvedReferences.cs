using InfoSeek.Domain.English;

namespace InfoSeek.Domain.Mining;

/// <summary>
/// A claim that names something only by a phrase whose referent an earlier sentence gave: a definite common noun
/// ("compelled the rebels to capitulate", "employs 5,300 people in the kingdom", "a painting of the fragments"),
/// another name's possessive ("became involved in Stewart's fight") or a comparison ("gave similar advice"). Cut out of
/// its page, the claim no longer says what it is about. A definite noun with its "of" phrase ("the capture of the
/// port"), a phrase that names it ("the district office in Milwaukee"), a rank ("the largest city in B", "the first person to") or a thing there is one of ("the world") is whole.
/// </summary>
internal static class UnresolvedReferences
{
    private static readonly HashSet<string> OneOfAKind =
    [
        "world", "sun", "moon", "earth", "universe", "public", "west", "east", "north", "south", "past", "present", "future",
        "time", "war", "age", "end", "beginning", "rest", "top", "bottom", "centre", "center", "middle", "late", "early",
    ];

    private static readonly HashSet<string> Rounds =
    [
        "ballot", "ballots", "round", "rounds", "game", "games", "match", "leg", "set", "half", "quarter", "period", "stage",
        "lap", "innings", "attempt", "heat", "vote", "day", "test", "race", "season", "term",
    ];

    private static readonly HashSet<string> CompassPoints = ["Eastern", "Western", "Northern", "Southern", "Central"];

    private static readonly HashSet<string> Comparisons = ["similar", "other", "another", "such", "different"];

    /// <summary>Whether the words of a claim after its subject lean on a referent given elsewhere.</summary>
    internal static bool Any(string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (Comparisons.Contains(word) && i + 1 < words.Length && IsLowerWord(words[i + 1]))
            {
                return true;
            }

            // "Stewart's fight": a possessive of a name other than the entity's or B's.
            if (i > 0 && char.IsUpper(word[0]) && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
                && !word.StartsWith("B'", StringComparison.Ordinal) && !word.StartsWith("B’", StringComparison.Ordinal)
                && i + 1 < words.Length && IsLowerWord(words[i + 1]))
            {
                return true;
            }

            // "the Eastern provinces": a compass point is no name.
            var from = i + 2 < words.Length && CompassPoints.Contains(words[i + 1]) ? i + 2 : i + 1;
            if (word == "the" && UnresolvedDefinite(words, from))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The lowercase noun phrase after "the" at <paramref name="from"/>: whole only with a rank, an "of" phrase or a name after it.</summary>
    private static bool UnresolvedDefinite(string[] words, int from)
    {
        var end = from;
        while (end < words.Length && IsLowerWord(words[end]) && !Lexicon.ClauseFunctionWords.Contains(words[end]) && !Lexicon.WordsAfterAnAnchor.Contains(words[end]))
        {
            end++;
        }

        // "surged to second place on the second ballot": a rank among rounds of an event the sentence before named.
        if (end > from && words[from..end].Any(IsRank) && Rounds.Contains(words[end - 1]) && (end == words.Length || words[end] != "of"))
        {
            return true;
        }

        if (end == from || words[from..end].Any(IsRank) || OneOfAKind.Contains(words[end - 1]))
        {
            return false;
        }

        // "the engineer district office in Milwaukee", "the host city for the 2006 FIFA World Cup": a phrase that names
        // it; a date does not ("the controversial monument from 1978").
        // "a painting of the fragments by B": "by" names who made it, not which fragments.
        return end == words.Length || !(words[end] == "of" || IsName(words[end])
            || (words[end] is not ("to" or "by") && Lexicon.PhraseOpeners.Contains(words[end]) && words.Skip(end + 1).Take(3).Any(w => char.IsUpper(w[0]))));
    }

    private static bool IsRank(string word) =>
        word is "only" or "first" or "last" or "same" or "main" or "most" or "best" or "worst" or "sole" or "next" or "former"
        || PhrasePatterns.Ordinal().IsMatch(word) || Ordinals.Contains(word)
        || (word.Length > 4 && word.EndsWith("est", StringComparison.Ordinal));

    private static readonly HashSet<string> Ordinals = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    private static bool IsName(string word) => char.IsUpper(word[0]) || char.IsDigit(word[0]);

    private static bool IsLowerWord(string word) => word.Length > 0 && char.IsLower(word[0]) && word.All(c => char.IsLetter(c) || c is '-' or '\'' or '’');
}
