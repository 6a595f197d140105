using InfoSeek.Corpus;
using InfoSeek.Domain.English;

namespace InfoSeek.Domain.Mining;

/// <summary>The pronouns that stand for the page's entity.</summary>
internal static class EntityPronouns
{
    /// <summary>Sentences of the lead that decide the page's pronoun.</summary>
    private const int LeadSentences = 20;

    /// <summary>
    /// The pronoun the page uses for its entity: the one that opens most sentences of its lead ("He" for a person, "It"
    /// for a country); any of them when the lead uses none. Other pronouns are about someone else ("She was diagnosed ..." on a
    /// man's page), and a page whose lead never says "He" (a war) uses it later for people in its story.
    /// </summary>
    internal static string[] Of(string text, IReadOnlyList<SentenceSpan> sentences)
    {
        Span<int> counts = stackalloc int[4];
        foreach (var s in sentences.Take(LeadSentences))
        {
            for (var p = 0; p < 4; p++)
            {
                var word = Lexicon.Pronouns[p];
                if (s.Length > word.Length && text.AsSpan(s.Start).StartsWith(word, StringComparison.Ordinal) && text[s.Start + word.Length] == ' ')
                {
                    counts[p]++;
                }
            }
        }

        var best = -1;
        for (var p = 0; p < 4; p++)
        {
            if (counts[p] > 0 && (best < 0 || counts[p] > counts[best]))
            {
                best = p;
            }
        }

        // A species or a road is "It" and "They" by turns; a lead that uses both means both.
        return best < 0 ? Lexicon.Pronouns[..4] : best >= 2 && counts[2] > 0 && counts[3] > 0 ? ["It", "They"] : [Lexicon.Pronouns[best]];
    }

    internal static bool IsPronoun(ReadOnlySpan<char> word)
    {
        foreach (var p in Lexicon.Pronouns)
        {
            if (word.Equals(p, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
