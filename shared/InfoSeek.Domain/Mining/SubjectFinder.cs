using System.Text.RegularExpressions;
using InfoSeek.Domain.English;

namespace InfoSeek.Domain.Mining;

/// <summary>One way the page's text refers to its entity; a possessive one ("His", "Polk's") becomes "A's".</summary>
/// <param name="Dependent">
/// A pronoun ("He") or a type noun ("The toad") rather than a name: it refers to the entity only where nothing else
/// could be meant (see <see cref="SubjectFocus"/>).
/// </param>
internal sealed record SubjectForm(string Text, bool Possessive, bool IgnoreCase, bool Dependent = false);

/// <summary>Who a sentence is about: whether it opens with (a form of) the page's entity, and where that subject ends.</summary>
public static partial class SubjectFinder
{
    /// <summary>How many leading characters of the sentence name the page's entity; 0 when it is about something else.</summary>
    public static int SubjectLength(string sentence, string title)
    {
        var (length, possessive, _) = SubjectWithOpening(sentence, Forms(title, null, Lexicon.Pronouns.Take(4)));
        return possessive || length == 0 ? 0 : length + Apposition(sentence, length);
    }

    /// <summary>The subject at the start of the sentence or after a short opening phrase ("In 1836, it was described by ...").</summary>
    internal static (int Length, bool Possessive, bool Dependent) SubjectWithOpening(string sentence, List<SubjectForm> forms)
    {
        var direct = SubjectAtStart(sentence, forms);
        if (direct.Length == 0)
        {
            var comma = sentence.IndexOf(", ", StringComparison.Ordinal);
            if (comma > 0 && sentence[..comma].Split(' ').Length <= MaxOpeningWords)
            {
                var after = SubjectAtStart(sentence.AsSpan(comma + 2), forms);
                if (after.Length > 0)
                {
                    return (comma + 2 + after.Length, after.Possessive, after.Dependent);
                }
            }

            // "Born in Omaha, Nebraska, and raised in Grand Rapids, Michigan, Ford attended ...": a participle or
            // preposition opens a longer phrase, which holds commas of its own; the subject follows one of them.
            if (comma > 0 && ClausePatterns.OpeningWord().IsMatch(sentence))
            {
                for (var c = comma; c > 0 && sentence[..c].Split(' ').Length <= MaxLongOpeningWords; c = sentence.IndexOf(", ", c + 2, StringComparison.Ordinal))
                {
                    var after = SubjectAtStart(sentence.AsSpan(c + 2), forms);
                    if (after.Length > 0)
                    {
                        return (c + 2 + after.Length, after.Possessive, after.Dependent);
                    }
                }
            }
        }

        return direct;
    }

    private const int MaxOpeningWords = 8;

    private const int MaxLongOpeningWords = 20;

