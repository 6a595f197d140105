using System.Text.RegularExpressions;
using InfoSeek.Contracts;
using InfoSeek.Corpus;
using InfoSeek.Domain.English;

namespace InfoSeek.Domain.Mining;

/// <summary>
/// The deterministic Browser agent: mines the whole page for claims about the page's own entity. A
/// clause counts when its subject is the entity (its title, a short form, "The" + its type noun, the
/// pronoun the page uses for it, or a possessive of these), also a later clause of such a sentence
/// that goes on about it; the subject becomes "A" (or "A's"), a link's anchor becomes "B", and the
/// claim keeps only the clause that carries the relation. Every claim's evidence is the verbatim sentence.
/// </summary>
/// <remarks>
/// The stages, sentence by sentence: <see cref="TypeDescriptor"/> reads the type from the lead,
/// <see cref="SubjectFinder"/> finds who a sentence is about, <see cref="ClauseStarts"/> where its claims begin,
/// <see cref="RelationClaims"/> and <see cref="AttributeClaims"/> write the claims, cut by <see cref="ClauseCutter"/>.
/// </remarks>
public static partial class ClaimMiner
{
    /// <summary>Prose sentences from the start of a page that may give its type.</summary>
    private const int TypeSentences = 3;

    /// <summary>Fewer words than this, or no closing full stop, is a line of an infobox or a heading, not prose.</summary>
    private const int MinProseWords = 4;

    /// <param name="resolve">Maps a link target to its corpus title (redirects followed), or null when it is not in the corpus.</param>
    public static BrowsedPage Mine(CorpusPage page, Func<string, string?> resolve)
    {
        var claims = new List<ClaimCandidate>();
        var nextLink = 0;
        var lead = new LeadType();
        // "The Buddhism practiced in Tibet, … is also Mahayana in origin": "the" before a name that has none makes the
        // participle after it qualify the name; it is not the sentence's verb ("A practiced in Tibet").
        var qualifiedNameOpening = page.Title.StartsWith("The ", StringComparison.Ordinal) ? null : "The " + Titles.WithoutDisambiguation(page.Title) + " ";
        foreach (var (span, sentence, starts) in SentencesAboutEntity(page, lead))
        {
            while (nextLink < page.Links.Count && page.Links[nextLink].Start < span.Start)
            {
                nextLink++;
            }

            var evidence = new Evidence(page.Title, sentence, span.Start, span.Length);
            var links = new List<PageLink>();
            for (var k = nextLink; k < page.Links.Count && page.Links[k].Start < span.Start + span.Length; k++)
            {
                if (page.Links[k].IsPlaced && page.Links[k].Start + page.Links[k].Length <= span.Start + span.Length)
                {
                    links.Add(page.Links[k]);
                }
            }

            var before = claims.Count;
            RelationClaims.Mine(page, span, sentence, links, starts, evidence, resolve, claims);
            AttributeClaims.Mine(span, sentence, links, starts, evidence, claims);
            // "After this expansion, Berlin had a population of around 4 million": a state holds only within the scope
            // the opening phrase sets, which the claim would lose; an event ("After graduation, he was assigned to ...")
            // stays true without it.
            // "In South Korea, Rusa killed at least 233 people": a number, a rank or an extreme holds only where the
            // opening phrase says. "In 2000, the watershed population was 2,672", "Three weeks into its wide release, it
            // was playing in less than 100 theaters": a count holds only then, unless the claim keeps a date of its own.
            // "In a 2005 poll of Radio Times readers, St Kilda was named ...": a poll's finding is no fact.
            // "In the 1830, 1840, and 1850 censuses ..., Baltimore was the second-largest city": a rank, too, holds only then.
            // "In the last round of voting, Athens defeated Rome": who won or lost, only in the contest the opening names.
            // "In this story, Kafka believed in the Golem": what holds in a work the sentence before named.
            // "Apart from his operas, Wagner composed relatively few pieces of music": only with the exception made.
            // "At the beginning of the 1990s, the Royal Navy was a force designed for the Cold War": a state holds only in the period named.
            var scoped = starts.Any(s => s.Scoped);
            var opened = starts.Any(s => s.Opened);
            for (var k = claims.Count - 1; k >= before && opened; k--)
            {
                var text = claims[k].Text;
                if ((scoped && (StateClaim().IsMatch(text) || ClaimScope.StatesScope(text) || Contest().IsMatch(text)))
                    || ((Count().IsMatch(Dates.DatesAndYears().Replace(text, " ")) || ClaimScope.StatesScope(text)) && !Dates.DatesAndYears().IsMatch(text))
                    || PollOpening().IsMatch(sentence) || StoryOpening().IsMatch(sentence) || ExceptOpening().IsMatch(sentence)
                    || (PeriodOpening().IsMatch(sentence) && StateClaim().IsMatch(text) && !Dates.DatesAndYears().IsMatch(text)))
                {
                    claims.RemoveAt(k);
                }
            }

            var qualifiedName = qualifiedNameOpening is not null && sentence.StartsWith(qualifiedNameOpening, StringComparison.Ordinal);
            for (var k = claims.Count - 1; k >= before; k--)
            {
                if (IncompleteClaims.Any(claims[k].Text, sentence) || (qualifiedName && ParticipleAsVerb().IsMatch(claims[k].Text)))
                {
                    claims.RemoveAt(k);
                }
            }
        }

        // "Washington is the only state to be named for a president", on George Washington's page (whose lead says "He"):
        // a person's short name that names a place there is the place's sentence, not the person's.
        if (lead.Person)
        {
            claims.RemoveAll(c => PlaceKind().IsMatch(c.Text));
        }

        // "Brabham went to the United Kingdom" (in 1955), on the page of the team that bears its founder's name: what only a
        // person does is the person's.
        if (lead.Descriptor is not null && TypeDescriptor.Head(lead.Descriptor) is { } head && Lexicon.ThingHeads.Contains(head))
        {
            claims.RemoveAll(c => PersonAct().IsMatch(c.Text));
        }

        // "The Pacific Ocean ... is the world's largest body of water": a lead that names the entity gives no type to show; the title may.
        var type = Questions.NounPhrases.Shown(lead.Descriptor) is not null ? lead.Descriptor : TypeDescriptor.FromTitle(page.Title) ?? lead.Descriptor;
        return new BrowsedPage(page.Title, type, claims.DistinctBy(c => (c.Text, c.Target)).ToList());
    }

