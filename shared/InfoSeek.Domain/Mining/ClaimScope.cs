using System.Text.RegularExpressions;
using InfoSeek.Corpus;
using InfoSeek.Domain.English;

namespace InfoSeek.Domain.Mining;

/// <summary>
/// Whether a claim still says only what its sentence says once it is cut out of it. A claim that states a scope
/// (a number, a rank, "only", "one of", a superlative) is true only with the qualifiers that follow it ("sold 75,000
/// downloads | in its first week", "is the only metal | whose ..."), so it must run to the end of its clause; no
/// claim ends inside a token ("at 5|:30", "7-6|, 6-2", "the only U|.S. President", "from St|. FX"); and no claim leans
/// on a word that points elsewhere: a possessive, demonstrative or object pronoun ("worked on one of his largest
/// churches", "streamed it"), a reference back ("the following year") or a time counted from another event ("five
/// days later").
/// </summary>
internal static partial class ClaimScope
{
    /// <summary>Whether the claim, ending at <paramref name="end"/> in the sentence, keeps what its truth depends on.</summary>
    internal static bool Holds(string sentence, string claim, int end)
    {
        if (EndsInsideToken(sentence, end) || PointsElsewhere().IsMatch(claim) || DroppedRole().IsMatch(sentence.AsSpan(end))
            || (AsFollows().IsMatch(sentence.AsSpan(end)) && NeedsAs().IsMatch(claim))
            || PartOfTheWorld().IsMatch(sentence.AsSpan(end)) || TurnedAgainst().IsMatch(sentence.AsSpan(end))
            || (ReturnedTo().IsMatch(claim) && OccasionFollows().IsMatch(sentence.AsSpan(end)))
            || (claim.Contains('B') && CompoundGoesOn().IsMatch(sentence.AsSpan(end)) && LowercaseWordBefore(sentence, end))
            || (ReasonFollows().IsMatch(sentence.AsSpan(end)) && Appraisal().IsMatch(claim))
            || DroppedName().IsMatch(sentence.AsSpan(end))
            || (UntilFollows().IsMatch(sentence.AsSpan(end)) && !DateInClaim().IsMatch(claim))
            || (EndsWithName(claim) && (ListGoesOn().IsMatch(sentence.AsSpan(end)) || RegionAfter(sentence, end) is not null))
            || (CountedTime().IsMatch(claim) && FromAnotherTime().IsMatch(sentence.AsSpan(end)))
            || Condition().IsMatch(sentence.AsSpan(end))
            || (LeadsOrLinks().IsMatch(claim) && DomainFollows().IsMatch(sentence.AsSpan(end)))
            || (Intention().IsMatch(claim) && sentence.AsSpan(end).StartsWith(" to ", StringComparison.Ordinal)))
        {
            return false;
        }

        return !StatesScope(claim) || EndsItsClause(sentence, end);
    }

    /// <summary>Where the words of an attribute claim (after its "A") end in the sentence, read from the clause start.</summary>
    internal static int EndOf(string sentence, string claim, int clauseStart)
    {
        var at = clauseStart;
        foreach (var word in claim.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            var found = sentence.IndexOf(word, at, StringComparison.Ordinal);
            if (found >= 0)
            {
                at = found + word.Length;
            }
        }

        return at;
    }

    internal static bool StatesScope(string claim) => Scope().IsMatch(Dates.DatesAndYears().Replace(claim, " "));

    private static bool EndsInsideToken(string sentence, int end)
    {
        var last = sentence.TrimEnd().Length - 1;
        if (end >= last || end <= 0)
        {
            return false;
        }

        return sentence[end] switch
        {
            // A point inside the sentence ends an abbreviation or a number, not the claim.
            '.' => true,
            ':' or '-' or '/' or '–' => !char.IsWhiteSpace(sentence[end + 1]),
            // "7-6, 6-2, 7-5": a number list goes on.
            ',' => char.IsDigit(sentence[end - 1]) && end + 2 <= last && char.IsDigit(sentence[end + 2]),
            _ => char.IsLetterOrDigit(sentence[end]),
        };
    }

    /// <summary>Nothing of the clause follows: the sentence ends, or a new clause or item opens.</summary>
    private static bool EndsItsClause(string sentence, int end) =>
        end >= sentence.TrimEnd().Length - 1 || ClauseBoundary().IsMatch(sentence.AsSpan(end));

