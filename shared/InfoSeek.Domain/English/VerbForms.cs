using System.Text.RegularExpressions;

namespace InfoSeek.Domain.English;

/// <summary>Verb forms: finite verbs that open a clause, auxiliaries, participles, the passive.</summary>
internal static partial class VerbForms
{
    /// <summary>A finite verb (optionally after an adverb) opening a clause whose subject is left out: "and was second to ...".</summary>
    [GeneratedRegex(@"^(?:(?:also|later|then|eventually|subsequently|soon|finally|again|still|now|was|is|has|had) )?(?:is|was|are|were|has|had|have|became|becomes|won|wins|made|makes|wrote|writes|took|began|left|went|gave|led|ran|met|lost|held|built|remained|remains|served|serves|includes|contains|lies|covers|[a-z]{3,}ed) ")]
    internal static partial Regex ContinuingVerb();

    /// <summary>"... was produced and directed by": after a bare "and", only an auxiliary starts a clause of its own.</summary>
    [GeneratedRegex(@"^(?:(?:also|later|then) )?(?:is|was|are|were|has|had|became) ")]
    internal static partial Regex AuxiliaryVerb();

    /// <summary>"..., and distributed by ...": a participle that shares the first clause's "was" is no clause of its own.</summary>
    [GeneratedRegex(@"^[a-z]{3,}ed by ")]
    internal static partial Regex PassiveParticiple();

    /// <summary>A clause that opens with a participle: "appointed an Officer ...".</summary>
    [GeneratedRegex(@"^[a-z]{3,}ed ")]
    internal static partial Regex ParticipleStart();

    /// <summary>"was mentioned", "is widely known": a passive verb.</summary>
    [GeneratedRegex(@"\b(?:is|was|are|were|been|being)\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en|wn)\b")]
    internal static partial Regex PassiveVoice();

    /// <summary>A past participle: "built", "written", "located", "named".</summary>
    [GeneratedRegex(@"^(?:[a-z]{3,}ed|built|written|made|known|given|run|drawn|shown|sung|begun|born|held|set|found|spoken|taken|chosen|grown|worn)$")]
    internal static partial Regex Participle();

    /// <summary>A participle that a cut type descriptor leaves dangling at its end ("a game known").</summary>
    [GeneratedRegex(@"^(known|called|named|located|based|situated|founded|established|used|made|set|born|consisting|including|designed|sent|built|created|formed|written|published|released|produced|held|given|led|owned|operated|run|found|composed|directed)$")]
    internal static partial Regex DanglingParticiple();

    /// <summary>"His ashes were scattered ...": what the entity owns, in a few lowercase words, then a verb.</summary>
    [GeneratedRegex(@"^(?:[a-z][a-z-]* ){1,3}(?:(?:also|later|then|was|were|is|are|has|had|have) )?(?:is|was|are|were|has|had|have|became|won|made|took|began|remained|remains|includes|included|contains|[a-z]{3,}ed) ")]
    internal static partial Regex PossessedThenVerb();
}