    /// <summary>
    /// The sentences of the page in which a clause is about its entity under the miner's subject rules: where a claim
    /// proposed by anyone (a model too) may have its evidence.
    /// </summary>
    public static IReadOnlyList<SentenceSpan> EntitySentences(CorpusPage page) =>
        SentencesAboutEntity(page, new LeadType()).Select(s => s.Span).ToList();

    /// <summary>The type read from the lead, found while the sentences are read.</summary>
    private sealed class LeadType
    {
        public string? Descriptor { get; set; }

        /// <summary>Whether a question can show the descriptor; until one it can is found, the lead is read on.</summary>
        public bool Usable => Questions.NounPhrases.CanShow(Descriptor);

        /// <summary>Whether the lead speaks of the entity as "He" or "She".</summary>
        public bool Person { get; set; }
    }

    /// <summary>Each sentence with the clause starts whose subject is the entity (none: the sentence is left out), in order.</summary>
    private static IEnumerable<(SentenceSpan Span, string Sentence, List<ClauseStart> Starts)> SentencesAboutEntity(CorpusPage page, LeadType lead)
    {
        var sentences = SentenceSplitter.Split(page.Text);
        var pronouns = EntityPronouns.Of(page.Text, sentences);
        lead.Person = pronouns is ["He"] or ["She"];
        List<SubjectForm>? forms = null;
        var leadSentences = 0;
        var leadBegun = false;
        var focus = new SubjectFocus(page.Title);
        // "Sinking of SS Princess Alice", "Death of Ms Dhu": the lead and the page's "she" describe the ship or the
        // woman, not the event the page is about.
        var aspect = AspectTitle().IsMatch(page.Title);
        for (var n = 0; n < sentences.Count; n++)
        {
            var span = sentences[n];
            var sentence = page.Text.Substring(span.Start, span.Length);
            // The type comes from the lead, its first prose sentences (an infobox rendered as text may come before
            // them); a page whose text starts later in the article has none.
            var prose = IsProse(sentence);
            var namesEntityFirst = prose && NamesEntityFirst(sentence, page.Title);
            // A type no question can show ("the only species" of a genus) gives way to a later lead sentence whose type
            // it can, said of the entity by name or by its pronoun ("It is a tropical tree").
            if (!lead.Usable && (lead.Descriptor is null ? namesEntityFirst : prose && OpensWithEntityCopula(sentence, page.Title))
                && leadSentences < TypeSentences && !aspect && !IsHatnote(page.Text, sentences, n)
                && TypeDescriptor.Of(sentence) is { } descriptor && (lead.Descriptor is null || Questions.NounPhrases.CanShow(descriptor)))
            {
                lead.Descriptor = descriptor;
                forms = null;
            }

            // An infobox line ending in a full stop ("Ability to Speak English by Language Spoken at Home: 2000.") is
            // not one of the lead's sentences; the lead has begun once a sentence names the entity before its verb.
            leadBegun |= namesEntityFirst;
            leadSentences += prose && (leadBegun || IsRunningText(sentence)) ? 1 : 0;
            forms ??= SubjectFinder.Forms(page.Title, lead.Descriptor is null ? null : TypeDescriptor.Head(lead.Descriptor), aspect ? [] : pronouns);
            var starts = focus.Keep(sentence, ClauseStarts.Find(sentence, forms));
            // "Yarralumla woolshed in 1925": an image caption or a heading is no sentence, and says nothing of the entity.
            // "4. The shroud of Turin is a fake created by …": an item of a numbered list ("Four possible explanations have
            // been offered") says what its list says it is, often one possibility of several.
            if (starts.Count > 0 && prose && !EnumeratedItem(page.Text, span.Start, sentence) && !(lead.Person && NamesakeThing(sentence, lead.Descriptor)))
            {
                yield return (span, sentence, starts);
            }
        }
    }

