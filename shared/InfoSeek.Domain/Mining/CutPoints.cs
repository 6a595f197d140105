using InfoSeek.Domain.English;

namespace InfoSeek.Domain.Mining;

/// <summary>Where a claim may be cut shorter and still read whole: before a prepositional phrase that only adds detail.</summary>
public static class CutPoints
{
    /// <summary>
    /// The clause and up to two shorter prefixes of it that end before a prepositional phrase ("A became archbishop
    /// in 655" → "A became archbishop"): each is still true of the entity and still reads whole, but admits more
    /// pages, which gives the blurring a choice of fuzziness. A cut never leaves a dangling word ("A is a 2009
    /// independent") nor splits an "of" phrase ("A was the last | of the hijackers").
    /// </summary>
    public static IEnumerable<string> FuzzierVariants(string clause)
    {
        yield return clause;
        var words = clause.Split(' ');
        var emitted = 0;
        for (var length = words.Length - 1; length >= MinVariantWords && emitted < 2; length--)
        {
            // Not inside a subordinate clause: "A was told that if the people | at Oak Ridge gave him ..." is broken.
            var variant = string.Join(' ', words.Take(length));
            if (IsCutPoint(words, length) && !ClausePatterns.RelativePronoun().IsMatch(variant))
            {
                yield return variant;
                emitted++;
            }
        }
    }

    private const int MinVariantWords = 4;

    /// <summary>Whether words[..length] ends a phrase: the next word opens a prepositional phrase and the last is a content word.</summary>
    private static bool IsCutPoint(string[] words, int length) =>
        Lexicon.PhraseOpeners.Contains(words[length]) && !Lexicon.ClauseFunctionWords.Contains(words[length - 1].ToLowerInvariant())
        && !Lexicon.DanglingEnds.Contains(words[length - 1].ToLowerInvariant())
        // "A remains the largest | in Europe", "A was in Rome early | in September": the phrase gives the scope.
        && !NeedsScope(words[length - 1].ToLowerInvariant())
        // "one of twelve constellations created | by": a participle without its agent dangles.
        && !(words[length] == "by" && VerbForms.Participle().IsMatch(words[length - 1]))
        // "the first Australian | to sit in the House of Lords": an infinitive completes what comes before it.
        && words[length] != "to"
        // "Introduction | to Atomic Physics", "Speaker | of the House": not inside a name.
        && !(char.IsUpper(words[length - 1][0]) && length + 1 < words.Length && char.IsUpper(words[length + 1][0]));

    /// <summary>
    /// Where the words of a clause before a link end whole: before the last preposition that follows a content
    /// word ("A was completed in 1913 | for the"), at least <see cref="MinVariantWords"/> words in; -1 when nowhere.
    /// </summary>
    internal static int BeforeLastPreposition(string sentence, int from, int to)
    {
        var found = PhrasePatterns.Word().Matches(sentence, from).TakeWhile(w => w.Index < to).ToList();
        var words = found.Select(w => w.Value).ToArray();
        for (var length = words.Length - 1; length >= MinVariantWords - 1; length--)
        {
            if (IsCutPoint(words, length))
            {
                return found[length - 1].Index + found[length - 1].Length;
            }
        }

        return -1;
    }

    private static bool NeedsScope(string word) =>
        word is "early" or "late" or "shortly" or "soon" or "just" or "right" or "first" or "last" or "only" or "second" or "third"
        || (word.Length > 4 && word.EndsWith("est", StringComparison.Ordinal));
}
