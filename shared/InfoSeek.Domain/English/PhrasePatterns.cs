using System.Text.RegularExpressions;

namespace InfoSeek.Domain.English;

/// <summary>Phrase-level English: a type after its copula, lists, numerals and ordinals, word shapes, tokens.</summary>
internal static partial class PhrasePatterns
{
    /// <summary>"is a species of bird": the copula, a determiner and the type noun phrase.</summary>
    [GeneratedRegex(@"\b(is|was|are|were)\s+(?<det>an?|the|one of the)\s+(?<type>[^,;:()]+?)(?=\s+(that|which|who|whose|where|in|of the|from|by|located|based|for|on|at|near|with|and|or|to)\b|[,;:().]|$)")]
    internal static partial Regex TypeCopula();

    /// <summary>
    /// A determiner and the modifiers of a noun that a claim wrote before its object, an adverb and a participle:
    /// "the newly unified" (Italy). The question's renderer moves them into the object's description; a question that
    /// leaves them before punctuation is refused.
    /// </summary>
    internal const string ObjectModifiers = @"\b(?<det>the|its|his|her|their) (?<modifiers>(?:[a-z]+ly )?[a-z]+(?:ed|en))";

    /// <summary>Continents and the regions of them a lead places a state in ("Central Europe", "the Middle East").</summary>
    internal const string Regions = "Europe|Asia|Africa|America|Eurasia|Oceania|Middle East|Caribbean|Balkans|Scandinavia|Indian Ocean|Pacific Ocean|South Pacific|Mediterranean";

    /// <summary>The region that ends a type: "a Nordic country | in Scandinavia".</summary>
    [GeneratedRegex(@" in (?:the )?(?:[\w-]+ )?(?:" + Regions + ")$")]
    internal static partial Regex RegionTail();

    /// <summary>The words after "and" that finish a type: "a small | and faint constellation".</summary>
    [GeneratedRegex(@"\G and [^,;:().]+?(?=\s+(?:that|which|who|whose|where|in|of|from|by|for|on|at|with|or|to|located|based|and)\b|[,;:().]|$)")]
    internal static partial Regex AndPhrase();

    /// <summary>The "of" phrase right after a type noun, up to where a type ends.</summary>
    [GeneratedRegex(@"\G of (?:the |an? )?[^,;:().]+?(?=\s+(?:that|which|who|whose|where|in|from|by|for|on|at|with|and|or|to|since|during)\b|[,;:().]|$)")]
    internal static partial Regex OfPhrase();

    /// <summary>A parenthesis with the space before it.</summary>
    [GeneratedRegex(@" ?\([^()]*\)")]
    internal static partial Regex Parenthesis();

    /// <summary>The words that open a list: the first preposition ("bordered by") or "include(s)", "such as"; "of" may be part of a name.</summary>
    [GeneratedRegex(@"\b(?:by|for|with|in|on|at|to|from|as|into|against|including|includes|included|include|such as) ")]
    internal static partial Regex ListHead();

    /// <summary>A list separator at the end of a text ("..., and the ").</summary>
    [GeneratedRegex(@"(?:, and |, or |, |; and |; | and | or )(?:the )?$")]
    internal static partial Regex ListSeparatorAtEnd();

    /// <summary>A list separator: ", ", " and ", "; or " ….</summary>
    [GeneratedRegex(@", and |, or |, |; and |; | and | or ")]
    internal static partial Regex ListSeparator();

    [GeneratedRegex(@"^[IVXLC]+$")]
    internal static partial Regex RomanNumeral();

    /// <summary>"21st", "twenty-first".</summary>
    [GeneratedRegex(@"^(\d+(st|nd|rd|th)|(twenty|thirty|forty|fifty)-(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))$")]
    internal static partial Regex Ordinal();

    [GeneratedRegex(@"^[a-z-]{3,}(al|ic|ous|ive|ful|less|able|ible|ary|ern|ese|est)$")]
    internal static partial Regex AdjectiveSuffix();

    /// <summary>"pianist", "historian": a person by the suffix of a noun.</summary>
    [GeneratedRegex(@"^[a-z]{3,}(ist|ian)$")]
    internal static partial Regex PersonSuffix();

    /// <summary>"an American", "a Japanese": a people's name used as a noun.</summary>
    [GeneratedRegex(@"^(?:an?|another|a second|a third) \p{Lu}\p{Ll}+(?:an|ese|ish|ch|i)$")]
    internal static partial Regex Demonym();

    /// <summary>A run of non-space characters.</summary>
    [GeneratedRegex(@"\S+")]
    internal static partial Regex Word();

    /// <summary>A word with inner apostrophes, points or hyphens ("O'Brien", "U.S.", "co-founder").</summary>
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*")]
    internal static partial Regex WordToken();

    /// <summary>A run of letters and digits.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    internal static partial Regex TitleToken();

    /// <summary>
    /// A verb that agrees only with a plural subject: "are", "were", "have" (not "seems to have", "will have"), or a bare
    /// verb after an adverb ("largely consist").
    /// </summary>
    [GeneratedRegex(@"\b(?:are|were|(?<!\b(?:to|will|would|may|might|can|could|should|must|shall) )have|\w+ly (?:consist|include|contain|form|make|remain|occur|lie|cover|comprise|appear|date|range|vary|belong))\b")]
    internal static partial Regex PluralVerb();

    /// <summary>
    /// A taxon after "of the", by its rank and Latin name: "of the thrush family Turdidae", "of the genus Panthera" (not
    /// "of the Kennedy family", "of the royal family", "of the Order of the Garter").
    /// </summary>
    [GeneratedRegex(@"\bof the (?:(?:\p{Ll}[\p{L}-]* )?(?:family|subfamily|superfamily) \p{Lu}\p{Ll}+(?:idae|inae|oidea|aceae)|(?:genus|subgenus|order|suborder) \p{Lu}\p{Ll}+)\b")]
    internal static partial Regex Taxon();
}