    /// <summary>
    /// "Zhang Qian (Chang Chien) is a frigate built in Taiwan" on the explorer's page: a person's name given to a thing
    /// (a ship, a town, a band) says nothing of the person. A page whose lead makes its entity a thing ("a graphic
    /// novel", "an extinct genus") and says "he" of someone else is no person's page.
    /// </summary>
    private static bool NamesakeThing(string sentence, string? leadType)
    {
        if (leadType is not null && TypeDescriptor.Head(leadType) is { } leadHead && IsThing(leadHead))
        {
            return false;
        }

        var copula = NamedThingCopula().Match(sentence);
        if (!copula.Success)
        {
            return false;
        }

        // The noun phrase's head: its last word before a participle, a preposition or a clause ("a frigate built in").
        var words = sentence[(copula.Index + copula.Length)..].Split(' ');
        var end = Array.FindIndex(words, w => w.Length == 0 || !char.IsAsciiLetterLower(w[0]) || w.TrimEnd(',', '.', ';') != w || NounPhraseEnd.Contains(w));
        var head = end switch
        {
            0 => "",
            < 0 => words[^1],
            _ when words[end].TrimEnd(',', '.', ';') != words[end] && char.IsAsciiLetterLower(words[end][0]) => words[end].TrimEnd(',', '.', ';'),
            _ => words[end - 1],
        };
        return end <= MaxNounPhraseWords && IsThing(head);
    }

    private static bool IsThing(string head) => Lexicon.ThingHeads.Contains(head) || Lexicon.VesselHeads.Contains(head);

    private const int MaxNounPhraseWords = 4;

    private static readonly HashSet<string> NounPhraseEnd =
        ["built", "named", "launched", "commissioned", "in", "of", "that", "which", "from", "by", "with", "for", "on", "and"];

    [GeneratedRegex(@"^(?:The )?[A-Z][\w.'-]*(?: (?:[A-Z][\w.'-]*|of|de|von|van|the))* (?:\([^)]*\) )?(?:is|was) (?:an?|the) ")]
    private static partial Regex NamedThingCopula();

