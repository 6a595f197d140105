using System.Text.RegularExpressions;
using InfoSeek.Domain.English;

namespace InfoSeek.Domain.Mining;

/// <summary>
/// Whether a relation cut at its anchor still says what the sentence says. Most words after the anchor only add
/// detail ("A was born in B | on the outskirts of Athens"), but some complete it, and the cut then changes what the
/// claim means: the complement of a verb that takes an object and a complement ("A put B | on a course toward ...",
/// "A ordered B | to assume command", "A started to refer to B | as the fourth dimension"), the "of" phrase of a
/// common noun ("A became the B | of the kingdom of Prussia"), the verb B is the subject of ("until world champion B | was ...") or
/// the longer name B only qualifies ("A sang lead vocals on the "B" | B-side").
/// </summary>
internal static partial class AnchorEnding
{
    /// <summary>Whether what follows the anchor (and its tail) at <paramref name="end"/> may be cut off.</summary>
    internal static bool IsHarmless(string sentence, string claim, bool commonNoun, int end)
    {
        if (MistakenForVerb().IsMatch(claim) || RouteName().IsMatch(sentence, end) || YearOfAnEvent().IsMatch(sentence, end))
        {
            return false;
        }

        var at = end;
        while (at < sentence.Length && sentence[at] is '"' or '”' or '’' or '\'')
        {
            at++;
        }

        // "the reduction of copper(II) salts": a bracket right after the anchor makes it part of a longer name.
        if (at < sentence.Length && sentence[at] == '(')
        {
            return false;
        }

        var rest = sentence.AsSpan(at);
        var date = DateModifier().Match(sentence, at);
        if (date.Success)
        {
            rest = sentence.AsSpan(at + date.Length);
        }

        if (rest.Trim().IsEmpty || rest.TrimStart()[0] is '.' or '!' or '?' or ',' or ';' or ':' or '(' or ')' or '—' or '–')
        {
            return true;
        }

        if (rest[0] != ' ' || rest.Length < 2 || (char.IsUpper(rest[1]) && !MonthOrDate().IsMatch(rest)))
        {
            return false;
        }

        return !(VerbOfB().IsMatch(rest)
            || (PartOfB().IsMatch(claim) && !rest.StartsWith(" in ", StringComparison.Ordinal))
            || (SeparatedFromB().IsMatch(claim) && rest.StartsWith(" by ", StringComparison.Ordinal))
            || (ConnectingB().IsMatch(claim) && Joiner().IsMatch(rest))
            || (commonNoun && rest.StartsWith(" of ", StringComparison.Ordinal))
            || (commonNoun && (SharedActivityHead().IsMatch(rest) || ActivityHead().IsMatch(rest)))
            || (commonNoun && KindClaim().IsMatch(claim) && CoordinatedModifier().IsMatch(rest))
            || AndOthers().IsMatch(rest)
            || (ConjunctionBeforeB().IsMatch(claim) && SubjectThenVerb().IsMatch(rest))
            || ((commonNoun || !claim.EndsWith('B')) && (rest.StartsWith(" \"", StringComparison.Ordinal) || rest.StartsWith(" “", StringComparison.Ordinal)))
            || ThanAfter().IsMatch(rest) || NominationAfter().IsMatch(rest) || (WithB().IsMatch(claim) && rest.StartsWith(" as ", StringComparison.Ordinal) && !rest.StartsWith(" as well as ", StringComparison.Ordinal))
            || (!commonNoun && NameAsModifier().IsMatch(claim) && NounAfterName().IsMatch(rest))
            || (GivenWith().IsMatch(claim) && rest.StartsWith(" with ", StringComparison.Ordinal))
            || CoinOrNote().IsMatch(rest) || Idiom().IsMatch(rest)
            || OfTheAfterName().IsMatch(rest)
            || (!commonNoun && NameGoesOnAfterOf().IsMatch(rest))
            || (Complement().IsMatch(rest) && (ObjectAndComplementVerb().IsMatch(claim) || JudgingVerbOfB().IsMatch(claim))));
    }

    [GeneratedRegex(@"^ (?:" + Dates.MonthNames + @")\b")]
    private static partial Regex MonthOrDate();

    // "Howard … held Jamal Mashburn | in check defensively": the verb means something else without the idiom's end.
    [GeneratedRegex(@"^ (?:in check|at bay|at arm's length|in place|in contempt|to account|in high regard|in esteem)\b")]
    private static partial Regex Idiom();

