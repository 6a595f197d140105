using System.Text.RegularExpressions;

namespace InfoSeek.Domain.Mining;

/// <summary>
/// A claim that reads as a sentence but leaves out what it is about: a possessive subject with no verb ("A's final
/// B"), a part with no whole ("A's portion was acquired in 1976"), a noun left to the sentence before ("was a mixed
/// one", "turned out to be the easiest"), a verb of saying without what was said ("A had stated in November 2003"),
/// a verb without its object ("A joined in 1920") or a rank without its list ("A was ranked at number 19").
/// </summary>
internal static partial class IncompleteClaims
{
    internal static bool Any(string claim) =>
        PossessiveWithoutVerb(claim) || PartWithoutWhole().IsMatch(claim) || ElidedNoun().IsMatch(claim) || SayingWithoutContent().IsMatch(claim)
        || ObjectMissing().IsMatch(claim) || RankWithoutList().IsMatch(claim) || Caption().IsMatch(claim) || AimAtATime().IsMatch(claim);

    // "A's final B": a noun phrase and nothing said of it (a word in "-s" may be the verb: "A's influence grows").
    private static bool PossessiveWithoutVerb(string claim) =>
        claim.StartsWith("A's ", StringComparison.Ordinal)
        && !claim.Split(' ').Skip(1).Any(w => ClauseCutter.IsPastOrListedVerb(w) || (w.Length > 3 && w.EndsWith('s') && char.IsLower(w[0])));

    // "A's portion", "A's share", "A's half": a part of a whole the claim does not name.
    [GeneratedRegex(@"^A's (?:\w+ )?(?:portion|share|part|half|section|segment|remainder|piece)\b(?! of\b)")]
    private static partial Regex PartWithoutWhole();

    // "was a mixed one", "turned out to be the easiest": the noun is elided, named only in another sentence.
    [GeneratedRegex(@"\b(?:(?:a|an|the) \w+ ones?|the (?!(?:west|interest|forest|rest|test|northwest|southwest|midwest)$)[a-z]+est)$")]
    private static partial Regex ElidedNoun();

    // "A joined in 1920": a verb that takes an object, followed straight by a preposition.
    [GeneratedRegex(@"^A (?:\w+ly |had |has |have )?(?:joined|attended|entered|supported|received|founded|acquired|purchased|captured|defeated|visited) (?:in|on|at|during|after|before|from|with|by)\b")]
    private static partial Regex ObjectMissing();

    // "A was ranked at number 19": a position in a list or chart the claim does not name.
    [GeneratedRegex(@"\b(?:ranked|rated|placed|peaked|charted|listed) (?:at )?(?:number \d+|no\. \d+|\d+(?:st|nd|rd|th))$", RegexOptions.IgnoreCase)]
    private static partial Regex RankWithoutList();

    // "A pictured in B light": an image caption, with no verb.
    [GeneratedRegex(@"^A (?:pictured|shown|depicted|photographed|seen|viewed|imaged) ")]
    private static partial Regex Caption();

    // "A's primary concern was the capture of the port of Manila": an aim held at a time the claim does not give.
    [GeneratedRegex(@"^A's (?:\w+ )?(?:concern|goal|aim|objective|priority|task|focus|intention|plan|mission|purpose)s? (?:was|were)\b")]
    private static partial Regex AimAtATime();

    // "A had stated in November 2003", "A wrote in B", "A said": a verb of saying followed by no more than where or when.
    [GeneratedRegex(@"^A (?:\w+ )?(?:stated|states|said|says|wrote|writes|claimed|claims|argued|argues|declared|declares|noted|notes|remarked|remarks|commented|comments|explained|explains|observed|observes|announced|announces)(?: (?:in|on|at|during|from|by) [^,;]*)?$")]
    private static partial Regex SayingWithoutContent();
}