    /// <summary>
    /// Whether a word of the title comes before the sentence's first copula: "St Andrew was the patron saint of the
    /// bishopric", a footnote on the Scotland page, does not give Scotland its type.
    /// </summary>
    private static bool NamesEntityFirst(string sentence, string title)
    {
        var copula = Copula().Match(sentence);
        if (!copula.Success)
        {
            return false;
        }

        // "The state governments share sovereignty, in that an "American" is a citizen both of ...", "provinces where
        // English is the de facto official language are dark blue": a copula after a subordinating word is not the
        // sentence's own, so the sentence gives no type.
        var before = sentence[..copula.Index];
        if (SubordinatingWord().IsMatch(before))
        {
            return false;
        }

        var subjectWords = TitleWord().Matches(before).Select(w => w.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return TitleWord().Matches(title).Any(w => subjectWords.Contains(w.Value)) || OpensWithPluralTitle(sentence, title);
    }

    /// <summary>"Barracudas are ray-finned fishes", "The wrens are": the sentence opens with the title in the plural.</summary>
    private static bool OpensWithPluralTitle(string sentence, string title)
    {
        var name = PhrasePatterns.Parenthesis().Replace(title, "").Trim();
        var at = sentence.StartsWith("The ", StringComparison.Ordinal) ? 4 : 0;
        return name.Length > 0 && sentence.Length > at + name.Length + 1
            && string.Compare(sentence, at, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
            && (sentence.AsSpan(at + name.Length).StartsWith("s ", StringComparison.Ordinal) || sentence.AsSpan(at + name.Length).StartsWith("es ", StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether the sentence opens with the entity as its subject, by name or pronoun, and a copula: "Tamarind is",
    /// "It is a tropical tree", not "the name "Amtrak" is a portmanteau" nor "Iguanodon's most distinctive feature was".
    /// </summary>
    private static bool OpensWithEntityCopula(string sentence, string title)
    {
        if (PronounCopula().IsMatch(sentence))
        {
            return true;
        }

        var name = Titles.Name(title);
        var at = sentence.StartsWith("The " + name, StringComparison.Ordinal) ? 4 : 0;
        return sentence.AsSpan(at).StartsWith(name, StringComparison.Ordinal) && EntityCopula().IsMatch(sentence[(at + name.Length)..]);
    }

    [GeneratedRegex(@"^(?:e?s)? (?:is|was|are|were) ")]
    private static partial Regex EntityCopula();

    /// <summary>A note on other meanings of the title ("For other meanings of Al Jazeera, see Al Jazira.") follows a hatnote, not the lead.</summary>
    private static bool IsHatnote(string text, IReadOnlyList<SentenceSpan> sentences, int n) =>
        n + 1 < sentences.Count && text.AsSpan(sentences[n + 1].Start, sentences[n + 1].Length).StartsWith("For other ", StringComparison.Ordinal);

    [GeneratedRegex(@"\b(?:is|was|are|were)\b")]
    private static partial Regex Copula();

    [GeneratedRegex(@"^(?:It|He|She|They) (?:is|was|are|were) (?:an?|the) ")]
    private static partial Regex PronounCopula();

    [GeneratedRegex(@"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundreds?|thousands?|millions?|billions?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Count();

    [GeneratedRegex(@"^(?:In|According to|From) (?:a|an|the) [^,]*\b(?:poll|survey|ranking|vote|readers|viewers|listeners)\b")]
    private static partial Regex PollOpening();

    [GeneratedRegex(@"^A (?:\w+ly )?(?:was born|were born|married|died|went to|emigrated|graduated|studied|retired)\b")]
    private static partial Regex PersonAct();

    [GeneratedRegex(@"^A (?:is|was) (?:the|a|an) (?:[\w-]+ ){0,3}(?:state|city|county|town|village|river|country|island|lake|mountain|district|province|region)(?= (?:to|of|in|that|named|where|which)\b|$)")]
    private static partial Regex PlaceKind();

    [GeneratedRegex(@"^A (?:\w+ly )?(?:defeated|beat|won|lost|finished|placed|came|tied|edged|trailed|outpolled|eliminated|knocked out)\b")]
    private static partial Regex Contest();

    [GeneratedRegex(@"^A (?:\w+ly )?(?:practi[cs]ed|used|found|spoken|written|seen|known|worn|made|grown|eaten|played|sold|built|held|observed|performed|celebrated|taught|produced) (?:in|by|at|on|throughout|across|among|from|for|during)\b")]
    private static partial Regex ParticipleAsVerb();

    // "At the beginning of the 1990s, ", "By the end of the war, ": a moment of a period ("Throughout the 1960s, Algeria
    // was a leader in the Non-Aligned Movement" keeps its claim: it held for the whole period, so at a time in the past).
    [GeneratedRegex(@"^(?:In|At|By|Towards?) the (?:beginning|start|end|middle|close|turn) of (?:the )?(?:(?:early|mid|late)[- ])?(?:\d{4}s|\d{1,2}(?:st|nd|rd|th) century|(?:war|decade|century|period|era|reign)\b)[^,]{0,40},")]
    private static partial Regex PeriodOpening();

    private static bool EnumeratedItem(string text, int start, string sentence)
    {
        var line = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        return NumberedLine().IsMatch(sentence) || (line <= start && NumberedLine().IsMatch(text.AsSpan(line, start - line)));
    }

    [GeneratedRegex(@"^\s*\d{1,2}[.)](?:\s|$)")]
    private static partial Regex NumberedLine();

    [GeneratedRegex(@"^(?:In|On|At|From|For|With|Under|By) (?:this|that|these|those) [^,]{1,40},")]
    private static partial Regex StoryOpening();

    // "Apart from his operas, Wagner composed relatively few pieces of music": what the claim says holds only with the
    // exception the opening makes.
    [GeneratedRegex(@"^(?:Apart from|Aside from|Except for|Other than|Besides|Excluding|Not counting) [^,]{1,60},")]
    private static partial Regex ExceptOpening();

    [GeneratedRegex(@"\b(?:that|which|who|whom|where|when|because|although|though|while|whereas|if|since) ")]
    private static partial Regex SubordinatingWord();

    [GeneratedRegex(@"^(?:Sinking|Loss|Wreck|Death|Assassination|Execution|Murder|Killing|Disappearance|Trial|Funeral|Burial|Coronation|Geography|History|Meteorological history|Evolution|Conservation|Extinction|Domestication|Taxonomy|Ecology|Effects?|Impact|Economy|Demographics|Politics|Culture|Climate|Music|Flag|Coat of arms) of ")]
    private static partial Regex AspectTitle();

    // "A had a population of", "A is home to", "A exists as", "A's concern was": a state rather than an event (not a
    // passive "was assigned" nor a perfect "has resided"; "In its foreign relations, South Korea is primarily concerned
    // with North Korea": an adjective in "-ed" is a state).
    [GeneratedRegex(@"^A(?:'s(?: [a-z-]+){1,3})? (?:\w+ly )?(?:(?:is|are|was|were)(?! (?:\w+ly |already |also )?(?!(?:concerned|involved|interested|engaged|focused|committed|dedicated|devoted)\b)(?:\w+ed|\w+en|born|made|known|given|taken|held|built|sent|won|led|shown|seen)\b)|(?:has|had|have)(?! (?:\w+ly |already |also )?(?:been|\w+ed)\b)|exists?|existed|remain(?:s|ed)?|continu(?:es|ed)|spent|lived|emerged|stayed)\b")]
    private static partial Regex StateClaim();

    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex TitleWord();

    /// <summary>At least two words in five start in lower case, as running text does and a line of names and numbers does not.</summary>
    private static bool IsRunningText(string sentence)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Count(w => char.IsLower(w[0])) * 5 >= words.Length * 2;
    }

    // "^b The Cuban constitution states that …": a footnote is no sentence of the article.
    private static bool IsProse(string sentence) =>
        !sentence.StartsWith('^') && sentence.TrimEnd('"', '\'', '”', '’', ')', ']').EndsWith('.') && sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinProseWords;
}
