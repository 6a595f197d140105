using InfoSeek.Domain;
using System.Text.RegularExpressions;
using InfoSeek.Contracts;
using InfoSeek.Corpus;

namespace InfoSeek.Browser.Agent;

/// <summary>What the Browser agent read from a page.</summary>
public sealed record BrowsedPage(string Title, string? TypeDescriptor, IReadOnlyList<ClaimCandidate> Claims);

/// <summary>
/// The deterministic Browser agent: mines the whole page for claims about the page's own entity. A
/// clause counts when its subject is the entity (its title, a short form, "The" + its type noun, the
/// pronoun the page uses for it, or a possessive of these), also a later clause of such a sentence
/// that goes on about it; the subject becomes "A" (or "A's"), a link's anchor becomes "B", and the
/// claim keeps only the clause that carries the relation. Every claim's evidence is the verbatim sentence.
/// </summary>
public static partial class BrowserAgent
{
    public const int MaxClaimWords = 16;

    /// <summary>A relation keeps only the words between the subject and the link: short relations are fuzzy, as they should be.</summary>
    public const int MaxRelationWords = 10;

    private static readonly string[] Pronouns = ["He", "She", "It", "They", "His", "Her", "Its", "Their"];

    /// <param name="resolve">Maps a link target to its corpus title (redirects followed), or null when it is not in the corpus.</param>
    public static BrowsedPage Browse(CorpusPage page, Func<string, string?> resolve)
    {
        var sentences = SentenceSplitter.Split(page.Text);
        var pronouns = EntityPronouns(page.Text, sentences);
        var claims = new List<ClaimCandidate>();
        string? typeDescriptor = null;
        List<SubjectForm>? forms = null;
        var nextLink = 0;
        for (var n = 0; n < sentences.Count; n++)
        {
            var span = sentences[n];
            var sentence = page.Text.Substring(span.Start, span.Length);
            // The type comes from the lead; a page whose text starts later in the article has none.
            if (typeDescriptor is null && n < TypeSentences && (typeDescriptor = TypeDescriptorOf(sentence)) is not null)
            {
                forms = null;
            }

            forms ??= SubjectForms(page.Title, typeDescriptor is null ? null : TypeHead(typeDescriptor), pronouns);
            while (nextLink < page.Links.Count && page.Links[nextLink].Start < span.Start)
            {
                nextLink++;
            }

            var starts = ClauseStarts(sentence, forms);
            if (starts.Count == 0)
            {
                continue;
            }

            var evidence = new Evidence(page.Title, sentence, span.Start, span.Length);
            var targets = new HashSet<string>(StringComparer.Ordinal);
            var links = new List<PageLink>();
            for (var k = nextLink; k < page.Links.Count && page.Links[k].Start < span.Start + span.Length; k++)
            {
                if (page.Links[k].Start + page.Links[k].Length <= span.Start + span.Length)
                {
                    links.Add(page.Links[k]);
                }
            }

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
                // A verb as anchor ("was translated", linked to the article on relics) names no entity.
                if ((start > 0 && !IsAnchorBoundary(sentence[start - 1])) || IsPossessiveAnchor(sentence, start + length)
                    || (link.Anchor.Length > 0 && char.IsLower(link.Anchor[0]) && (link.Anchor.EndsWith("ed", StringComparison.Ordinal) || link.Anchor.EndsWith("ing", StringComparison.Ordinal)))
                    || QualifiedNoun(sentence, start + length) is not { } tail)
                {
                    continue;
                }

                var text = Clause(sentence, clauseStart, start, length, tail) ?? ListItemClause(sentence, clauseStart, at, link.Length, tail, links.Select(l => l.Start - span.Start));
                if (text is null)
                {
                    continue;
                }

                // Resolved only now: the index look-up costs more than the checks above.
                var resolved = resolve(link.Target);
                var target = resolved ?? link.Target;
                if (!IsWeakTarget(target) && !string.Equals(target, page.Title, StringComparison.OrdinalIgnoreCase) && targets.Add(target))
                {
                    claims.Add(new ClaimCandidate(text, ClaimKind.Relation, target, resolved is not null, evidence));
                }
            }

            // An attribute: a clause that states something specific and holds no link, or the words of such a clause
            // before its first link, up to a preposition ("A was completed in 1913 | for the [Royal Navy]").
            foreach (var clauseStart in starts)
            {
                var end = ClauseEnd(sentence, clauseStart.Offset);
                var stop = end < 0 ? sentence.Length : end;
                var firstLink = links.Select(l => l.Start - span.Start).Where(o => o >= clauseStart.Offset && o < stop).DefaultIfEmpty(-1).Min();
                var factEnd = firstLink < 0 ? stop : BeforeLastPreposition(sentence, clauseStart.Offset, firstLink);
                // Cut before a link, a clause that opened a subordinate one ("He was told that if the people | at") is broken.
                if (factEnd > clauseStart.Offset
                    && (firstLink < 0 || !RelativePronoun().IsMatch(sentence[clauseStart.Offset..factEnd]))
                    && SpecificFact().IsMatch(sentence[clauseStart.Offset..factEnd])
                    && Clause(firstLink < 0 ? sentence : sentence[..factEnd], clauseStart, -1, 0) is { } attribute)
                {
                    // Each variant must still state a value (a number, a date, a rank, a name) and must not lean on
                    // another sentence: not "A has been described | as the first composer", "A was its president".
                    foreach (var variant in FuzzierVariants(attribute).Where(v => SpecificFact().IsMatch(v) && SpecificValue().IsMatch(v) && !OwnedByOther().IsMatch(v)))
                    {
                        claims.Add(new ClaimCandidate(variant, ClaimKind.Attribute, null, false, evidence));
                    }
                }
            }
        }

