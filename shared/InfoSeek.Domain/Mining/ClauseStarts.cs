using System.Text.RegularExpressions;
using InfoSeek.Domain.English;

namespace InfoSeek.Domain.Mining;

/// <summary>Where a claim about the entity can begin in a sentence, and how the entity is written there ("A" or "A's").</summary>
/// <param name="Dependent">The entity is named there by a pronoun or a type noun, or the clause goes on from such a subject.</param>
/// <param name="Scoped">
/// The sentence opens with a phrase that sets the scope of its clauses ("After Tangmere, he spent three years ...",
/// "Visually, the ridge exists as ..."), which a claim cut from the subject on would lose; a bare date does not.
/// </param>
/// <param name="Opened">
/// The sentence opens with any phrase before its subject ("In 2000, ", "Three weeks into its wide release, ", "In a 2005
/// poll of readers, "): a number, rank or extreme the claim states may hold only there or then.
/// </param>
internal sealed record ClauseStart(int Offset, string Placeholder, bool Dependent = false, bool Scoped = false, bool Opened = false);

/// <summary>Where in a sentence the clauses about the page's entity begin.</summary>
internal static partial class ClauseStarts
{
    /// <summary>
    /// The sentence's own subject when it is the entity ("Polk was ...", "His father was ..."), then each later clause
    /// that goes on about it: "..., and was second to ..." (a verb right after the conjunction) or "...; it was ..." (the
    /// entity named again). A clause after a relative pronoun may be about someone else, so it does not count.
    /// </summary>
    internal static List<ClauseStart> Find(string sentence, List<SubjectForm> forms)
    {
        var starts = new List<ClauseStart>();
        var (subject, possessive, dependent) = SubjectFinder.SubjectWithOpening(sentence, forms);
        var opened = subject > 0 && SubjectFinder.SubjectAtStart(sentence, forms).Length == 0;
        var scoped = opened && ScopingOpening().IsMatch(sentence);
        if (subject > 0)
        {
            starts.Add(new ClauseStart(subject + SubjectFinder.Apposition(sentence, subject), possessive ? "A's" : "A", dependent, scoped, opened));
        }

        foreach (Match m in ClausePatterns.Continuation().Matches(sentence))
        {
            var at = m.Index + m.Length;
            if (starts.Count > 0 && m.Index < starts[^1].Offset)
            {
                continue;
            }

            // "not only seditious, but ...": the "but" completes the first clause; "The Tiruchirappalli urban
            // agglomeration had ..., and was ranked": the name only qualified the subject the clause goes on about.
            if (m.Value == ", but " && sentence.AsSpan(0, m.Index).Contains(" not only ", StringComparison.Ordinal)
                || (starts.Count == 1 && !possessive && !ClauseCutter.StartsWithVerb(sentence[starts[0].Offset..].Split(' ', StringSplitOptions.RemoveEmptyEntries))))
            {
                continue;
            }

            var (named, namedPossessive, namedDependent) = SubjectFinder.SubjectAtStart(sentence.AsSpan(at), forms);
            if (named > 0 && m.Value != " and " && (subject > 0 || !EntityPronouns.IsPronoun(sentence.AsSpan(at, named))))
            {
                starts.Add(new ClauseStart(at + named, namedPossessive ? "A's" : "A", namedDependent, scoped));
            }
            else if (subject > 0 && m.Value != "; " && (m.Value == " and " ? VerbForms.AuxiliaryVerb() : VerbForms.ContinuingVerb()).IsMatch(sentence.AsSpan(at))
                && !VerbForms.PassiveParticiple().IsMatch(sentence.AsSpan(at))
                // "Sturdee was mentioned in despatches, and appointed an Officer ...": the participle shares the first
                // clause's "was", which a claim of its own would lose.
                && !(VerbForms.ParticipleStart().IsMatch(sentence.AsSpan(at)) && VerbForms.PassiveVoice().IsMatch(sentence.AsSpan(starts[^1].Offset, m.Index - starts[^1].Offset)))
                && !ClausePatterns.RelativePronoun().IsMatch(sentence.AsSpan(starts[^1].Offset, m.Index - starts[^1].Offset))
                // "Alpaca have been bred … (vicuñas were first domesticated …, but also appeared in Chile": inside a
                // bracket the clause goes on about the bracket's own subject.
                && !InsideBracket(sentence.AsSpan(starts[^1].Offset, m.Index - starts[^1].Offset)))
            {
                starts.Add(new ClauseStart(at, "A", starts[^1].Dependent, scoped, opened));
            }
        }

        return starts;
    }

    private static bool InsideBracket(ReadOnlySpan<char> text) => text.Count('(') > text.Count(')');

    // "Visually, ", "Afterwards, ", "After Tangmere, ", "For the rest of his life, ": an adverb, or a prepositional phrase without a year;
    // "Before the formation of Cream in 1966, ": what held only before a time holds no longer, year or not.
    [GeneratedRegex(@"^(?:[*•] )?(?:(?:Before|Until|Till|Prior to)\b[^,]*|\p{Lu}\p{Ll}+ly|Afterwards|Later|Then|Subsequently|Eventually|Meanwhile|Thereafter|However|Instead|Still|Also|Nevertheless|Nonetheless|Consequently|Therefore|Thus|Today|Now|Initially|Originally|Ultimately|Overall|(?:In|On|At|After|Before|During|For|Since|Following|Subsequent|With|Without|Under|By|Despite|Through|Throughout|From|Upon|Within|Until|Unlike|Like|Among|According|As|Due|Because|Apart|Along|Outside|Inside|Beyond|Against|Between|Besides|Prior|Soon)\b(?:(?!\d{3,4})[^,])*),")]
    private static partial Regex ScopingOpening();
}
