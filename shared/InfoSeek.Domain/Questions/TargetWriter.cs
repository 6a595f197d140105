using System.Text.RegularExpressions;
using InfoSeek.Contracts;
using InfoSeek.Domain.English;

namespace InfoSeek.Domain.Questions;

/// <summary>Writes a claim's target into its clause in place of "B": a description, a type, or a name as its sentence writes it.</summary>
internal static partial class TargetWriter
{
    private static readonly HashSet<string> Seasons = ["summer", "winter", "spring", "autumn", "fall"];

    private static readonly HashSet<string> AppositiveKinds =
    [
        "state", "nation", "city", "town", "village", "island", "province", "county", "country", "kingdom", "republic", "region",
        "municipality", "borough", "emirate", "territory", "district",
    ];

    /// <summary>
    /// Writes the target in place of "B", keeping the clause's own determiners and titles:
    /// "is a B" + "an American politician" → "is an American politician"; "in the B" + "a Christian mission" →
    /// "in a Christian mission" (the name's article gives way to the type's); "was the eighth B" + "the head" → "was
    /// the eighth head"; "succeeded Colonel B" + "a senior commander" → "succeeded a Colonel (a senior commander)".
    /// </summary>
    internal static string WriteTarget(string body, NounPhrase? target, bool isName)
    {
        var words = body.Split(' ').ToList();
        var at = words.FindIndex(w => ClaimText.TargetWord().IsMatch(w));
        if (at < 0)
        {
            return body;
        }

        var suffix = words[at][1..];
        var phrase = target ?? new NounPhrase("something", "");
        // "in central B" of Africa: "in central a continent" reads as nothing; in central Africa is in Africa, and in
        // "South B" of Asia, in Asia.
        while (!isName && at > 1 && ((Lexicon.CompassWords.Contains(words[at - 1]) && char.IsLower(words[at - 1][0])) || Lexicon.Directions.Contains(words[at - 1].ToLowerInvariant())))
        {
            words.RemoveAt(at - 1);
            at--;
        }

        // "introduced to the U.S. state of B", "the capital city of the nation of B": "the state of California" only names
        // B, and with B hidden "the U.S. state of a populous state" says its kind twice; "a U.S. state" leads B's clauses.
        if (!isName && target is not null && at >= 3 && words[at - 1] == "of")
        {
            var the = words.LastIndexOf("the", at - 2);
            if (the >= 0 && the < at - 2 && at - the <= 4 && AppositiveKinds.Contains(words[at - 2])
                && words.Skip(the + 1).Take(at - 3 - the).All(w => char.IsUpper(w[0])))
            {
                var kind = string.Join(' ', words.Skip(the + 1).Take(at - 2 - the));
                var named = $"{Articles.IndefiniteArticle(kind)} {kind}{Tail(phrase)}{suffix}";
                return string.Join(' ', words.Take(the).Append(named).Concat(words.Skip(at + 1)));
            }
        }

        var before = words.Take(at).ToList();
        string written;
        if (isName || !NounPhrases.StartsWithDeterminer(phrase.Head))
        {
            // "elected to the B" + "one of the two chambers": "the one of" reads as no English.
            if (before.Count > 0 && NounPhrases.IsDeterminerOrPossessive(before[^1])
                && (NounPhrases.StartsWithDeterminer(phrase.Head) || (!isName && (phrase.Head is "someone" or "something" || phrase.Head.StartsWith("one of ", StringComparison.Ordinal)))))
            {
                before.RemoveAt(before.Count - 1);
            }
            else if (isName && before.Count > 0 && Articles.IsIndefiniteArticle(before[^1]))
            {
                // "called for an B" + "Competition law": the article goes with the name as written.
                before[^1] = Articles.IndefiniteArticle(phrase.Head);
            }

            written = phrase.ToString();
        }
        else
        {
            var (start, modifiers) = NounPhrases.NounRunBefore(words, at);
            var determinerBefore = start > 0 && NounPhrases.IsDeterminerOrPossessive(words[start - 1]);
            if (start == at)
            {
                // Right after a verb, preposition or determiner.
                // "a founding member of the B" + "an international organization": the article belongs to B's name; the
                // hidden entity is one of its kind ("of an international organization"), not one the reader met before.
                // "warmer than the B" + "another ocean": "the ocean" would be the one the reader already met.
                if (determinerBefore && (Articles.IsIndefiniteArticle(words[start - 1])
                    || (words[start - 1] is "the" or "The" && phrase.Head.Split(' ')[0] is var first && (Articles.IsIndefiniteArticle(first) || first == "another"))))
                {
                    before.RemoveAt(before.Count - 1);
                    written = phrase.ToString();
                }
                else
                {
                    // "the RAAF's newly established B", "the reflecting B": a participle after a determiner already opens the noun phrase.
                    var governed = start - 1;
                    while (governed > 0 && char.IsLower(words[governed][0])
                        && (words[governed].EndsWith("ed", StringComparison.Ordinal) || words[governed].EndsWith("ly", StringComparison.Ordinal) || words[governed].EndsWith("ing", StringComparison.Ordinal)))
                    {
                        governed--;
                    }

                    var determinerBeforeParticiple = governed < start - 1 && NounPhrases.IsDeterminerOrPossessive(words[governed]);
                    written = (determinerBefore || determinerBeforeParticiple ? NounPhrases.WithoutArticle(phrase.Head) : phrase.Head) + Tail(phrase);
                }
            }
            else if ((modifiers || (at - start == 1 && Seasons.Contains(words[start]))) && determinerBefore)
            {
                // "the eighth B", "a cosmological B": the clause's determiner and modifiers lead the target's noun; so does a
                // season ("the summer B" + "an international multi-sport event"), which only dates the event.
                written = NounPhrases.WithoutArticle(phrase.Head) + Tail(phrase);
                if (Articles.IsIndefiniteArticle(before[start - 1]))
                {
                    before[start - 1] = Articles.IndefiniteArticle(before[start]);
                }
            }
            else if (words.Skip(start).Take(at - start).All(w => NounPhrases.WithoutArticle(phrase.Head).Split(' ').Contains(w, StringComparer.OrdinalIgnoreCase)))
            {
                // "physicist B" + "a Danish physicist": the target's type already says it; so does a title ("General B" +
                // "an American general and politician").
                before.RemoveRange(start, at - start);
                if (determinerBefore && Articles.IsIndefiniteArticle(words[start - 1]))
                {
                    before.RemoveAt(start - 1);
                }

                written = (determinerBefore && before.Count == start ? NounPhrases.WithoutArticle(phrase.Head) : phrase.Head) + Tail(phrase);
            }
            else if (at - start == 1 && !determinerBefore && ProperAdjective().IsMatch(words[start]) && Articles.IsIndefiniteArticle(phrase.Head.Split(' ')[0]))
            {
                // "was critical of Athenian B" + "a form of government": "of an Athenian form of government", an adjective
                // leading the target's noun, not a title before a name ("a Colonel (a senior commander)").
                before.Insert(start, Articles.IndefiniteArticle(words[start]));
                written = NounPhrases.WithoutArticle(phrase.Head) + Tail(phrase);
            }
            else if (at - start == 1 && words[start] == "one")
            {
                // "produced one B" + "a funnel cloud": a count, not a role; "one funnel cloud".
                written = NounPhrases.WithoutArticle(phrase.Head) + Tail(phrase);
            }
            else
            {
                // A role or title before the name ("Colonel B", "former Beatles drummer B"): the target in brackets, or,
                // where the target's own description follows, the role as an apposition: "was defeated by Democrat B" +
                // "another President who visited Panama" → "by another President, a Democrat, who visited Panama".
                if (!determinerBefore && !words[at - 1].EndsWith('s'))
                {
                    before.Insert(start, Articles.IndefiniteArticle(before[start]));
                }

                if (phrase.Tail.Length > 0)
                {
                    var from = determinerBefore ? start - 1 : start;
                    var role = string.Join(' ', before.Skip(from));
                    before.RemoveRange(from, before.Count - from);
                    written = $"{phrase.Head}, {role}, {phrase.Tail}";
                }
                else
                {
                    written = $"({phrase.Head}){Tail(phrase)}";
                }
            }
        }

        return string.Join(' ', before.Append(written + suffix).Concat(words.Skip(at + 1)));
    }