        return new BrowsedPage(page.Title, typeDescriptor, claims.DistinctBy(c => (c.Text, c.Target)).ToList());
    }

    /// <summary>
    /// "It is bordered by Libya to the north, Sudan to the east, ..., Cameroon and Nigeria to the southwest": a link that
    /// opens an item of a short list that starts with a link is B of the words before the list ("A is bordered by B").
    /// Null when the words before the anchor are not such a list.
    /// </summary>
    private static string? ListItemClause(string sentence, ClauseStart from, int anchorStart, int anchorLength, int tail, IEnumerable<int> linkStarts)
    {
        var before = sentence[from.Offset..anchorStart];
        var comma = before.IndexOfAny([',', ';']);
        var head = comma < 0 ? null : ListHead().Match(before, 0, comma);
        var separator = ListSeparatorAtEnd().Match(before);
        if (head is not { Success: true } || !separator.Success || separator.Index <= head.Index + head.Length)
        {
            return null;
        }

        // The list's first item is a link too ("by Libya to the north"), not a phrase of the head ("bounded to the north by").
        var listStart = head.Index + head.Length;
        var firstItem = from.Offset + listStart + (before.AsSpan(listStart).StartsWith("the ", StringComparison.Ordinal) ? 4 : 0);
        if (!linkStarts.Contains(firstItem))
        {
            return null;
        }

        // "assigned to Oak Ridge, Tennessee; at the time, scientists were researching uranium and plutonium": a
        // semicolon ends the clause, so what follows is no item of its list.
        if (before.AsSpan(listStart, separator.Index - listStart).Contains(';'))
        {
            return null;
        }

        var items = ListSeparator().Split(before[listStart..separator.Index]);
        if (items.Any(i => i.Length == 0 || i.Split(' ').Length > MaxListItemWords || i.IndexOfAny(['(', ')', '"', ';', ':']) >= 0 || RelativePronoun().IsMatch(i)))
        {
            return null;
        }

        // The claim reads the list's head straight into the item: "A is bordered by " + "Cameroon".
        var the = separator.Value.EndsWith("the ", StringComparison.Ordinal) ? "the " : "";
        var joined = string.Concat(sentence.AsSpan(0, from.Offset + listStart), the, sentence.AsSpan(anchorStart));
        return Clause(joined, from, from.Offset + listStart + the.Length, anchorLength, tail);
    }

    private const int MaxListItemWords = 8;

    /// <summary>Where a claim about the entity can begin in a sentence, and how the entity is written there ("A" or "A's").</summary>
    private sealed record ClauseStart(int Offset, string Placeholder);

    /// <summary>
    /// The sentence's own subject when it is the entity ("Polk was ...", "His father was ..."), then each later clause
    /// that goes on about it: "..., and was second to ..." (a verb right after the conjunction) or "...; it was ..." (the
    /// entity named again). A clause after a relative pronoun may be about someone else, so it does not count.
    /// </summary>
    private static List<ClauseStart> ClauseStarts(string sentence, List<SubjectForm> forms)
    {
        var starts = new List<ClauseStart>();
        var (subject, possessive) = SubjectWithOpening(sentence, forms);
        if (subject > 0)
        {
            starts.Add(new ClauseStart(subject + Apposition(sentence, subject), possessive ? "A's" : "A"));
        }

        foreach (Match m in Continuation().Matches(sentence))
        {
            var at = m.Index + m.Length;
            if (starts.Count > 0 && m.Index < starts[^1].Offset)
            {
                continue;
            }

            var (named, namedPossessive) = SubjectAtStart(sentence.AsSpan(at), forms);
            if (named > 0 && m.Value != " and " && (subject > 0 || !IsPronoun(sentence.AsSpan(at, named))))
            {
                starts.Add(new ClauseStart(at + named, namedPossessive ? "A's" : "A"));
            }
            else if (subject > 0 && m.Value != "; " && (m.Value == " and " ? AuxiliaryVerb() : ContinuingVerb()).IsMatch(sentence.AsSpan(at))
                && !PassiveParticiple().IsMatch(sentence.AsSpan(at))
                // "Sturdee was mentioned in despatches, and appointed an Officer ...": the participle shares the first
                // clause's "was", which a claim of its own would lose.
                && !(ParticipleStart().IsMatch(sentence.AsSpan(at)) && PassiveVoice().IsMatch(sentence.AsSpan(starts[^1].Offset, m.Index - starts[^1].Offset)))
                && !RelativePronoun().IsMatch(sentence.AsSpan(starts[^1].Offset, m.Index - starts[^1].Offset)))
            {
                starts.Add(new ClauseStart(at, "A"));
            }
        }

        return starts;
    }

    private static bool IsPronoun(ReadOnlySpan<char> word)
    {
        foreach (var p in Pronouns)
        {
            if (word.Equals(p, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The pronoun the page uses for its entity: the one that opens most sentences of its lead ("He" for a person, "It"
    /// for a country); any of them when the lead uses none. Other pronouns are about someone else ("She was diagnosed ..." on a
    /// man's page), and a page whose lead never says "He" (a war) uses it later for people in its story.
    /// </summary>
    private const int LeadSentences = 20;

    private static string[] EntityPronouns(string text, IReadOnlyList<SentenceSpan> sentences)
    {
        Span<int> counts = stackalloc int[4];
        foreach (var s in sentences.Take(LeadSentences))
        {
            for (var p = 0; p < 4; p++)
            {
                var word = Pronouns[p];
                if (s.Length > word.Length && text.AsSpan(s.Start).StartsWith(word, StringComparison.Ordinal) && text[s.Start + word.Length] == ' ')
                {
                    counts[p]++;
                }
            }
        }

        var best = -1;
        for (var p = 0; p < 4; p++)
        {
            if (counts[p] > 0 && (best < 0 || counts[p] > counts[best]))
            {
                best = p;
            }
        }

        // A species or a road is "It" and "They" by turns; a lead that uses both means both.
        return best < 0 ? Pronouns[..4] : best >= 2 && counts[2] > 0 && counts[3] > 0 ? ["It", "They"] : [Pronouns[best]];
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
            if (WordsAfterAnAnchor.Contains(new string(word)) || word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal))
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

    private const int MaxTailWords = 3;

    private static readonly HashSet<string> WordsAfterAnAnchor =
    [
        "and", "or", "but", "in", "on", "at", "for", "from", "to", "with", "as", "by", "of", "into", "onto", "over", "under",
        "after", "before", "during", "since", "until", "while", "when", "where", "who", "whom", "whose", "which", "that",
        "is", "was", "are", "were", "has", "had", "have", "be", "been", "being", "than", "against", "between", "through",
        "near", "about", "around", "across", "along", "via", "per", "itself", "himself", "herself", "themselves", "also",
    ];

    private static bool IsPossessiveAnchor(string sentence, int end) =>
        end + 1 < sentence.Length && sentence[end] is '\'' or '’' && (sentence[end + 1] == 's' || char.IsWhiteSpace(sentence[end + 1]));

    /// <summary>How many leading characters of the sentence name the page's entity; 0 when it is about something else.</summary>
    public static int SubjectLength(string sentence, string title)
    {
        var (length, possessive) = SubjectWithOpening(sentence, SubjectForms(title, null, Pronouns.Take(4)));
        return possessive || length == 0 ? 0 : length + Apposition(sentence, length);
    }

    /// <summary>The subject at the start of the sentence or after a short opening phrase ("In 1836, it was described by ...").</summary>
    private static (int Length, bool Possessive) SubjectWithOpening(string sentence, List<SubjectForm> forms)
    {
        var direct = SubjectAtStart(sentence, forms);
        if (direct.Length == 0)
        {
            var comma = sentence.IndexOf(", ", StringComparison.Ordinal);
            if (comma > 0 && sentence[..comma].Split(' ').Length <= MaxOpeningWords)
            {
                var after = SubjectAtStart(sentence.AsSpan(comma + 2), forms);
                if (after.Length > 0)
                {
                    return (comma + 2 + after.Length, after.Possessive);
                }
            }

            // "Born in Omaha, Nebraska, and raised in Grand Rapids, Michigan, Ford attended ...": a participle or
            // preposition opens a longer phrase, which holds commas of its own; the subject follows one of them.
            if (comma > 0 && OpeningWord().IsMatch(sentence))
            {
                for (var c = comma; c > 0 && sentence[..c].Split(' ').Length <= MaxLongOpeningWords; c = sentence.IndexOf(", ", c + 2, StringComparison.Ordinal))
                {
                    var after = SubjectAtStart(sentence.AsSpan(c + 2), forms);
                    if (after.Length > 0)
                    {
                        return (c + 2 + after.Length, after.Possessive);
                    }
                }
            }
        }

        return direct;
    }

    private const int MaxOpeningWords = 8;

    private const int MaxLongOpeningWords = 20;

    /// <summary>One way the page's text refers to its entity; a possessive one ("His", "Polk's") becomes "A's".</summary>
    private sealed record SubjectForm(string Text, bool Possessive, bool IgnoreCase);

    /// <summary>
    /// Name forms of the entity, longest first: the title (bare of its disambiguation, and quoted), the title
    /// before " of " or a comma ("Richard II", "Hannah Primrose"), the last word of a proper name ("Polk"),
    /// "The" + the last word or the type's head noun ("The toad", "The album"), each also possessive ("Polk's");
    /// then the page's pronoun and its possessive ("He", "His").
    /// </summary>
    private static List<SubjectForm> SubjectForms(string title, string? typeHead, IEnumerable<string> pronouns)
    {
        var bare = Titles.WithoutDisambiguation(title);
        var names = new List<string> { $"The {bare}", bare, $"\"{bare}\"", $"The {LastWord(bare)}" };
        foreach (var cut in new[] { " of ", ", " })
        {
            var at = bare.IndexOf(cut, StringComparison.Ordinal);
            if (at > 0)
            {
                names.Add(bare[..at]);
            }
        }

        var words = bare.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 2 && words.All(w => char.IsUpper(w[0]) || w is "of" or "de" or "von" or "van" or "al" || w.StartsWith("al-", StringComparison.Ordinal)))
        {
            var last = words[^1].TrimEnd('.');
            if (last.Length >= 3 && !last.All(char.IsUpper) && !RomanNumeral().IsMatch(last))
            {
                names.Add(last);
            }
        }

        if (typeHead is not null)
        {
            names.Add($"The {typeHead}");
        }

        var forms = names.Distinct()
            .SelectMany(n => new[] { new SubjectForm(n, false, n.StartsWith("The ", StringComparison.Ordinal)), new SubjectForm(n + "'s", true, n.StartsWith("The ", StringComparison.Ordinal)), new SubjectForm(n + "’s", true, n.StartsWith("The ", StringComparison.Ordinal)) })
            .OrderByDescending(f => f.Text.Length)
            .ToList();
        // A court case or a film is not "he": its page's "He" is about a person in it ("Afroyim v. Rusk").
        foreach (var p in pronouns.Where(p => !(p is "He" or "She" && typeHead is not null && ThingHeads.Contains(typeHead))))
        {
            forms.Add(new SubjectForm(p, false, true));
            forms.Add(new SubjectForm(Pronouns[Array.IndexOf(Pronouns, p) + 4], true, true));
        }

        return forms;
    }

    private static (int Length, bool Possessive) SubjectAtStart(ReadOnlySpan<char> sentence, List<SubjectForm> forms)
    {
        if (sentence.IsEmpty || !(char.IsUpper(sentence[0]) || sentence[0] is '"' or 't' or 'h' or 's' or 'i'))
        {
            return (0, false);
        }

        foreach (var form in forms)
        {
            if (sentence.StartsWith(form.Text, form.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)
                && sentence.Length > form.Text.Length
                && (sentence[form.Text.Length] == ' ' || (!form.Possessive && sentence[form.Text.Length] == ',')))
            {
                var rest = sentence[(form.Text.Length + 1)..];
                if ((form.Possessive && !PossessedThenVerb().IsMatch(rest)) || (form.Text == "It" && ExpletiveIt().IsMatch(rest)))
                {
                    return (0, false);
                }

                return (form.Text.Length, form.Possessive);
            }
        }

        return (0, false);
    }

    /// <summary>
    /// Characters after the subject that only rename it: " (DSTT)" and ", also known as X," before a verb.
    /// The claim then reads on from the verb.
    /// </summary>
    private static int Apposition(string sentence, int subject)
    {
        var m = AppositionPattern().Match(sentence, subject);
        return m.Success && m.Index == subject ? m.Length : 0;
    }

    /// <summary>The first clause end at or after <paramref name="from"/>; a comma or point inside a number ("US$1,000", "3.5") is not one.</summary>
    private static int ClauseEnd(string text, int from)
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

    private static bool IsListSeparator(string text, int from, int to)
    {
        if (to <= from || to - from > 6)
        {
            return false;
        }

        var between = text[from..to].Replace("\"", "", StringComparison.Ordinal);
        return between is ", " or " and " or ", and " or " or " or ", or ";
    }

    private static bool IsAnchorBoundary(char before) => char.IsWhiteSpace(before) || before is '"' or '(' or '“' or '‘';

    /// <summary>The head noun of a type descriptor: "a 1965 album" → "album", "a species of bird" → "species".</summary>
    private static string? TypeHead(string descriptor)
    {
        var words = descriptor.Split(' ');
        var of = Array.IndexOf(words, "of");
        var head = (of > 1 ? words[of - 1] : words[^1]).Trim('"');
        return head.Length >= 3 && head.All(char.IsLetter) && char.IsLower(head[0]) ? head : null;
    }

    /// <summary>
    /// "A" (or "A's") + the sentence after the clause start, with the anchor replaced by "B", cut at the end of the
    /// clause that holds the anchor (or at the first clause end, for an attribute), at most
    /// <see cref="MaxClaimWords"/> words. Null when the result is not a usable claim.
    /// </summary>
    private static string? Clause(string sentence, ClauseStart from, int anchorStart, int anchorLength, int tail = 0)
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
        if (WrongIndefiniteArticle().IsMatch(clause))
        {
            return null;
        }

        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words.Length > MaxClaimWords || StandaloneLetter().Count(clause) > (anchorStart >= 0 ? 1 : 0))
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
        if (!from.Placeholder.EndsWith("'s", StringComparison.Ordinal) && !StartsWithVerb(words))
        {
            return null;
        }

        // "A worked there for two years", "A kept the same name": the claim leans on another sentence.
        if (words.Any(w => Anaphors.Contains(w.ToLowerInvariant())))
        {
            return null;
        }

        // "A was appointed to establish and B": B joined to a verb; "A was on hand when the world's first B": B is
        // the subject of a clause the claim cuts off.
        var b = Array.FindIndex(words, w => w.StartsWith('B') && (w.Length == 1 || !char.IsLetter(w[1])));
        if (anchorStart >= 0 && b > 0 && (words[b - 1] is "and" or "or" || words[..b].Any(w => Subordinators.Contains(w))))
        {
            return null;
        }

        // "A hoped that at the Republican convention": a subordinate clause cut off before its verb.
        if (anchorStart < 0 && Enumerable.Range(0, words.Length).Any(k => Subordinators.Contains(words[k]) && !words.Skip(k + 1).Any(IsPastOrListedVerb)))
        {
            return null;
        }

        // "A was 390": a bare number says nothing without the sentence around it.
        if (words.Length == 2 && words[0] is "is" or "was" or "are" or "were" && words[1].All(c => char.IsDigit(c) || c is ',' or '.'))
        {
            return null;
        }

        // "A handed over to Group Captain B the": the clause stopped inside a phrase.
        if (DanglingEnds.Contains(words[^1].ToLowerInvariant()))
        {
            return null;
        }

        // "A then threw his support to B", "A was also the 17th B": an adverb that ties the sentence to the one
        // before it means nothing in a claim on its own.
        var adverb = words.Length > 2 && Auxiliaries.Contains(words[0]) ? 1 : 0;
        if (words.Length > adverb + 2 && DiscourseAdverbs.Contains(words[adverb]))
        {
            words = [.. words[..adverb], .. words[(adverb + 1)..]];
        }

        return from.Placeholder + " " + string.Join(' ', words);
    }

    /// <summary>
    /// The clause and up to two shorter prefixes of it that end before a prepositional phrase ("A became archbishop
    /// in 655" → "A became archbishop"): each is still true of the entity and still reads whole, but admits more
    /// pages, which gives the blurring a choice of fuzziness. A cut never leaves a dangling word ("A is a 2009
    /// independent") nor splits an "of" phrase ("A was the last | of the hijackers").
    /// </summary>
    public static IEnumerable<string> FuzzierVariants(string clause)
    {
        yield return clause;
        var words = clause.Split(' ');
        var emitted = 0;
        for (var length = words.Length - 1; length >= MinVariantWords && emitted < 2; length--)
        {
            // Not inside a subordinate clause: "A was told that if the people | at Oak Ridge gave him ..." is broken.
            var variant = string.Join(' ', words.Take(length));
            if (IsCutPoint(words, length) && !RelativePronoun().IsMatch(variant))
            {
                yield return variant;
                emitted++;
            }
        }
    }

    private const int MinVariantWords = 4;

    /// <summary>Whether words[..length] ends a phrase: the next word opens a prepositional phrase and the last is a content word.</summary>
    private static bool IsCutPoint(string[] words, int length) =>
        PhraseOpeners.Contains(words[length]) && !FunctionWords.Contains(words[length - 1].ToLowerInvariant())
        && !DanglingEnds.Contains(words[length - 1].ToLowerInvariant())
        // "A remains the largest | in Europe", "A was in Rome early | in September": the phrase gives the scope.
        && !NeedsScope(words[length - 1].ToLowerInvariant())
        // "one of twelve constellations created | by": a participle without its agent dangles.
        && !(words[length] == "by" && Participle().IsMatch(words[length - 1]))
        // "the first Australian | to sit in the House of Lords": an infinitive completes what comes before it.
        && words[length] != "to"
        // "Introduction | to Atomic Physics", "Speaker | of the House": not inside a name.
        && !(char.IsUpper(words[length - 1][0]) && length + 1 < words.Length && char.IsUpper(words[length + 1][0]));

    /// <summary>
    /// Where the words of a clause before a link end whole: before the last preposition that follows a content
    /// word ("A was completed in 1913 | for the"), at least <see cref="MinVariantWords"/> words in; -1 when nowhere.
    /// </summary>
    private static int BeforeLastPreposition(string sentence, int from, int to)
    {
        var found = Word().Matches(sentence, from).TakeWhile(w => w.Index < to).ToList();
        var words = found.Select(w => w.Value).ToArray();
        for (var length = words.Length - 1; length >= MinVariantWords - 1; length--)
        {
            if (IsCutPoint(words, length))
            {
                return found[length - 1].Index + found[length - 1].Length;
            }
        }

        return -1;
    }

    /// <summary>Prepositions that open a phrase a claim can end before; not "of", which completes the noun before it.</summary>
    private static readonly HashSet<string> PhraseOpeners =
    [
        "in", "on", "at", "by", "to", "for", "with", "from", "after", "before", "during", "since", "until", "near",
        "into", "over", "under", "between", "about", "against", "through", "as", "within", "across", "following",
    ];

    /// <summary>Kinds of things that are never "he" or "she".</summary>
    private static readonly HashSet<string> ThingHeads =
    [
        "case", "film", "album", "song", "single", "book", "novel", "battle", "war", "game", "series", "episode",
        "species", "genus", "city", "town", "village", "river", "mountain", "building", "church", "station", "road",
        "route", "highway", "bridge", "company", "band", "team", "club", "school", "university", "election", "act",
        "treaty", "law", "painting", "opera", "play", "poem", "storm", "hurricane", "cyclone", "constellation", "squadron",
        "wing", "unit", "agency", "organization", "organisation", "museum", "castle", "cathedral", "coin", "campaign",
    ];

    private static readonly HashSet<string> Kinship =
    [
        "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "child", "grandson",
        "granddaughter", "widow", "nephew", "niece", "cousin", "uncle", "aunt",
    ];

    /// <summary>Type nouns that need their "of" phrase to describe anything.</summary>
    private static readonly HashSet<string> GenericHeads =
    [
        "head", "member", "part", "one", "leader", "chief", "seat", "capital", "home", "name", "title", "list", "set",
        "group", "series", "form", "type", "kind", "branch", "division", "section", "unit", "body", "collection", "center",
        "centre", "site", "subject", "study", "history", "period", "stage",
    ];

    /// <summary>Adjectives that do not end a type: they need what follows them.</summary>
    private static readonly HashSet<string> NeedsComplement =
    [
        "responsible", "known", "famous", "noted", "located", "based", "able", "dedicated", "devoted", "named", "used",
        "designed", "intended", "similar", "related", "equivalent", "close", "native", "endemic", "specific", "unique",
    ];

    /// <summary>Words that open a subordinate clause.</summary>
    private static readonly HashSet<string> Subordinators =
    [
        "when", "while", "whereas", "because", "although", "though", "if", "unless", "that", "whether", "whenever",
    ];

    /// <summary>Words that point back at something said in an earlier sentence.</summary>
    private static readonly HashSet<string> Anaphors =
    [
        "there", "here", "this", "these", "those", "thereafter", "latter", "former", "same", "aforementioned", "such",
    ];

    private static readonly HashSet<string> FiniteVerbs =
    [
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "may", "might", "must", "shall",
        "should", "did", "does", "do", "became", "become", "began", "won", "wrote", "took", "made", "gave", "led", "ran",
        "met", "lost", "held", "built", "fought", "left", "went", "came", "saw", "sold", "bought", "taught", "brought",
        "told", "said", "found", "spent", "sent", "kept", "grew", "knew", "drew", "flew", "threw", "rose", "fell", "chose",
        "stood", "sat", "hit", "set", "put", "cut", "read", "oversaw", "underwent", "struck", "sang", "drove", "rode",
        "wore", "bore", "spoke", "broke", "froze", "stole", "beat", "forgot", "meant", "paid", "laid", "lay",
        "slew", "swore", "shot", "withdrew", "overcame", "undertook", "forbade", "sought", "thought", "felt", "dealt",
    ];

    private static readonly HashSet<string> PreverbAdverbs =
    [
        "never", "first", "still", "often", "once", "now", "soon", "only", "already", "always", "not", "formerly",
        "originally", "initially", "briefly", "again", "reportedly", "officially", "primarily", "mainly", "largely",
    ];

    private static bool NeedsScope(string word) =>
        word is "early" or "late" or "shortly" or "soon" or "just" or "right" or "first" or "last" or "only" or "second" or "third"
        || (word.Length > 4 && word.EndsWith("est", StringComparison.Ordinal));

    /// <summary>Whether a clause after its subject opens with a finite verb, after adverbs ("A briefly dated B").</summary>
    private static bool StartsWithVerb(string[] words)
    {
        var i = 0;
        while (i < words.Length - 1 && (PreverbAdverbs.Contains(words[i]) || DiscourseAdverbs.Contains(words[i]) || (words[i].Length > 4 && words[i].EndsWith("ly", StringComparison.Ordinal))))
        {
            i++;
        }

        var word = words[i];
        return IsPastOrListedVerb(word) || (word.Length > 3 && char.IsLower(word[0]) && word.EndsWith('s'));
    }

    /// <summary>A finite verb of the list, or a lower-case word in "-ed".</summary>
    private static bool IsPastOrListedVerb(string word) =>
        FiniteVerbs.Contains(word) || (word.Length > 3 && char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal));

    /// <summary>Words a whole clause does not end on.</summary>
    private static readonly HashSet<string> DanglingEnds =
    [
        "a", "an", "the", "of", "and", "or", "his", "her", "its", "their", "to", "by", "with", "from", "for", "in", "on",
        "at", "as", "that", "which", "who", "whose", "only",
    ];

    private static readonly HashSet<string> Auxiliaries = ["is", "was", "are", "were", "has", "had", "have", "will", "would", "could"];

    private static readonly HashSet<string> DiscourseAdverbs =
    [
        "also", "then", "later", "subsequently", "eventually", "finally", "thus", "therefore", "however", "again", "still",
        "meanwhile", "afterwards", "thereafter", "instead", "nonetheless", "nevertheless", "further", "furthermore",
    ];

    private static readonly HashSet<string> FunctionWords =
    [
        "a", "an", "the", "of", "in", "on", "at", "by", "to", "for", "with", "from", "and", "or", "as", "is", "was",
        "are", "were", "be", "been", "his", "her", "its", "their", "that", "which", "who", "not", "first", "than",
        "more", "most", "less", "least", "very", "so", "too", "during", "after", "before", "into", "over", "under", "between",
        "about", "against", "through", "until", "since", "while", "because", "when", "where", "if", "but", "also",
    ];

    /// <summary>"X is a species of bird in the family ..." → "a species of bird".</summary>
    public static string? TypeDescriptorOf(string leadSentence)
    {
        // "a Royal Australian Air Force (RAAF) squadron": the type reads on past a parenthesis.
        var lead = Parenthesis().Replace(leadSentence, "");
        var m = TypeCopula().Match(lead);
        if (!m.Success)
        {
            return null;
        }

        var words = m.Groups["type"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // "the son of Princess Anne": a kinship names another person, not a kind; no type.
        if (words.Count > 2 && Kinship.Contains(words[0]) && words[1] == "of")
        {
            return null;
        }

        // "a small | and faint constellation", "an English stage | and film actor": the type reads on past a short "and" phrase.
        if (AndPhrase().Match(lead, m.Index + m.Length) is { Success: true } and && and.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4)
        {
            words.AddRange(and.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        // "the head | of the executive branch": a noun that says nothing alone keeps its "of" phrase.
        if (words.Count == 1 && GenericHeads.Contains(words[0]) && OfPhrase().Match(lead, m.Index + m.Length) is { Success: true } of)
        {
            words.AddRange(of.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        // A participle phrase ends the type: "a flotilla leader | built for", "a film | written and directed by"
        // (the copula's match may already end at "for" or "and", leaving the participle last).
        var participle = words.Count < 2 ? -1 : words.FindIndex(1, w => Participle().IsMatch(w));
        if (participle > 0 && (participle + 1 == words.Count || TypeEnders.Contains(words[participle + 1])))
        {
            words = words[..participle];
        }

        if (words.Count > MaxTypeWords)
        {
            // "a United States Army Corps of Engineers officer": a name ending on a lower-case head noun stays whole;
            // "a leading Australian fighter ace of World | War II": otherwise a cut ends before the "of" phrase it would split.
            var lastOf = words.LastIndexOf("of", MaxTypeWords - 1);
            var nameThenHead = words.Count <= MaxNamedTypeWords && char.IsLower(words[^1][0]) && lastOf > 0 && words.Count - lastOf > 2
                && words.Skip(lastOf + 1).SkipLast(1).All(w => char.IsUpper(w[0]));
            words = nameThenHead ? words : words.Take(lastOf > 0 ? lastOf : MaxTypeWords).ToList();
        }

        // "a United States military agency responsible | for": an adjective that needs its complement.
        while (words.Count > 0 && (FunctionWords.Contains(words[^1].ToLowerInvariant()) || NeedsComplement.Contains(words[^1])))
        {
            words.RemoveAt(words.Count - 1);
        }

        var type = $"{m.Groups["det"].Value.ToLowerInvariant()} {string.Join(' ', words)}".Trim();
        return type.Split(' ').Length >= 2 ? type : null;
    }

    /// <summary>Links the paper warns about: years, centuries and dates say little about the entity.</summary>
    public static bool IsWeakTarget(string target) => WeakTarget().IsMatch(target);

    private static string LastWord(string s) => s.Split(' ')[^1];

    [GeneratedRegex(@"\G(?:\s*\([^()]*\))?(?:,(?: also| or| formerly| better| commonly| officially| known)[^,;()]{0,80},)?(?=\s+(?:is|was|are|were|has|had|became|remains|served|lies|covers)\b)")]
    private static partial Regex AppositionPattern();

    /// <summary>Where a sentence may go on about its subject: ", and ", "; ", ", but ", " and then " …</summary>
    [GeneratedRegex(@"(?:, and |; |, but | and |, then |, where )")]
    private static partial Regex Continuation();

    /// <summary>A finite verb (optionally after an adverb) opening a clause whose subject is left out: "and was second to ...".</summary>
    [GeneratedRegex(@"^(?:(?:also|later|then|eventually|subsequently|soon|finally|again|still|now|was|is|has|had) )?(?:is|was|are|were|has|had|have|became|becomes|won|wins|made|makes|wrote|writes|took|began|left|went|gave|led|ran|met|lost|held|built|remained|remains|served|serves|includes|contains|lies|covers|[a-z]{3,}ed) ")]
    private static partial Regex ContinuingVerb();

    /// <summary>The words that open a list: the first preposition ("bordered by") or "include(s)", "such as"; "of" may be part of a name.</summary>
    [GeneratedRegex(@"\b(?:by|for|with|in|on|at|to|from|as|into|against|including|includes|included|include|such as) ")]
    private static partial Regex ListHead();

    [GeneratedRegex(@"(?:, and |, or |, |; and |; | and | or )(?:the )?$")]
    private static partial Regex ListSeparatorAtEnd();

    [GeneratedRegex(@", and |, or |, |; and |; | and | or ")]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"^(?:Born|Raised|Educated|Following|After|During|Before|Despite|Although|While|Having|Unlike|Like|Upon|Under|With|As|In|On|At|By|From|Since|Throughout|Between) ")]
    private static partial Regex OpeningWord();

    /// <summary>"... was produced and directed by": after a bare "and", only an auxiliary starts a clause of its own.</summary>
    [GeneratedRegex(@"^(?:(?:also|later|then) )?(?:is|was|are|were|has|had|became) ")]
    private static partial Regex AuxiliaryVerb();

    /// <summary>"..., and distributed by ...": a participle that shares the first clause's "was" is no clause of its own.</summary>
    [GeneratedRegex(@"^[a-z]{3,}ed by ")]
    private static partial Regex PassiveParticiple();

    [GeneratedRegex(@"^[a-z]{3,}ed ")]
    private static partial Regex ParticipleStart();

    [GeneratedRegex(@"\b(?:is|was|are|were|been|being)\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en|wn)\b")]
    private static partial Regex PassiveVoice();

    /// <summary>"His ashes were scattered ...": what the entity owns, in a few lowercase words, then a verb.</summary>
    [GeneratedRegex(@"^(?:[a-z][a-z-]* ){1,3}(?:(?:also|later|then|was|were|is|are|has|had|have) )?(?:is|was|are|were|has|had|have|became|won|made|took|began|remained|remains|includes|included|contains|[a-z]{3,}ed) ")]
    private static partial Regex PossessedThenVerb();

    /// <summary>"It is possible that ...", "It has been hypothesized that ...": "It" stands for nothing.</summary>
    [GeneratedRegex(@"^(?:is|was|has been|had been|seems|seemed|appears|appeared|would be|may be|might be)(?: \w+){0,2} (?:that|to|whether|how|why)\b")]
    private static partial Regex ExpletiveIt();

    [GeneratedRegex(@"\b(?:who|whom|whose|which|that|where|when|while|although|because|after|before|until|whereas|if)\b")]
    private static partial Regex RelativePronoun();

    [GeneratedRegex(@"(?<![\p{L}\p{N}'’.-])[AB](?![\p{L}\p{N}'’.-])")]
    private static partial Regex StandaloneLetter();

    [GeneratedRegex(@"\ban [bcdfgjklmnpqrstvwxz][a-z]+\b|\ba (?!one\b|once\b|eu|ewe)[aeio][a-z]*\b")]
    private static partial Regex WrongIndefiniteArticle();

    [GeneratedRegex(@"^[IVXLC]+$")]
    private static partial Regex RomanNumeral();

    /// <summary>A date, a number, a rank, a role or a named place ("in Omaha").</summary>
    [GeneratedRegex(@"\b([0-9]+|first|largest|smallest|oldest|only|second|third|last|born|died|founded|established|built|launched|released|published|located|named|January|February|March|April|May|June|July|August|September|October|November|December|century|one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion|appointed|elected|crowned|succeeded|promoted|served as|president|king|queen|captain|director|chairman|member)\b|\b(?:in|at|near|from) (?:the )?\p{Lu}\p{Ll}+")]
    private static partial Regex SpecificFact();

    [GeneratedRegex(@"\b(is|was|are|were)\s+(?<det>an?|the|one of the)\s+(?<type>[^,;:()]+?)(?=\s+(that|which|who|whose|where|in|of the|from|by|located|based|for|on|at|near|with|and|or|to)\b|[,;:().]|$)")]
    private static partial Regex TypeCopula();

    [GeneratedRegex(@" ?\([^()]*\)")]
    private static partial Regex Parenthesis();

    /// <summary>A value a claim can be checked by: a number, a month, a count, a rank, or a name after the first word.</summary>
    [GeneratedRegex(@"\b[0-9]+|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|only|largest|smallest|oldest|youngest|highest|longest|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million|billion)\b|(?<=\S )\p{Lu}\p{Ll}+")]
    private static partial Regex SpecificValue();

    /// <summary>"A was its president": the possessive points at something named in another sentence.</summary>
    [GeneratedRegex(@"^A (?:is|was|are|were|became|remains|remained) (?:its|their) ")]
    private static partial Regex OwnedByOther();

    /// <summary>The words after "and" that finish a type: "a small | and faint constellation".</summary>
    [GeneratedRegex(@"\G and [^,;:().]+?(?=\s+(?:that|which|who|whose|where|in|of|from|by|for|on|at|with|or|to|located|based|and)\b|[,;:().]|$)")]
    private static partial Regex AndPhrase();

    /// <summary>The "of" phrase right after a type noun, up to where a type ends.</summary>
    [GeneratedRegex(@"\G of (?:the |an? )?[^,;:().]+?(?=\s+(?:that|which|who|whose|where|in|from|by|for|on|at|with|and|or|to|since|during)\b|[,;:().]|$)")]
    private static partial Regex OfPhrase();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();

    /// <summary>A past participle: "built", "written", "located", "named".</summary>
    [GeneratedRegex(@"^(?:[a-z]{3,}ed|built|written|made|known|given|run|drawn|shown|sung|begun|born|held|set|found)$")]
    private static partial Regex Participle();

    /// <summary>Sentences from the start of a page that may give its type.</summary>
    private const int TypeSentences = 3;

    private const int MaxTypeWords = 6;

    /// <summary>A type may run longer when a name leads into its head noun ("United States Army Corps of Engineers officer").</summary>
    private const int MaxNamedTypeWords = 9;

    /// <summary>Words after a participle that make it a participle phrase ending the type.</summary>
    private static readonly HashSet<string> TypeEnders = ["by", "in", "for", "from", "as", "at", "on", "to", "and", "after", "during", "with"];

    [GeneratedRegex(@"^(\d{1,4}s?|\d{1,2}(st|nd|rd|th) century|(January|February|March|April|May|June|July|August|September|October|November|December)( \d{1,2})?)$")]
    private static partial Regex WeakTarget();
}