    // "Pakistan is a federal democratic republic with Islam | as the state religion": "with B as …" says what B is to A
    // ("Plante took a job with Molson | as a sales representative" keeps its claim: not a description of A).
    [GeneratedRegex(@"^A (?:is|was|are|were)\b.*\bwith (?:the )?B$")]
    private static partial Regex WithB();

    // "Pluto gets closer to the Sun | than Neptune": a comparison without what it compares with.
    [GeneratedRegex(@"^ than\b")]
    private static partial Regex ThanAfter();

    // "Hathaway received a British Independent Film Award | for Best Actress nomination": a nomination, not the award.
    [GeneratedRegex(@"^ (?:for [^,;.]*? )?nominations?\b")]
    private static partial Regex NominationAfter();

    // "began development as a "Sonic the Hedgehog" | fangame", "was a Labour | politician": a name after "a" qualifies
    // the noun that follows it, which is what the sentence says A is ("released a DVD | entitled …" names its DVD).
    [GeneratedRegex(@"\ban? B$")]
    private static partial Regex NameAsModifier();

    [GeneratedRegex(@"^ (?!(?:for|in|on|at|to|from|with|by|of|and|or|but|as|after|before|during|which|that|who|when|while|since|until|into|under|over|through|between|against|among|across|near|per|via|entitled|titled|called|named)\b)[a-z][a-z-]+(?<!ed)\b")]
    private static partial Regex NounAfterName();

    // "A is essential to B | and steel production" (iron): B is the first of two nouns that qualify one activity, and
    // the claim is about the activity, not about B.
    [GeneratedRegex(@"^ and [a-z]+ (?:production|industry|industries|manufacturing|manufacture|making|mining|processing|smelting|trade|exports|imports|consumption)\b")]
    private static partial Regex SharedActivityHead();

    // "servers located in B | and four other locations": B is one place of several, and the claim would make it the only one.
    [GeneratedRegex(@"^,? (?:and|or) (?:\w+ )?(?:other|more)\b")]
    private static partial Regex AndOthers();

    // "Miranda Otto is an Australian B | and theatre actress": B is one of two words that qualify the kind, not the kind.
    [GeneratedRegex(@"^A (?:is|was|are|were) (?:an?|one of the) ")]
    private static partial Regex KindClaim();

    // ("an American B | and politician who ..." has B for its kind: one word follows the "and".)
    [GeneratedRegex(@"^ (?:and|or) (?!(?:a|an|the|one|his|her|its|their|in|on|at|of|for|to|from|with|by)\b)[a-z-]+ (?!(?:who|which|that|whose|from|in|of|at|on|for|with|by|to|and|or|best|known|born|based|active|living|since)\b)[a-z]{3,}")]
    private static partial Regex CoordinatedModifier();

    // "Lambert was particularly fond of otter | hunting", "used in large quantities in iron and steel | making": B only
    // names what the activity is about.
    [GeneratedRegex(@"^ (?:hunting|fishing|farming|mining|trading|racing|breeding|production|industry|industries|trade|manufacturing|manufacture|making|smelting|refining|extraction|processing|exports|imports|consumption|cultivation|smuggling)\b")]
    private static partial Regex ActivityHead();

    // "The tuatara was featured on one side of the New Zealand | 5 cent coin": B names the coin's country, not the coin.
    [GeneratedRegex(@"^ \d+[ -](?:cent|cents|dollar|dollars|pound|pounds|penny|pence|euro|euros|franc|francs|yen|rupee|rupees|mark|marks|shilling|shillings)\b")]
    private static partial Regex CoinOrNote();

    // " in 1917", " on 19 June 1940", " from 475 to 476": a date that only dates the event.
    [GeneratedRegex(@"\G (?:in|on|from|since|until|by|during) (?:(?:early|mid|late|mid-)[ -]?)?(?:(?:\d{1,2} )?(?:" + Dates.MonthNames + @")(?: \d{1,2})?,? )?\d{2,4}s?(?:(?: to|–|-) ?\d{2,4})?(?=[\s.,;:)]|$)")]
    private static partial Regex DateModifier();

    // "placed in the genus | "Passer"": a kind whose member the quoted name is; the claim is about the member.
    // "Larson presented Casey Affleck | with the Best Actor Award": what was given is the claim.
    [GeneratedRegex(@"\b(?:presented|provided|supplied|awarded|rewarded|equipped|armed|furnished|honou?red|charged|entrusted) (?:the )?B$")]
    private static partial Regex GivenWith();

    // "the War of the Spanish Succession broke out as France | and Austria vied for the Spanish empire": "as" (or "while",
    // "when") opens a clause whose subject B is, not a role ("served as B").
    [GeneratedRegex(@"\b(?:as|while|when|whereas|because|although|though) (?:the )?B$")]
    private static partial Regex ConjunctionBeforeB();