    /// <summary>
    /// "genetics" for "Genetics" where the claim's words are not the sentence's own ("is an important model organism for" of
    /// "is still an important ..."): the title in the case the sentence writes it, when it stands there as whole words.
    /// </summary>
    private static string InSentenceCase(string bare, string sentence)
    {
        var at = sentence.IndexOf(bare, StringComparison.OrdinalIgnoreCase);
        var end = at + bare.Length;
        return at > 0 && !char.IsLetterOrDigit(sentence[at - 1]) && (end == sentence.Length || !char.IsLetterOrDigit(sentence[end]))
            ? sentence.Substring(at, bare.Length)
            : bare;
    }

    /// <summary>
    /// A named target as its evidence sentence writes it: "three goals" for "Goal (ice hockey)", "Manchester
    /// United" for "Manchester United F.C.", the whole list "Ara, Triangulum Australe and Circinus" for
    /// "Circinus"; the title without its disambiguation when the sentence does not show it after the claim's words.
    /// </summary>
    internal static string NameAsWritten(TreeClaim claim, string title)
    {
        var bare = Titles.WithoutDisambiguation(title);
        var text = claim.Text;
        var b = text.IndexOf(" B", StringComparison.Ordinal);
        var sentence = claim.Evidence.Sentence;
        var lead = text.StartsWith("A ", StringComparison.Ordinal) || text.StartsWith("A's ", StringComparison.Ordinal) ? text.IndexOf(' ', StringComparison.Ordinal) + 1 : 0;
        if (b < lead || string.IsNullOrEmpty(sentence))
        {
            // "B is an agency of A" read on "The World Health Organization is an agency of …": the name keeps its "the".
            // "The dandelion is native to …" for "Dandelion": as the sentence writes it, "the dandelion"; "In fact, the
            // Ottoman Empire … entered into a military alliance with France": "the Ottoman Empire".
            return text.StartsWith("B ", StringComparison.Ordinal) && !bare.StartsWith("The ", StringComparison.OrdinalIgnoreCase)
                && sentence is not null && WithThe(sentence, bare) is { Success: true } written
                ? "the " + written.Groups["name"].Value
                : bare;
        }

        var prefix = text[lead..b];
        var at = prefix.Length == 0 ? -1 : sentence.IndexOf(prefix + " ", StringComparison.Ordinal);
        if (at < 0)
        {
            return InSentenceCase(bare, sentence);
        }

        var rest = sentence[(at + prefix.Length + 1)..].TrimStart('"', '“', '‘', '\'');
        var whole = rest.IndexOf(bare, StringComparison.OrdinalIgnoreCase);
        // Words that qualify it ("Grade II listed building") or a list of names ("Ara, Triangulum Australe and Circinus");
        // "Libya on the west, Sudan" is no name of Sudan.
        if (whole >= 0 && whole <= 60 && rest[..whole].IndexOfAny(['.', ';', ':', '(', ')']) < 0
            && (!rest[..whole].Contains(',', StringComparison.Ordinal) || NamesBefore().IsMatch(rest[..whole])))
        {
            return ToWordEnd(rest, whole + bare.Length).TrimEnd(',');
        }

        // Word by word while the sentence's words begin like the title's: "goals" for "Goal", "Manchester United" for "Manchester United F.C.".
        var titleWords = bare.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var restWords = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var matched = 0;
        while (matched < titleWords.Length && matched < restWords.Length && SameWordStart(restWords[matched], titleWords[matched]))
        {
            matched++;
        }

        return matched == 0 ? bare : string.Join(' ', restWords.Take(matched)).TrimEnd(',', '.', ';', ':', '"', '”', '’');
    }

