using System.Text.RegularExpressions;
using InfoSeek.Contracts;
using InfoSeek.Corpus;
using InfoSeek.Domain.English;

namespace InfoSeek.Domain.Mining;

/// <summary>
/// Attribute claims of a sentence: a clause that states something specific and holds no link, or the words of such a
/// clause before its first link, up to a preposition ("A was completed in 1913 | for the [Royal Navy]"), with the
/// shorter variants of <see cref="CutPoints.FuzzierVariants"/>.
/// </summary>
internal static partial class AttributeClaims
{
    /// <summary>Adds the attribute claims of each clause start of the sentence, in order.</summary>
    internal static void Mine(SentenceSpan span, string sentence, List<PageLink> links, List<ClauseStart> starts, Evidence evidence, List<ClaimCandidate> claims)
    {
        // An attribute: a clause that states something specific and holds no link, or the words of such a clause
        // before its first link, up to a preposition ("A was completed in 1913 | for the [Royal Navy]").
        foreach (var clauseStart in starts)
        {
            var end = ClauseCutter.ClauseEnd(sentence, clauseStart.Offset);
            var stop = end < 0 ? sentence.Length : end;
            var firstLink = links.Select(l => l.Start - span.Start).Where(o => o >= clauseStart.Offset && o < stop).DefaultIfEmpty(-1).Min();
            var factEnd = firstLink < 0 ? stop : CutPoints.BeforeLastPreposition(sentence, clauseStart.Offset, firstLink);
            // Cut before a link, a clause that opened a subordinate one ("He was told that if the people | at") is broken.
            if (factEnd > clauseStart.Offset
                && (firstLink < 0 || !ClausePatterns.RelativePronoun().IsMatch(sentence[clauseStart.Offset..factEnd]))
                && Values.SpecificFact().IsMatch(sentence[clauseStart.Offset..factEnd])
                && ClauseCutter.Cut(firstLink < 0 ? sentence : sentence[..factEnd], clauseStart, -1, 0) is { } attribute)
            {
                // Each variant must still state a value (a number, a date, a rank, a name) and must not lean on
                // another sentence: not "A has been described | as the first composer", "A was its president", "A hosted the
                // 1936 Olympics and was the host city | for the 2006 FIFA World Cup Final".
                foreach (var variant in CutPoints.FuzzierVariants(attribute).Select(v => WithRegion(sentence, v, clauseStart.Offset))
                    .Where(v => Values.SpecificFact().IsMatch(v) && Values.SpecificValue().IsMatch(v) && !OwnedByOther().IsMatch(v) && !UnresolvedReferences.Any(v.Split(' ')[1..])
                    && ClaimScope.Holds(sentence, v, ClaimScope.EndOf(sentence, v, clauseStart.Offset))))
                {
                    claims.Add(new ClaimCandidate(variant, ClaimKind.Attribute, null, false, evidence));
                }
            }
        }
    }

    /// <summary>
    /// "Edison was born in Milan, Ohio": a claim cut before the state that follows its last name keeps the state, since
    /// the town alone may read as another place ("Milan" in Italy).
    /// </summary>
    private static string WithRegion(string sentence, string claim, int clauseStart)
    {
        var end = ClaimScope.EndOf(sentence, claim, clauseStart);
        return end > 0 && ClaimScope.RegionAfter(sentence, end) is { } region ? claim + region : claim;
    }

    /// <summary>"A was its president": the possessive points at something named in another sentence.</summary>
    [GeneratedRegex(@"^A (?:is|was|are|were|became|remains|remained) (?:its|their) ")]
    private static partial Regex OwnedByOther();
}