    // "is played briefly as Homer | and Carl arrive in Paris": after "and <Name>" any word but a preposition, article or
    // conjunction is the clause's verb ("served as B | and Senator from Ohio" keeps its claim).
    [GeneratedRegex(@"^ (?:(?:(?:and|or) (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* )?(?:[a-z]+ed|is|was|were|are|had|has|began|became|fought|sought|took|made|won|lost|grew|fell|rose|came|went|led)\b|(?:and|or) (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* (?!(?:of|in|on|at|for|from|to|with|by|and|or|the|a|an|as)\b)[a-z]+\b)")]
    private static partial Regex SubjectThenVerb();

    // "B was later ...": B is the subject of a clause the cut leaves without its verb.
    [GeneratedRegex(@"^ (?:is|was|are|were|has|had|have)\b")]
    private static partial Regex VerbOfB();

    // "promoted Stephenson to Grand Dragon | of the "northern realm"": the name of a rank or office that the of phrase completes.
    // "connected to the Sea | of Azov": the anchor is the first word of a longer name.
    [GeneratedRegex(@"^ of \p{Lu}")]
    private static partial Regex NameGoesOnAfterOf();

    [GeneratedRegex(@"^ of the\b")]
    private static partial Regex OfTheAfterName();

    // "Latvia qualified for Euro | 2004": a name and a year name an event, not what the name alone links to.
    [GeneratedRegex(@"\G (?:1[0-9]|20)\d\d\b(?![,.]? ?(?:and|to|[-–]))")]
    private static partial Regex YearOfAnEvent();

    // "Newmarket has a station on the Cambridge | - Bury St. Edmunds - Ipswich rail line": B is one end of the line's name.
    [GeneratedRegex(@"\G ?[-–] ?[A-Z][\w.' ]*?(?: ?[-–] ?[A-Z][\w.' ]*?)* (?:rail |railway |bus )?(?:line|railway|route|road|motorway|highway|service|canal)\b")]
    private static partial Regex RouteName();

    // "A has claimed the portion of the B | between 60°W and 141°W", "A is in an area of the B | where tornadoes are most
    // frequent": a part of B is the part the words after it say.
    [GeneratedRegex(@"\b(?:portion|part|area|region|section|sector|stretch)s? of (?:the )?B$")]
    private static partial Regex PartOfB();

    // "A is separated from B | by the Limpopo River", "A is divided from B | by the Ural watershed": what separates them is the claim.
    [GeneratedRegex(@"\b(?:separated|divided|isolated|cut off) from (?:the )?B$")]
    private static partial Regex SeparatedFromB();

    // "A provides major sea routes connecting the B | with Europe": a connection needs both its ends.
    [GeneratedRegex(@"\b(?:connecting|connects|connected|linking|links|linked) (?:the )?B$")]
    private static partial Regex ConnectingB();

    [GeneratedRegex(@"^ (?:with|and|to)\b")]
    private static partial Regex Joiner();

    [GeneratedRegex(@"^ (?:to|as|on|onto|in|into|from)\b")]
    private static partial Regex Complement();

    // Verbs whose object needs the complement that follows it: "ordered B to", "put B on", "refer to B as", "joined B in",
    // "removed B from".
    [GeneratedRegex(@"\b(?:removed|withdrew|expelled|separated|distinguished|excluded|freed|banished|exiled|put|puts|placed|set|ordered|asked|told|urged|persuaded|forced|allowed|encouraged|invited|instructed|convinced|helped|led|joined|refer|referred|refers|regarded|described|considered|named|call|calls|called|made|sent|brought|turned|converted|transformed)\b")]
    private static partial Regex ObjectAndComplementVerb();

    // Verbs that judge or move their direct object, when B is that object: "believed B | to be inconsistent with ...",
    // "saw B | as a threat", "caused B | to rise". ("believed in B | in the sense that" keeps its claim.)
    [GeneratedRegex(@"\b(?:believe|believed|believes|thought|deemed|declared|proclaimed|viewed|views|saw|sees|judged|perceived|expected|wanted|caused|required|compelled|obliged|permitted|enabled|prompted) (?:the |a |an |his |her |their |its )?B$")]
    private static partial Regex JudgingVerbOfB();

    // "Silicon was later mistaken by Humphry Davy, in 1800, | for a compound": what it was taken for is the claim,
    // wherever the sentence puts it.
    [GeneratedRegex(@"\b(?:mistaken|mistook)\b")]
    private static partial Regex MistakenForVerb();
}