    private static bool SameWordStart(string written, string title)
    {
        var w = written.TrimEnd(',', '.', ';', ':', '"', '”', '’');
        var stem = title.Length > 4 ? title[..4] : title;
        return w.StartsWith(stem, StringComparison.OrdinalIgnoreCase) && w.Length <= title.Length + 3;
    }

    private static string ToWordEnd(string text, int end)
    {
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return text[..end];
    }

    private static string Tail(NounPhrase phrase) => phrase.Tail.Length == 0 ? "" : " " + phrase.Tail;

    // "Ara, Triangulum Australe and " before "Circinus": names joined by commas and "and", or nothing.
    [GeneratedRegex(@"^(?:(?:the )?\p{Lu}[\w'’.-]*(?: (?:of |de |the )?\p{Lu}[\w'’.-]*)*(?:, and |, | and | or ))*$")]
    private static partial Regex NamesBefore();

    // "Athenian", "Russian", "Mexican": an adjective of a people or place; "Republican" is a party's member.
    [GeneratedRegex(@"^(?!Republican$)\p{Lu}[a-z]+(?:ian|can)$")]
    private static partial Regex ProperAdjective();

    // The name after "the" at the sentence's start or after a comma, not before another capitalised word ("the Paris Commune").
    private static Match WithThe(string sentence, string name) =>
        Regex.Match(sentence, $@"(?:^|, )[Tt]he (?<name>(?i:{Regex.Escape(name)}))(?= (?!\p{{Lu}})|[,;.]|$)", RegexOptions.CultureInvariant);
}
