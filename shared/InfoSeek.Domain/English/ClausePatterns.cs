using System.Text.RegularExpressions;

namespace InfoSeek.Domain.English;

/// <summary>Clause-level English: where a clause goes on, opens, renames its subject or breaks.</summary>
internal static partial class ClausePatterns
{
    /// <summary>Where a sentence may go on about its subject: ", and ", "; ", ", but ", " and then " …</summary>
    [GeneratedRegex(@"(?:, and |; |, but | and |, then )")]
    internal static partial Regex Continuation();

    /// <summary>A participle or preposition that opens a sentence with a phrase before its subject: "Born in Omaha, ...".</summary>
    [GeneratedRegex(@"^(?:Born|Raised|Educated|Following|After|During|Before|Despite|Although|While|Having|Unlike|Like|Upon|Under|With|As|In|On|At|By|From|Since|Throughout|Between) ")]
    internal static partial Regex OpeningWord();

    /// <summary>What only renames a subject before its verb: " (DSTT)", ", also known as X,".</summary>
    [GeneratedRegex(@"\G(?:\s*\([^()]*\))?(?:,(?: also| or| formerly| better| commonly| officially| known)[^,;()]{0,80},)?(?=\s+(?:is|was|are|were|has|had|became|remains|served|lies|covers)\b)")]
    internal static partial Regex Apposition();

    /// <summary>"It is possible that ...", "It has been hypothesized that ...": "It" stands for nothing.</summary>
    [GeneratedRegex(@"^(?:is|was|has been|had been|seems|seemed|appears|appeared|would be|may be|might be)(?: \w+){0,2} (?:that|to|whether|how|why)\b")]
    internal static partial Regex ExpletiveIt();

    /// <summary>A word that opens a relative or subordinate clause.</summary>
    [GeneratedRegex(@"\b(?:who|whom|whose|which|that|where|when|while|although|because|after|before|until|whereas|if)\b")]
    internal static partial Regex RelativePronoun();

    /// <summary>The sentence's subject is "he" or "she", at its start or after a short opening phrase.</summary>
    [GeneratedRegex(@"^(?:[^,]{0,60}, )?(?:He|She|he|she) ")]
    internal static partial Regex PronounSubject();

    /// <summary>"that and": a relative clause that starts with a conjunction.</summary>
    [GeneratedRegex(@"\b(?:that|who|which|whose)\s+(and|or|but|nor)\b")]
    internal static partial Regex ClauseWithoutPredicate();

    /// <summary>"a the": two determiners in a row.</summary>
    [GeneratedRegex(@"\b(a|an|the)\s+(a|an|the)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex DoubledDeterminer();

    /// <summary>"of of", "who who": a function word twice.</summary>
    [GeneratedRegex(@"\b(and|or|but|of|in|on|at|to|by|for|with|from|who|which|whose)\s+\1\b", RegexOptions.IgnoreCase)]
    internal static partial Regex DoubledWord();
}