    // "was licensed in Bern | , Switzerland, as a Privatdozent": the role the claim drops.
    [GeneratedRegex(@"^,[^,;]{1,40}, as ")]
    private static partial Regex DroppedRole();

    // "has been recognised in India | as an important educational centre": a verb whose "as" says what it is seen as.
    // "Perry names Björk | as an influence", "was featured by "Time" | as one of the 100 most influential people".
    [GeneratedRegex(@"\b(?:featured|names|named|lists|listed|chose|chosen|selected|picked|voted|counted|counts|recogni[sz]ed|regards?|regarded|described|considered|known|seen|viewed|classified|categori[sz]ed|referred to|designated|identified|characteri[sz]ed|hailed|acclaimed|credited)\b")]
    private static partial Regex NeedsAs();

    // "was honored in 1389 | with a lavish coronation", "ran into controversy in 2002 | over the cost", "supported the
    // New Deal | through the Army's operation of ...", "an important year | for its joint ventures": an honour, praise,
    // blame, support or weight whose reason, means or measure the cut drops.
    [GeneratedRegex(@"\b(?:honou?red|praised|critici[sz]ed|rewarded|punished|condemned|censured|controversy|criticism|dispute|outrage|supported|important|significant|crucial|pivotal|known|famous|noted|renowned|notable|remembered|celebrated|notorious|infamous|famed)\b")]
    private static partial Regex Appraisal();

    [GeneratedRegex(@"^[""”’']? (?:with|for|over|about|through)\b")]
    private static partial Regex ReasonFollows();

    [GeneratedRegex(@"^[""”’']? as ")]
    private static partial Regex AsFollows();

    // "Famine returned to the Netherlands | during World War II", "Livingstone returned to Africa | as head of the Zambezi
    // Expedition" (he returned to Britain too): which return, the words the cut dropped say.
    [GeneratedRegex(@"\breturned to (?:the )?B$")]
    private static partial Regex ReturnedTo();

    [GeneratedRegex(@"^,? (?:during|as|from|after)\b")]
    private static partial Regex OccasionFollows();

