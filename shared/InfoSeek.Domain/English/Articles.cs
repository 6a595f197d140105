using System.Text.RegularExpressions;

namespace InfoSeek.Domain.English;

/// <summary>The indefinite article: which one a word takes ("a"/"an"), and where a text uses the wrong one.</summary>
public static partial class Articles
{
    /// <summary>"a"/"an" before <paramref name="next"/>, by its sound as far as spelling tells.</summary>
    public static string IndefiniteArticle(string next)
    {
        var word = next.TrimStart('"', '\'', '(', '‘', '“');
        if (word.Length == 0)
        {
            return "a";
        }

        var lower = word.ToLowerInvariant();
        if (AnBeforeConsonantLetter().IsMatch(lower))
        {
            return "an";
        }

        if (ABeforeVowelLetter().IsMatch(lower))
        {
            return "a";
        }

        // "a U.S. diplomat", "an F.B.I. agent": an initialism with full stops is read letter by letter too.
        if (DottedInitialism().IsMatch(word))
        {
            return "AEFHILMNORSX".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";
        }

        // An initialism is read letter by letter: "an MP", "an RAF squadron", "a BBC series"; an acronym that reads as a
        // word, by its sound: "a NATO member", "a FIFA tournament" (but "an NAACP lawyer").
        if (word.Length >= 2 && char.IsUpper(word[0]) && char.IsUpper(word[1]) && !word.Any(char.IsLower))
        {
            if (SpokenAcronym().IsMatch(word))
            {
                return "a";
            }

            return "AEFHILMNORSX".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";
        }

        if (char.IsDigit(word[0]))
        {
            return EightOrEleven().IsMatch(word) ? "an" : "a";
        }

        return "aeiou".Contains(lower[0], StringComparison.Ordinal) ? "an" : "a";
    }

    /// <summary>Gives a phrase that starts with "a"/"an" the article its next word needs.</summary>
    public static string FixArticle(string phrase)
    {
        var m = LeadingIndefinite().Match(phrase);
        return m.Success ? IndefiniteArticle(phrase[m.Length..]) + " " + phrase[m.Length..] : phrase;
    }

    public static bool IsIndefiniteArticle(string word) => word is "a" or "an" or "A" or "An";

    [GeneratedRegex(@"^[BCDFGHJKLMNPQRSTVWXZ][AEIOU][BCDFGHJKLMNPQRSTVWXZ][A-Z]+\b")]
    private static partial Regex SpokenAcronym();

    [GeneratedRegex(@"^(hour|honest|honou?r|heir|herb\b)")]
    private static partial Regex AnBeforeConsonantLetter();

    [GeneratedRegex(@"^(uni(?!n|mp|d)|use|usu|ur[aeiou]|uk|eu|one\b|once|ubiq|ute)")]
    private static partial Regex ABeforeVowelLetter();

    [GeneratedRegex(@"^(?:\p{Lu}\.){2,}")]
    private static partial Regex DottedInitialism();

    [GeneratedRegex(@"^(8|11|18)(\d\d)*(?!\d)")]
    private static partial Regex EightOrEleven();

    [GeneratedRegex(@"^(a|an)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingIndefinite();

    // The wrong-article rule in two variants, each kept exactly. WrongInClaim (the claim miner's) reads a corpus clause:
    // one space after the article and lower-case words only. WrongInQuestion (the question checks') reads a written
    // question: any white space after the article, and a capitalised word after it counts too ("an British", "a Obama"),
    // except "Eu..." and "One".
    /// <summary>"is a oil on canvas": the wrong article in a corpus clause.</summary>
    [GeneratedRegex(@"\ban [bcdfgjklmnpqrstvwxz][a-z]+\b|\ba (?!one\b|once\b|eu|ewe)[aeio][a-z]*\b")]
    internal static partial Regex WrongInClaim();

    /// <summary>The wrong article in a written question.</summary>
    [GeneratedRegex(@"\ban\s+[bcdfgjklmnpqrstvwxzBCDFGJKLMNPQRSTVWXZ][a-z]+\b|\ba\s+(?!one\b|once\b|eu|ewe)[aeio][a-z]*\b|\ba\s+(?!Eu|One\b)[AEIO][a-z]+\b")]
    internal static partial Regex WrongInQuestion();
}
