using System.Text.RegularExpressions;
using InfoSeek.Contracts;
using InfoSeek.Corpus;
using InfoSeek.Domain.English;

namespace InfoSeek.Domain.Mining;

/// <summary>
/// Relation claims of a sentence: each link inside a clause about the entity becomes "B" ("A is best known for
/// designing the B"), a link in a list makes the whole list B, and the claim's target is the link's page.
/// </summary>
public static partial class RelationClaims
{
    private const int MaxListItemWords = 8;

    private const int MaxTailWords = 3;

    /// <summary>Adds the sentence's relation claims, one per target, in the order of its links.</summary>
    internal static void Mine(CorpusPage page, SentenceSpan span, string sentence, List<PageLink> links, List<ClauseStart> starts, Evidence evidence, Func<string, string?> resolve, List<ClaimCandidate> claims)
    {
        var targets = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < links.Count; i++)
        {
            var link = links[i];
            var at = link.Start - span.Start;
            var clauseStart = starts.LastOrDefault(c => c.Offset <= at);
            if (clauseStart is null)
            {
                continue;
            }

            // A link inside a list ("bordered by Ara, Triangulum Australe and Circinus"): the whole list becomes B.
            var first = i;
            while (first > 0 && links[first - 1].Start - span.Start >= clauseStart.Offset
                && IsListSeparator(page.Text, links[first - 1].Start + links[first - 1].Length, links[first].Start))
            {
                first--;
            }

            var start = links[first].Start - span.Start;
            var length = link.Start + link.Length - links[first].Start;
            // "railway connections to Helsinki, Finland via Vyborg": names joined by commas alone are a place and where it
            // lies, and the claim is about the first of them.
            var last = i;
            while (last + 1 < links.Count && IsListSeparator(page.Text, links[last].Start + links[last].Length, links[last + 1].Start))
            {
                last++;
            }

            if (first < i && !IsCoordinated(page.Text.AsSpan(links[first].Start, links[last].Start + links[last].Length - links[first].Start)))
            {
                continue;
            }

            if (first < i && ModifierBeforeList(sentence, start))
            {
                continue;
            }

            // A verb as anchor ("was translated", linked to the article on relics) names no entity.
            if ((start > 0 && !IsAnchorBoundary(sentence[start - 1])) || IsPossessiveAnchor(sentence, start + length)
                || (link.Anchor.Length > 0 && char.IsLower(link.Anchor[0]) && (link.Anchor.EndsWith("ed", StringComparison.Ordinal) || link.Anchor.EndsWith("ing", StringComparison.Ordinal)))
                || QualifiedNoun(sentence, start + length) is not { } tail)
            {
                continue;
            }

            var inList = first < i;
            var text = ClauseCutter.Cut(sentence, clauseStart, start, length, tail);
            if (text is null)
            {
                text = ListItemClause(sentence, clauseStart, at, link.Length, tail, links.Select(l => l.Start - span.Start));
                inList = true;
            }

            // "played all of the Natives' three internationals—against Ireland, Wales, and England": a count or an "all" is
            // of the whole list, while the claim's target is one item. "droplets consisting mostly of water and milk
            // proteins": words after the list qualify its last item, so the list is no B of them.
            // "Sulfuric acid is produced from sulfur, oxygen and water": one ingredient of several is no source of it.
            if (text is null || (inList && (ClaimScope.StatesScope(text) || tail > 0)) || ((inList || last > i) && MadeOf().IsMatch(text)))
            {
                continue;
            }

            if (!ClaimScope.Holds(sentence, text, at + link.Length + tail) || !AnchorTargets.StandsAlone(sentence, at, link.Length)
                || InsideQuotedTitle(sentence, at) || ProperAdjective().IsMatch(link.Anchor) || UnresolvedCommonNoun(text, link.Anchor) || OneOfAKind(text, link.Anchor)
                || NamesItsClass(text, link.Anchor) || InsideLongerName().IsMatch(text) || HumanNature().IsMatch(text)
                || !AnchorEnding.IsHarmless(sentence, text, char.IsLower(link.Anchor.TrimStart('"')[0]), at + link.Length + tail))
            {
                continue;
            }

            // Resolved only now: the index look-up costs more than the checks above.
            var resolved = resolve(link.Target);
            var target = resolved ?? link.Target;
            if (!IsWeakTarget(target) && !string.Equals(target, page.Title, StringComparison.OrdinalIgnoreCase) && !RestatesTitle(text, link.Anchor, page.Title)
                && AnchorTargets.Names(link.Anchor, link.Target, target, resolve) && !AnchorTargets.InsideLongerName(sentence, at, link.Length, target)
                && targets.Add(target))
            {
                claims.Add(new ClaimCandidate(text, ClaimKind.Relation, target, resolved is not null, evidence));
            }
        }
    }

    [GeneratedRegex(@"\b(?:produced|made|manufactured|prepared|synthesi[sz]ed|derived|formed|obtained|composed|consists?|consisting|comprised?|comprising|brewed|distilled) (?:\w+ly )?(?:from|of|out of|with) (?:the )?B$")]
    private static partial Regex MadeOf();

    /// <summary>
    /// "A is a B mine" on the page "Argyle diamond mine": a type made of the title's own words says nothing. Nor does
    /// "A is a disease in which B develops" on "Prostate cancer": B is the kind the title's last word names.
    /// </summary>
    private static bool RestatesTitle(string claim, string anchor, string title)
    {
        var type = claim.Split(' ');
        if (type.Length < 3 || type[1] is not ("is" or "was" or "are" or "were") || !Lexicon.Determiners.Contains(type[2]))
        {
            return false;
        }

        var titleWords = Titles.WithoutDisambiguation(title).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (titleWords.Length >= 2 && string.Equals(anchor.Trim('"'), titleWords[^1], StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var words = title.Split(' ', '(', ')').ToHashSet(StringComparer.OrdinalIgnoreCase);
        return type.Skip(3).SelectMany(w => w == "B" ? anchor.Split(' ') : [w]).All(words.Contains);
    }

    /// <summary>
    /// "published "On the Quantum Mechanics of Radiation"": an anchor inside a quoted title, after its first words, is
    /// only a piece of the title.
    /// </summary>
    private static bool InsideQuotedTitle(string sentence, int anchorStart)
    {
        var before = sentence.AsSpan(0, anchorStart);
        var open = before.Count('"') % 2 == 1 ? before.LastIndexOf('"') : before.Count('“') > before.Count('”') ? before.LastIndexOf('“') : -1;
        return open >= 0 && open + 1 < anchorStart;
    }

    /// <summary>
    /// "A met the B" (the botanist), "A is the B city" (the capital city): a singular common noun made definite by
    /// "the" names a thing only the sentence before identified. Read with the anchor, one word, in place of "B".
    /// </summary>
    private static bool UnresolvedCommonNoun(string claim, string anchor)
    {
        anchor = anchor.Trim('"');
        // A concept named in several words ("the periodic table", "the research and development programme") is one of a kind.
        if (!char.IsLower(anchor[0]) || anchor.EndsWith('s') || anchor.Contains(' ', StringComparison.Ordinal) || !claim.Contains(" the B", StringComparison.Ordinal))
        {
            return false;
        }

        var words = claim.Split(' ').Skip(1).Select(w => w == "B" ? anchor : w).ToArray();
        return UnresolvedReferences.Any(words);
    }

    /// <summary>
    /// "A constructed a B" (logic), "A builds an untidy B" (nest), "A is a B platform video game" (first-person): a common
    /// noun after "a" names one thing of the kind its link leads to, or qualifies another noun, so the claim is not about
    /// that page's subject. Only "A is a small B" (constellation) at the claim's end says A is of the kind.
    /// </summary>
    private static bool OneOfAKind(string claim, string anchor) =>
        char.IsLower(anchor.TrimStart('"')[0]) && IndefiniteBeforeB().Match(claim) is { Success: true } m
        && !m.Groups["mod"].Captures.Any(c => Lexicon.NounPhraseFunctionWords.Contains(c.Value.TrimEnd()))
        && !(m.Groups["copula"].Success && m.Index + m.Length == claim.Length);

    /// <summary>
    /// "A is a gray-white B" (metal), "A is a chemical element in the B" (periodic table), "A is an important branch of
    /// B" (mathematics), "A is legal B" (currency, of the euro): a common noun that only says what kind of thing A is, which the question's type says already,
    /// and which every other member of the class shares.
    /// </summary>
    private static bool NamesItsClass(string claim, string anchor) =>
        char.IsLower(anchor.TrimStart('"')[0]) && ClassMembership().IsMatch(claim);

    // "went to University College London", "replaced the policy of War Communism": the anchor ends a longer name, and B
    // would be the place or idea the name only borrows.
    [GeneratedRegex(@"\b(?:University|College|School|Institute|Academy|Museum|War|Battle|Republic|Kingdom|Cathedral|Bridge|Street|Hospital|Airport|Station|Club|Society|Council) B\b")]
    private static partial Regex InsideLongerName();

    // "Rousseau saw a fundamental divide between society and human nature": "human nature" is a person's character, and
    // the page linked from "nature" is the natural world.
    [GeneratedRegex(@"\bhuman B\b")]
    private static partial Regex HumanNature();

    [GeneratedRegex(@"^A (?:is|was|are|were) (?:a|an|the|one) (?:[a-z][\w-]* ){0,3}(?:(?:branch|kind|type|form|species|genus|member|field|variety|group|class) of (?:the )?B(?: [a-z]+)?|B|[a-z -]+ in the B)$|^A (?:is|was|are|were) (?:(?!(?:in|on|at|of|to|for|from|by|with|into|as|than|like|not|also|still|now|then|once)\b)[a-z][\w-]* ){1,2}B$")]
    private static partial Regex ClassMembership();

    [GeneratedRegex(@"(?:(?<copula>\b(?:is|was|are|were|becomes|became) ))?\b(?:a|an|another) (?<mod>[a-z][\w-]* ){0,3}B\b")]
    private static partial Regex IndefiniteBeforeB();

    // "a strong Baconian leaning": an adjective made from a name only qualifies the noun after it.
    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:ian|ean|esque)$")]
    private static partial Regex ProperAdjective();

    /// <summary>Links the paper warns about: years, centuries and dates say little about the entity.</summary>
    public static bool IsWeakTarget(string target) => Dates.YearCenturyOrDate().IsMatch(target);

    /// <summary>
    /// "It is bordered by Libya to the north, Sudan to the east, ..., Cameroon and Nigeria to the southwest": a link that
    /// opens an item of a short list that starts with a link is B of the words before the list ("A is bordered by B").
    /// Null when the words before the anchor are not such a list.
    /// </summary>
    private static string? ListItemClause(string sentence, ClauseStart from, int anchorStart, int anchorLength, int tail, IEnumerable<int> linkStarts)
    {
        var before = sentence[from.Offset..anchorStart];
        var comma = before.IndexOfAny([',', ';']);
        var head = comma < 0 ? null : PhrasePatterns.ListHead().Match(before, 0, comma);
        var separator = PhrasePatterns.ListSeparatorAtEnd().Match(before);
        if (head is not { Success: true } || !separator.Success || separator.Index <= head.Index + head.Length)
        {
            return null;
        }

        var listStart = head.Index + head.Length;
        // "assigned to Oak Ridge, Tennessee; at the time, scientists were researching uranium and plutonium": a
        // semicolon ends the clause, so what follows is no item of its list.
        if (before.AsSpan(listStart, separator.Index - listStart).Contains(';'))
        {
            return null;
        }

        // Each item is short and opens with a link that is its only one ("by Libya to the north, Sudan to the east"):
        // "from New Haven ..., through the Connecticut River Valley, to ..." is phrases opened by prepositions; in "a major
        // figure in 17th century continental rationalism, later advocated by Baruch Spinoza and Leibniz" the second item
        // is a phrase of its own; in "spoken in South Africa and Namibia with smaller numbers of speakers in Botswana,
        // Lesotho, ..." the later items are not where the head's verb applies; and "went to Rome to study rhetoric,
        // medicine, and astronomy" mixes a name with common nouns.
        var listed = before[listStart..separator.Index];
        var linkOffsets = linkStarts.ToList();
        var offset = from.Offset + listStart;
        var separators = PhrasePatterns.ListSeparator().Matches(listed);
        for (var k = 0; k <= separators.Count; k++)
        {
            var itemStart = k == 0 ? 0 : separators[k - 1].Index + separators[k - 1].Length;
            var item = listed[itemStart..(k < separators.Count ? separators[k].Index : listed.Length)];
            var opening = offset + itemStart + (item.StartsWith("the ", StringComparison.Ordinal) ? 4 : 0);
            if (item.Length == 0 || item.Split(' ').Length > MaxListItemWords || Lexicon.PhraseOpeners.Contains(item.Split(' ')[0])
                || item.IndexOfAny(['(', ')', '"', ';', ':']) >= 0 || ClausePatterns.RelativePronoun().IsMatch(item)
                || !linkOffsets.Contains(opening) || linkOffsets.Any(o => o > opening && o < offset + itemStart + item.Length)
                || char.IsUpper(sentence[opening]) != char.IsUpper(sentence[anchorStart]))
            {
                return null;
            }
        }

        // The claim reads the list's head straight into the item: "A is bordered by " + "Cameroon".
        var the = separator.Value.EndsWith("the ", StringComparison.Ordinal) ? "the " : "";
        var joined = string.Concat(sentence.AsSpan(0, from.Offset + listStart), the, sentence.AsSpan(anchorStart));
        return ClauseCutter.Cut(joined, from, from.Offset + listStart + the.Length, anchorLength, tail);
    }

    /// <summary>
    /// An anchor followed by lowercase words only qualifies them ("the Loggerhead sea turtle nests", "the Jimi Hendrix
    /// song"): cutting the claim at the anchor would change what it says, so the claim keeps those words ("the B nests").
    /// The length of that tail; null when it runs on past <see cref="MaxTailWords"/> words, or when a capitalised word
    /// follows, so that the anchor only qualifies a longer name ("by Welsh Conservative politician Charles ...").
    /// </summary>
    private static int? QualifiedNoun(string sentence, int end)
    {
        if (end + 1 < sentence.Length && sentence[end] == ' ' && char.IsUpper(sentence[end + 1]))
        {
            return null;
        }

        var at = end;
        for (var words = 0; ; words++)
        {
            if (at + 1 >= sentence.Length || sentence[at] != ' ' || !char.IsLower(sentence[at + 1]))
            {
                return at - end;
            }

            var next = sentence.AsSpan(at + 1);
            var stop = next.IndexOfAny(' ', ',', '.');
            var word = stop < 0 ? next : next[..stop];
            // A participle opens a phrase of its own ("a Dominion Office separated out from ...").
            // "started at the 24 Hours of Le Mans | a total of four times": an article opens another noun phrase.
            if (words == 0 && word is "a" or "an" or "the")
            {
                return null;
            }

            if (Lexicon.WordsAfterAnAnchor.Contains(new string(word)) || word.EndsWith("ed", StringComparison.Ordinal) || (word.EndsWith("ing", StringComparison.Ordinal) && !Lexicon.NounsInIng.Contains(new string(word))))
            {
                return at - end;
            }

            if (words == MaxTailWords || word.IndexOfAny("();:\"") >= 0)
            {
                return null;
            }

            at += 1 + word.Length;
        }
    }

    /// <summary>"a resident range in western and southern Europe, North Africa, ...": a modifier before a list qualifies its first item only.</summary>
    private static bool ModifierBeforeList(string sentence, int listStart)
    {
        var before = sentence[..listStart].TrimEnd();
        var word = before[(before.LastIndexOf(' ') + 1)..];
        return word.Length > 0 && word.All(char.IsLower) && !Lexicon.NounPhraseFunctionWords.Contains(word) && !ClauseCutter.IsPastOrListedVerb(word)
            && !word.EndsWith('s') && !word.EndsWith("ing", StringComparison.Ordinal);
    }

    private static bool IsPossessiveAnchor(string sentence, int end) =>
        end + 1 < sentence.Length && sentence[end] is '\'' or '’' && (sentence[end + 1] == 's' || char.IsWhiteSpace(sentence[end + 1]));

    private static bool IsListSeparator(string text, int from, int to)
    {
        if (to <= from || to - from > 6)
        {
            return false;
        }

        var between = text[from..to].Replace("\"", "", StringComparison.Ordinal);
        return between is ", " or " and " or ", and " or " or " or ", or ";
    }

    private static bool IsCoordinated(ReadOnlySpan<char> list) =>
        list.Contains(" and ", StringComparison.Ordinal) || list.Contains(" or ", StringComparison.Ordinal);

    private static bool IsAnchorBoundary(char before) => char.IsWhiteSpace(before) || before is '"' or '(' or '“' or '‘';
}