    // "The black stork breeds between April and May | in the Northern Hemisphere" (between September and March in
    // southern Africa): what holds in one part of the world only.
    [GeneratedRegex(@"^,? (?:in|across|throughout|over) (?:the )?(?:northern|southern|eastern|western) hemisphere\b|^,? in (?:most|much|parts|some|many) of\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartOfTheWorld();

    // "GDRT has been equated with the anonymous king of the Monumentum Adulitanum | , which would date his reign …;
    // however, the two are usually thought to be distinct": the sentence's next clause turns against the claim.
    [GeneratedRegex(@"^[^;]*; however,? (?:[\w-]+ ){0,5}(?:thought|believed|considered|regarded|disputed|doubted|rejected|unlikely|disproved|refuted|questioned)\b")]
    private static partial Regex TurnedAgainst();

    // "Germanium is useful for single crystal neutron | or synchrotron X-ray monochromator": a common noun that goes on,
    // after "or", to a head noun it only qualifies ("neutron … monochromator"), not a thing of its own. ("and" mostly
    // adds an item or a verb: "degrees in physics | and applied mathematics", "promoted to commander | and took charge".)
    [GeneratedRegex(@"^ or (?!(?:the|a|an|its|their|his|her|other|many|some|all|in|on|at|of|to|for|by|with|from)\b)[a-z][\w-]* [\w-]+")]
    private static partial Regex CompoundGoesOn();

    private static bool LowercaseWordBefore(string sentence, int end)
    {
        var start = end;
        while (start > 0 && !char.IsWhiteSpace(sentence[start - 1]))
        {
            start--;
        }

        return start < end && char.IsLower(sentence[start]);
    }

    // "brought an army drawn from Boeotia | , Thessaly and Euboea": the claim names the first of several as if it were all.
    [GeneratedRegex(@"^(?:, (?:the )?\p{Lu}[\w.'’-]*(?: \p{Lu}[\w.'’-]*)*)*,? (?:and|or) (?:the )?\p{Lu}")]
    private static partial Regex ListGoesOn();

    /// <summary>
    /// ", Ohio" when a US state, Canadian province or Australian state follows a name that ends at <paramref name="end"/>:
    /// "Edison was born in Milan | , Ohio" names another town than the one it was named after.
    /// </summary>
    internal static string? RegionAfter(string sentence, int end) =>
        end > 0 && end <= sentence.Length && char.IsLetter(sentence[end - 1]) ? LinkPlacement.RegionAt(sentence, end) : null;

    // "takes place one year | after the events of Star Fox Adventures": a time counted from what the claim drops.
    [GeneratedRegex(@"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many|\d+) (?:more )?(?:days?|weeks?|months?|years?|decades?|centuries|century)$")]
    private static partial Regex CountedTime();

    [GeneratedRegex(@"^ (?:after|before|later|earlier|into|prior|since|from)\b")]
    private static partial Regex FromAnotherTime();

    // "Edwin committed himself to Christianity | , provided only that he was victorious": what held only on a condition.
    [GeneratedRegex(@"^[,;]? (?:provided|providing|on (?:the )?condition|if|unless|so long as|as long as)\b")]
    private static partial Regex Condition();

    // "Israel leads the Middle East | in medium-range ballistic missile development", "sea routes connecting the Middle
    // East | with Europe": a lead in one field, or a link between two ends, cut to one.
    [GeneratedRegex(@"\b(?:leads?|led|dominates?|dominated|tops?|topped|connecting|linking|joining|connects?|links?|(?:parity|par|pace) with) (?:the )?B$")]
    private static partial Regex LeadsOrLinks();

    // "continued the policy of Richard Nixon | to "normalize" relations with the People's Republic of China": which
    // policy is in the words the cut drops.
    [GeneratedRegex(@"\b(?:policy|policies|plan|plans|decision|attempt|attempts|effort|efforts|idea|proposal|promise|wish|desire|intention|campaign|drive) (?:of (?:the )?)?B$")]
    private static partial Regex Intention();

    [GeneratedRegex(@"^(?:(?:,|,? and|,? or) (?:the )?\p{Lu}[\w.'’-]*(?: \p{Lu}[\w.'’-]*)*)*,? (?:in|with|to|and|for)\b")]
    private static partial Regex DomainFollows();

    // A relation's B may be one of several ("A is a member of the United Nations, the Arab League, ..."): it names each.
    private static bool EndsWithName(string claim)
    {
        var last = claim[(claim.LastIndexOf(' ') + 1)..];
        return last.Length > 0 && last != "B" && char.IsUpper(last[0]);
    }

    // "sailed from San Francisco | on the in October 1935": the corpus dropped a name from the phrase that follows.
    [GeneratedRegex(@"^ \w+ (?:the|a|an) (?:in|on|at|of|to|by|for|with|from|and)\b")]
    private static partial Regex DroppedName();

    // "remained in Japan | until relieved": a claim with no date of its own loses the end that bounds it ("was the
    // interim leader of Japan from 1945 | until 1948" keeps its start).
    [GeneratedRegex(@"^ until\b")]
    private static partial Regex UntilFollows();

    [GeneratedRegex(@"\d")]
    private static partial Regex DateInClaim();

    [GeneratedRegex(@"^(?:[.!?]?[""'”’)]*\s*$|; |, (?:and|but|which|who|whose|where|while|whereas|although|though|making|becoming) )")]
    private static partial Regex ClauseBoundary();

    // A rank, an extreme, an exclusive or approximate quantity, a chart position, a negation ("was not revived in
    // Paris | until 1883") or a number: each holds only within its scope.
    [GeneratedRegex(@"\b(?:only|sole|not|never|number|top|peaked|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|most|least|best|worst|one of|more|less|fewer|over|around|about|nearly|almost|approximately|majority|all|every|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million|billion|(?!(?:west|interest|forest|arrest|protest|request|suggest|honest|priest|contest|conquest|guest|quest|rest|test|nest|chest|crest|invest|digest|harvest|manifest|modest|earnest|northwest|southwest|midwest|everest|budapest|bucharest)\b)[a-z]+est)\b|\d", RegexOptions.IgnoreCase)]
    private static partial Regex Scope();

    // After the subject: a possessive, demonstrative or object pronoun that points at something named in another
    // clause ("appointed him general consul", "streamed it"), a reference back ("the following Justices", "the
    // latter's claim"), or a time counted from another sentence's event ("five days later", "retired after nine laps").
    [GeneratedRegex(@"^A(?:'s|’s)? .*\b(?:his|her|its|their|this|these|those|him|it|them|the (?:following|latter|former|same|next|previous)|\w+ (?:days?|weeks?|months?|years?) (?:later|earlier|afterwards)|after (?:\w+ )?(?:laps?|days?|weeks?|months?|years?|minutes?|hours?|games?|matches?|races?|seasons?))\b")]
    private static partial Regex PointsElsewhere();
}
