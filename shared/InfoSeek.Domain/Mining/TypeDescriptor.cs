using System.Text.RegularExpressions;
using InfoSeek.Domain.English;

namespace InfoSeek.Domain.Mining;

/// <summary>The type of a page's entity, read from its lead sentence: "a species of bird", "a 2009 independent drama film".</summary>
public static partial class TypeDescriptor
{
    private const int MaxTypeWords = 6;

    /// <summary>A type may run longer when a name leads into its head noun ("United States Army Corps of Engineers officer").</summary>
    private const int MaxNamedTypeWords = 9;

    /// <summary>"X is a species of bird in the family ..." → "a species of bird".</summary>
    public static string? Of(string leadSentence)
    {
        // "a Royal Australian Air Force (RAAF) squadron": the type reads on past a parenthesis.
        var lead = PhrasePatterns.Parenthesis().Replace(leadSentence, "");
        // "a 1961 oil on canvas painting": the medium is one modifier, not a place ("on").
        lead = PaintingMedium().Replace(lead, "$1-on-$2");
        var m = PhrasePatterns.TypeCopula().Match(lead);
        if (!m.Success)
        {
            return null;
        }

        var words = m.Groups["type"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // "the son of Princess Anne": a kinship names another person, not a kind; no type.
        if (words.Count > 2 && Lexicon.Kinship.Contains(words[0]) && words[1] == "of")
        {
            return null;
        }

        // "a small | and faint constellation", "an English stage | and film actor": the type reads on past a short "and" phrase.
        // "a pioneering American scientist | and one of the ...": "one" opens a second description, not a head noun.
        if (PhrasePatterns.AndPhrase().Match(lead, m.Index + m.Length) is { Success: true } and && and.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: <= 4 } andWords
            && andWords[1] != "one")
        {
            words.AddRange(andWords);
        }

        // "the head | of the executive branch": a noun that says nothing alone keeps its "of" phrase.
        if (words.Count == 1 && Lexicon.GenericHeads.Contains(words[0]) && PhrasePatterns.OfPhrase().Match(lead, m.Index + m.Length) is { Success: true } of)
        {
            words.AddRange(of.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        // A participle phrase ends the type: "a flotilla leader | built for", "a film | written and directed by"
        // (the copula's match may already end at "for" or "and", leaving the participle last).
        var participle = words.Count < 2 ? -1 : words.FindIndex(1, w => VerbForms.Participle().IsMatch(w));
        if (participle > 0 && (participle + 1 == words.Count || Lexicon.TypeEnders.Contains(words[participle + 1])))
        {
            words = words[..participle];
        }

        if (words.Count > MaxTypeWords)
        {
            // "a United States Army Corps of Engineers officer": a name ending on a lower-case head noun stays whole;
            // "a leading Australian fighter ace of World | War II": otherwise a cut ends before the "of" phrase it would split.
            var lastOf = words.LastIndexOf("of", MaxTypeWords - 1);
            var nameThenHead = words.Count <= MaxNamedTypeWords && char.IsLower(words[^1][0]) && lastOf > 0 && words.Count - lastOf > 2
                && words.Skip(lastOf + 1).SkipLast(1).All(w => char.IsUpper(w[0]));
            // "a form | of government wherein …": a noun that says nothing alone keeps its "of" phrase; the question's cleaning ends it.
            var cut = lastOf > 0 && !(lastOf == 1 && Lexicon.GenericHeads.Contains(words[0])) ? lastOf : MaxTypeWords;
            words = nameThenHead ? words : words.Take(cut).ToList();
        }

        // "the current President": the lead was true when written; the question is read later.
        words.RemoveAll(w => w == "current");
        // "a United States military agency responsible | for": an adjective that needs its complement; "an English
        // architect best | known for", "the largest city both | in area and ...", "a language mainly | spoken in", "a country south | of the Senegal River": a word
        // that opens what the cut left off.
        while (words.Count > 0 && (Lexicon.ClauseFunctionWords.Contains(words[^1].ToLowerInvariant()) || Lexicon.NeedsComplement.Contains(words[^1])
            || words[^1] is "both" or "either" or "best" or "well" or "just" || (words.Count > 1 && Lexicon.Directions.Contains(words[^1])) || (words[^1].EndsWith("ly", StringComparison.Ordinal) && words[^1].Length > 4 && !Lexicon.NounsInLy.Contains(words[^1]))
            || (words.Count > 2 && (VerbForms.DanglingParticiple().IsMatch(words[^1]) || Lexicon.DanglingIngParticiples.Contains(words[^1])))))
        {
            words.RemoveAt(words.Count - 1);
        }

        // "an Arabic-language | and English language television channel": a compound adjective is no head noun.
        if (words.Count > 0 && CompoundAdjective().IsMatch(words[^1]))
        {
            return null;
        }

        // "an 8.8-mile scenic roadway" without its number: the article goes with the word now after it (left alone
        // where the sound is unsure: "a U.S.", "an hour", "a unique").
        var det = m.Groups["det"].Value.ToLowerInvariant();
        det = det switch
        {
            "an" when words.Count > 0 && "bcdfgjklmnpqrstvwxyz".Contains(words[0][0], StringComparison.Ordinal) => "a",
            "a" when words.Count > 0 && "aeio".Contains(words[0][0], StringComparison.Ordinal) && !words[0].StartsWith("one", StringComparison.Ordinal) => "an",
            _ => det,
        };
        var type = $"{det} {string.Join(' ', words)}".Trim();
        return type.Split(' ').Length >= 2 ? type : null;
    }

    [GeneratedRegex(@"\b(oil|tempera|acrylic|gouache|watercolou?r) on (canvas|panel|oak|board|wood|paper|linen|copper)\b")]
    private static partial Regex PaintingMedium();

    [GeneratedRegex(@"-(?:language|speaking|based|born|owned|led|run|made|built|related|like|style)$")]
    private static partial Regex CompoundAdjective();

    /// <summary>The head noun of a type descriptor: "a 1965 album" → "album", "a species of bird" → "species".</summary>
    internal static string? Head(string descriptor)
    {
        var words = descriptor.Split(' ');
        var of = Array.IndexOf(words, "of");
        var head = (of > 1 ? words[of - 1] : words[^1]).Trim('"');
        return head.Length >= 3 && head.All(char.IsLetter) && char.IsLower(head[0]) ? head : null;
    }
}