    /// <summary>
    /// Name forms of the entity, longest first: the title (bare of its disambiguation, and quoted), the title
    /// before " of " or a comma ("Richard II", "Hannah Primrose"), the last word of a proper name ("Polk"),
    /// "The" + the last word or the type's head noun ("The toad", "The album"), each also possessive ("Polk's");
    /// then the page's pronoun and its possessive ("He", "His").
    /// </summary>
    internal static List<SubjectForm> Forms(string title, string? typeHead, IEnumerable<string> pronouns)
    {
        var bare = Titles.WithoutDisambiguation(title);
        // "South Park (season 13)": the bare title names the whole series, of which the page's entity is one part.
        List<string> names = PartOfAWhole().IsMatch(title) ? [] : new List<string> { $"The {bare}", bare, $"\"{bare}\"", $"The {bare.Split(' ')[^1]}" };
        foreach (var cut in new[] { " of ", ", " })
        {
            var at = bare.IndexOf(cut, StringComparison.Ordinal);
            if (at > 0)
            {
                names.Add(bare[..at]);
            }
        }

        var words = bare.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Polk", "Beethoven" (not "Albania" of "Music of Albania": after "of" comes another entity). Not the last word of a
        // work's title ("Crusoe leaves England" is the character of the novel "Robinson Crusoe") nor of a ship's name
        // ("Australia was the only Dominion …" is the country on the page "HMAS Australia").
        // Nor "Virginia" of "Richmond, Virginia": after the comma comes the place it lies in ("Virginia seceded from the
        // United States").
        if (words.Length >= 2 && names.Count > 0 && !(typeHead is not null && Lexicon.WorkHeads.Contains(typeHead)) && !words[0].All(char.IsUpper)
            && !bare.Contains(", ", StringComparison.Ordinal)
            && words.All(w => char.IsUpper(w[0]) || w is "de" or "von" or "van" or "al" || w.StartsWith("al-", StringComparison.Ordinal)))
        {
            var last = words[^1].TrimEnd('.');
            if (last.Length >= 3 && !last.All(char.IsUpper) && !PhrasePatterns.RomanNumeral().IsMatch(last))
            {
                names.Add(last);
            }
        }

        if (typeHead is not null)
        {
            names.Add($"The {typeHead}");
        }

        // "The Berlin" or "The album" stand for the entity only where nothing else could be meant; "The Beatles" is its name.
        bool IsTypeNoun(string n) => n.StartsWith("The ", StringComparison.Ordinal) && n != $"The {bare}";
        var forms = names.Distinct()
            .SelectMany(n => new[]
            {
                new SubjectForm(n, false, n.StartsWith("The ", StringComparison.Ordinal), IsTypeNoun(n)),
                new SubjectForm(n + "'s", true, n.StartsWith("The ", StringComparison.Ordinal), IsTypeNoun(n)),
                new SubjectForm(n + "’s", true, n.StartsWith("The ", StringComparison.Ordinal), IsTypeNoun(n)),
            })
            .OrderByDescending(f => f.Text.Length)
            .ToList();
        // A court case or a film is not "he": its page's "He" is about a person in it ("Afroyim v. Rusk"). "It" and
        // "They" are no subject at all: on a labelled sample they meant something else (a railway, a musical, a
        // stadium) more often than the page's entity.
        foreach (var p in pronouns.Where(p => p is "He" or "She" && !(typeHead is not null && Lexicon.ThingHeads.Contains(typeHead))))
        {
            forms.Add(new SubjectForm(p, false, true, true));
            forms.Add(new SubjectForm(Lexicon.Pronouns[Array.IndexOf(Lexicon.Pronouns, p) + 4], true, true, true));
        }

        return forms;
    }

    [GeneratedRegex(@"\((?:[^)]* )?(?:season|series|episode|volume|part|chapter|book)(?: [^)]*)?\)$", RegexOptions.IgnoreCase)]
    private static partial Regex PartOfAWhole();

    internal static (int Length, bool Possessive, bool Dependent) SubjectAtStart(ReadOnlySpan<char> sentence, List<SubjectForm> forms)
    {
        if (sentence.IsEmpty || !(char.IsUpper(sentence[0]) || sentence[0] is '"' or 't' or 'h' or 's' or 'i'))
        {
            return (0, false, false);
        }

        foreach (var form in forms)
        {
            if (sentence.StartsWith(form.Text, form.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)
                && sentence.Length > form.Text.Length
                && (sentence[form.Text.Length] == ' ' || (!form.Possessive && sentence[form.Text.Length] == ',')))
            {
                var rest = sentence[(form.Text.Length + 1)..];
                if ((form.Possessive && !VerbForms.PossessedThenVerb().IsMatch(rest)) || (form.Text == "It" && ClausePatterns.ExpletiveIt().IsMatch(rest))
                    // "The Berlin State Opera ...": the name only qualifies a longer name, which is the subject.
                    || (!form.Possessive && rest.Length > 0 && char.IsUpper(rest[0])))
                {
                    return (0, false, false);
                }

                return (form.Text.Length, form.Possessive, form.Dependent);
            }
        }

        return (0, false, false);
    }

    /// <summary>
    /// Characters after the subject that only rename it: " (DSTT)" and ", also known as X," before a verb.
    /// The claim then reads on from the verb.
    /// </summary>
    internal static int Apposition(string sentence, int subject)
    {
        var m = ClausePatterns.Apposition().Match(sentence, subject);
        return m.Success && m.Index == subject ? m.Length : 0;
    }
}
