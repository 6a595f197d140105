using InfoSeek.Domain.English;

namespace InfoSeek.Domain.Mining;

/// <summary>
/// Cuts a claim out of a sentence: from a clause start to the end of its clause (or to its link), with the anchor as
/// "B", and refuses a cut that does not read as a claim of its own.
/// </summary>
public static class ClauseCutter
{
    public const int MaxClaimWords = 16;

    /// <summary>A relation keeps only the words between the subject and the link: short relations are fuzzy, as they should be.</summary>
    public const int MaxRelationWords = 10;

    /// <summary>The first clause end at or after <paramref name="from"/>; a comma or point inside a number ("US$1,000", "3.5") is not one.</summary>
    internal static int ClauseEnd(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] is ',' or '.' && i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]))
            {
                continue;
            }

            if (text[i] is ',' or ';' or ':' or '(' or '.')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// "A" (or "A's") + the sentence after the clause start, with the anchor replaced by "B", cut at the end of the
    /// clause that holds the anchor (or at the first clause end, for an attribute), at most
    /// <see cref="MaxClaimWords"/> words. Null when the result is not a usable claim.
    /// </summary>
    internal static string? Cut(string sentence, ClauseStart from, int anchorStart, int anchorLength, int tail = 0)
    {
        var rest = sentence[from.Offset..];
        var anchorInRest = anchorStart - from.Offset;
        if (anchorStart >= 0)
        {
            rest = string.Concat(rest.AsSpan(0, anchorInRest), "B", rest.AsSpan(anchorInRest + anchorLength));
        }

        // A relation ends at its link; an attribute at the end of its first clause.
        var end = anchorStart >= 0 ? anchorInRest + 1 + tail : ClauseEnd(rest, 0);
        var clause = (end < 0 ? rest : rest[..end]).Replace("\"", "", StringComparison.Ordinal).Trim();
        // "A is home to one independent ( private) grammar school": the parenthesis sits inside the phrase.
        if (anchorStart < 0 && end >= 0 && rest[end] == '(' && ContinuesAfterParenthesis(rest, end))
        {
            return null;
        }
        if (anchorStart >= 0 && (clause.IndexOfAny([',', ';', ':', '(', ')']) >= 0 || clause.Split(' ').Length > MaxRelationWords + 1 + rest.AsSpan(anchorInRest + 1, tail).Count(' ')))
        {
            return null;
        }
        if (clause.StartsWith(',') || clause.Length == 0)
        {
            return null;
        }

        // The sentence's own standalone "A" or "B" ("rated a B+") would read as a placeholder; "is a oil on canvas"
        // shows that the corpus dropped words (a measurement) from the clause.
        if (Articles.WrongInClaim().IsMatch(clause))
        {
            return null;
        }

        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words.Length > MaxClaimWords || ClaimText.StandalonePlaceholder().Count(clause) > (anchorStart >= 0 ? 1 : 0))
        {
            return null;
        }

        // "A and B are licensed": a compound subject says something of both together, not of the entity.
        if (words[0] == "and")
        {
            return null;
        }

        // "Uranium metal heated to ...", "Stretford Local Board of Health was ...": the name used as a modifier of
        // another subject; the entity's own clause goes on with a verb.
        if (!from.Placeholder.EndsWith("'s", StringComparison.Ordinal) && (!StartsWithVerb(words) || PluralNounThenVerb(words, rest)))
        {
            return null;
        }

        // "A worked there for two years", "A kept the same name", "A compelled the rebels to capitulate": the claim
        // leans on another sentence.
        if (words.Any(w => Lexicon.Anaphors.Contains(w.ToLowerInvariant())) || UnresolvedReferences.Any(words))
        {
            return null;
        }

        // "A was appointed to establish and B": B joined to a verb; "A was on hand when the world's first B": B is
        // the subject of a clause the claim cuts off, as in "A became team leader until world champion B [joined]".
        var b = Array.FindIndex(words, w => w.StartsWith('B') && (w.Length == 1 || !char.IsLetter(w[1])));
        if (anchorStart >= 0 && b > 0 && (words[b - 1] is "and" or "or" || words[..b].Any(w => Lexicon.Subordinators.Contains(w) || w == "until")))
        {
            return null;
        }

        // "A hoped that at the Republican convention": a subordinate clause cut off before its verb.
        if (anchorStart < 0 && Enumerable.Range(0, words.Length).Any(k => Lexicon.Subordinators.Contains(words[k]) && !words.Skip(k + 1).Any(IsPastOrListedVerb)))
        {
            return null;
        }

        if (IsGarbled(words, anchorStart < 0 && end >= 0 ? rest[end] : '.'))
        {
            return null;
        }

        // "A was 390": a bare number says nothing without the sentence around it.
        if (words.Length == 2 && words[0] is "is" or "was" or "are" or "were" && words[1].All(c => char.IsDigit(c) || c is ',' or '.'))
        {
            return null;
        }

        // "A handed over to Group Captain B the": the clause stopped inside a phrase.
        if (Lexicon.DanglingEnds.Contains(words[^1].ToLowerInvariant()))
        {
            return null;
        }

        // "A then threw his support to B", "A was also the 17th B": an adverb that ties the sentence to the one
        // before it means nothing in a claim on its own.
        var adverb = words.Length > 2 && Lexicon.Auxiliaries.Contains(words[0]) ? 1 : 0;
        // "Hugo would further the cause of B": before a determiner the word is the verb.
        if (words.Length > adverb + 2 && Lexicon.DiscourseAdverbs.Contains(words[adverb])
            && !(words[adverb] == "further" && words[adverb + 1] is "the" or "a" or "an" or "his" or "her" or "its" or "their"))
        {
            words = [.. words[..adverb], .. words[(adverb + 1)..]];
        }

        return from.Placeholder + " " + string.Join(' ', words);
    }

    /// <summary>
    /// A cut that leaves a phrase half open: "A revealed that while he wished ..." (the main clause of "while" cut
    /// off), "A was successful in both B" (the second item cut off), "A is home not only to ..." (no "but"), "A's
    /// condition continued to decline and in mid-November" (a comma that ended the opening phrase of the next clause).
    /// </summary>
    private static bool IsGarbled(string[] words, char cutAt)
    {
        for (var k = 0; k < words.Length; k++)
        {
            var rest = words.AsSpan(k + 1);
            if ((Lexicon.Subordinators.Contains(words[k]) && k + 1 < words.Length && Lexicon.Subordinators.Contains(words[k + 1]))
                || (words[k] is "both" or "between" && !rest.Contains("and"))
                || (words[k] == "either" && !rest.Contains("or"))
                || (words[k] == "not" && k + 1 < words.Length && words[k + 1] == "only" && !rest.Contains("but")))
            {
                return true;
            }
        }

        var and = Array.LastIndexOf(words, "and");
        return cutAt == ',' && and >= 0 && and + 1 < words.Length && Lexicon.PhraseOpeners.Contains(words[and + 1]) && !words.Skip(and + 1).Any(IsPastOrListedVerb);
    }

    /// <summary>"the money supply can increase": words in "-ly" that are no adverbs.</summary>
    private static readonly HashSet<string> NounsInLy = ["supply", "family", "assembly", "monopoly", "anomaly", "rally", "reply", "butterfly", "homily", "Italy"];

    /// <summary>Whether a clause after its subject opens with a finite verb, after adverbs ("A briefly dated B").</summary>
    internal static bool StartsWithVerb(string[] words)
    {
        var i = AfterAdverbs(words);
        var word = words[i];
        // "A compounds are also used", "A routes served": a plural noun with its own verb after it, the name its modifier.
        var pluralNoun = i + 1 < words.Length && IsPastOrListedVerb(words[i + 1]);
        return IsPastOrListedVerb(word) || (word.Length > 3 && char.IsLower(word[0]) && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !pluralNoun);
    }

    /// <summary>Where the clause's verb should stand: past the adverbs that open it ("A briefly dated B").</summary>
    private static int AfterAdverbs(string[] words)
    {
        var i = 0;
        while (i < words.Length - 1 && (Lexicon.PreverbAdverbs.Contains(words[i]) || Lexicon.DiscourseAdverbs.Contains(words[i]) || (words[i].Length > 4 && words[i].EndsWith("ly", StringComparison.Ordinal) && !NounsInLy.Contains(words[i]))))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// "Carboniferous rocks in Europe and eastern North America largely consist of ...": a word in "-s" read as the verb
    /// is a plural noun when a plural verb follows it in the same clause.
    /// </summary>
    private static bool PluralNounThenVerb(string[] words, string rest)
    {
        var word = words[AfterAdverbs(words)];
        if (IsPastOrListedVerb(word))
        {
            return false;
        }

        var at = rest.IndexOf(word, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        // Up to the clause's end or a relative clause ("A operates ferries that are ..."), whose verb is its own.
        var end = ClauseEnd(rest, at);
        var clause = end < 0 ? rest[at..] : rest[at..end];
        var relative = ClausePatterns.RelativePronoun().Match(clause);
        return PhrasePatterns.PluralVerb().IsMatch(relative.Success ? clause[..relative.Index] : clause);
    }

    private static bool ContinuesAfterParenthesis(string rest, int open)
    {
        var close = rest.IndexOf(')', open);
        return close > 0 && close + 2 < rest.Length && rest[close + 1] == ' ' && char.IsLower(rest[close + 2]);
    }

    /// <summary>A finite verb of the list, or a lower-case word in "-ed".</summary>
    internal static bool IsPastOrListedVerb(string word) =>
        Lexicon.FiniteVerbs.Contains(word) || (word.Length > 3 && char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal));
}
