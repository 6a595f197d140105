using System.Text.RegularExpressions;
using InfoSeek.Domain.English;

namespace InfoSeek.Domain.Mining;

/// <summary>The type of a page's entity, read from its lead sentence: "a species of bird", "a 2009 independent drama film".</summary>
public static partial class TypeDescriptor
{
    private const int MaxTypeWords = 6;

    /// <summary>A type may run longer when a name leads into its head noun ("United States Army Corps of Engineers officer").</summary>
    private const int MaxNamedTypeWords = 9;

    /// <summary>"X is a species of bird in the family ..." → "a species of bird".</summary>
    public static string? Of(string leadSentence)
    {
        // "a Royal Australian Air Force (RAAF) squadron": the type reads on past a parenthesis.
        var lead = PhrasePatterns.Parenthesis().Replace(leadSentence, "");
        // "a career U.S. Army officer": an initialism's full stops end no type; they stand as dot leaders until the type is read.
        lead = Initialism().Replace(lead, i => i.Value.Replace('.', AbbreviationDot));
        // "the one hundredth Archbishop of Canterbury": a spelled-out ordinal is a rank like "the 99th".
        lead = HundredthOrdinal().Replace(lead, "100th");
        // "a 1961 oil on canvas painting": the medium is one modifier, not a place ("on").
        lead = PaintingMedium().Replace(lead, "$1-on-$2");
        // "an all- female singing group", "an \" enlightened monarch\"": a broken hyphen joined, quotation marks dropped.
        lead = SpacedQuotation().Replace(BrokenHyphen().Replace(lead, "$1-$2"), "$1");
        // "is a flammable, colorless, mildly toxic chemical compound": each comma after a joined adjective is read in turn,
        // until none joins (each pass removes a comma, so it ends).
        string read;
        do
        {
            read = lead;
            lead = AdjectiveComma().Replace(lead, c => JoinsItsNoun(c.Groups["adjective"].Value, c.Groups["next"].Value) ? c.Groups["joined"].Value + " " : c.Value);
        }
        while (lead != read);

        // "is an American film, television and stage actor": a list of one-word modifiers before a shared head reads as its
        // first and last items ("film and stage actor"), so the first is not taken for the head.
        lead = WordList().Replace(lead, "${first} and ");

        var m = PhrasePatterns.TypeCopula().Match(lead);
        // "The Beatles, an English musical group from Liverpool, were one of the most …": the apposition names the kind.
        if (m is { Success: true, Groups: var g } && g["det"].Value == "one of the" && Apposition().Match(lead) is { Success: true } apposition)
        {
            m = apposition;
        }

        if (!m.Success)
        {
            return PluralType(lead);
        }

        var words = m.Groups["type"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // "the son of Princess Anne": a kinship names another person, not a kind; no type.
        if (words.Count > 2 && Lexicon.Kinship.Contains(words[0]) && words[1] == "of")
        {
            return null;
        }

        // "a small | and faint constellation", "an English stage | and film actor": the type reads on past a short "and" phrase.
        // "a pioneering American scientist | and one of the ...": "one" opens a second description, not a head noun.
        // "an English military | and political leader best known for": the and-phrase ends where a participle or its adverb opens.
        // A type whose head already has a participle after it ("a shark inhabiting tropical | and warm seas") is not read on.
        var joinedHeads = false;
        if (PhrasePatterns.AndPhrase().Match(lead, m.Index + m.Length) is { Success: true } and
            && and.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeWhile((w, i) => i < 2 || w is not ("best" or "well" or "widely" or "also" or "mainly" or "mostly" or "primarily" or "chiefly")).ToList() is { Count: >= 2 } andWords && andWords.Count(w => w != "&") <= 4
            && andWords[1] is not ("one" or "as") && !andWords.Any(w => w is "is" or "was" or "are" or "were" or "has" or "had" or "have" or "also" or "then")
            && !words.Skip(1).Any(IsIngParticiple))
        {
            // "a Canadian former professional ice hockey player | and former head coach": the modifiers farthest from the
            // heads give way so that both heads fit.
            if (words.Count + andWords.Count > MaxTypeWords && !Questions.NounPhrases.IsDeterminerOrPossessive(andWords[1]) && !words.Any(w => Lexicon.NounPhraseFunctionWords.Contains(w) || VerbForms.Participle().IsMatch(w)))
            {
                words = NearestToHead(words, Math.Max(1, MaxTypeWords - andWords.Count));
            }

            words.AddRange(andWords);
            joinedHeads = true;
        }

        // "the head | of the executive branch": a noun that says nothing alone keeps its "of" phrase.
        // "an Australian recipient | of the Victoria Cross": so does a role that names what it was received or founded.
        // "a European member | of the thrush family": a part that a modifier or two cannot name keeps a short "of" phrase.
        if (((words.Count == 1 && Lexicon.GenericHeads.Contains(words[0])) || (words.Count > 1 && words[^1] is "recipient" or "founder" or "co-founder" or "winner"))
            && PhrasePatterns.OfPhrase().Match(lead, m.Index + m.Length) is { Success: true } of)
        {
            words.AddRange(of.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        else if (words.Count is 2 or 3 && IsNamedPart(words[^1]) && !joinedHeads && !words.Any(w => Lexicon.NounPhraseFunctionWords.Contains(w))
            && PhrasePatterns.OfPhrase().Match(lead, m.Index + m.Length) is { Success: true } partOf
            && partOf.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: <= 5 } partOfWords
            && !AndOrNext().IsMatch(lead[(partOf.Index + partOf.Length)..]) && !partOfWords.Any(IsWordForAName))
        {
            words.AddRange(partOfWords);
        }
        // "Germany … is a country | in Central Europe": the region a state lies in tells it from the other states of a question.
        if (words.Count <= 2 && !joinedHeads && Lexicon.StateHeads.Contains(words[^1]) && RegionPhrase().Match(lead, m.Index + m.Length) is { Success: true } region)
        {
            words.AddRange(region.Groups["region"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        // A participle phrase ends the type: "a flotilla leader | built for", "a film | written and directed by"
        // (the copula's match may already end at "for" or "and", leaving the participle last).
        // "a carnivorous marsupial now found only | in": adverbs about the participle go with it.
        var participle = words.Count < 2 ? -1 : words.FindIndex(1, w => VerbForms.Participle().IsMatch(w));
        if (participle > 0 && (participle + 1 == words.Count || Lexicon.TypeEnders.Contains(words[participle + 1]) || words[participle + 1] is "using" or "featuring" or "starring" or "including"
            || words.Skip(participle + 1).All(IsAdverb)))
        {
            while (participle > 1 && (IsAdverb(words[participle - 1]) || words[participle - 1] is "now" or "still" or "once" or "formerly"))
            {
                participle--;
            }

            words = words[..participle];
        }

        // "a comic double act comprising | Eric Morecambe", "a silent film starring | John Bunny", "a winger currently
        // playing": an "-ing" participle before a name or at the end opens what the type is not.
        var ing = words.Count < 3 ? -1 : words.FindIndex(2, IsIngParticiple);
        ing = ing > 0 && char.IsLower(words[ing - 1][0]) ? ing : -1;
        if (ing > 0 && (ing + 1 == words.Count ? Lexicon.DanglingIngParticiples.Contains(words[ing]) : char.IsUpper(words[ing + 1][0])))
        {
            words = words[..ing];
        }

        // Two heads fitted together above, modifiers only ("an Academy Award-winning American film and stage actor"), are not cut again.
        var fitted = joinedHeads && words.Count <= MaxNamedTypeWords && !words.Any(w => Lexicon.NounPhraseFunctionWords.Contains(w) && w != "and");
        if (words.Count > MaxTypeWords && !fitted)
        {
            // "a United States Army Corps of Engineers officer": a name ending on a lower-case head noun stays whole;
            // "a leading Australian fighter ace of World | War II": otherwise a cut ends before the "of" phrase it would split.
            var lastOf = words.LastIndexOf("of", MaxTypeWords - 1);
            var nameThenHead = words.Count <= MaxNamedTypeWords && char.IsLower(words[^1][0]) && lastOf > 0 && words.Count - lastOf > 2
                && words.Skip(lastOf + 1).SkipLast(1).All(w => char.IsUpper(w[0]));
            // "a European member of the thrush family Turdidae": a part that its modifiers cannot name keeps its "of" phrase whole.
            nameThenHead |= words.Count <= MaxNamedTypeWords - 1 && lastOf is 2 or 3 && words.IndexOf("of") == lastOf && IsNamedPart(words[lastOf - 1])
                && !words.Any(w => w is "and" or "or" or "that" or "which" or "who" || IsWordForAName(w));
            if (!nameThenHead)
            {
                words = lastOf > 0 && !(lastOf == 1 && Lexicon.GenericHeads.Contains(words[0])) ? words.Take(lastOf).ToList()
                    // "a highly acclaimed Academy Award-winning American film | actor": modifiers before one head noun;
                    // the head and the modifiers nearest it are the type.
                    : lastOf < 0 && !words.Any(w => Lexicon.NounPhraseFunctionWords.Contains(w)) ? NearestToHead(words, MaxTypeWords - 1)
                    // "a form | of government wherein …": a noun that says nothing alone keeps its "of" phrase; the question's cleaning ends it.
                    : words.Take(MaxTypeWords).ToList();
            }
        }

        // "the current President": the lead was true when written; the question is read later.
        words.RemoveAll(w => w == "current");
        // "a United States military agency responsible | for": an adjective that needs its complement; "an English
        // architect best | known for", "the largest city both | in area and ...", "a language mainly | spoken in", "a country south | of the Senegal River": a word
        // that opens what the cut left off.
        while (words.Count > 0 && (Lexicon.ClauseFunctionWords.Contains(words[^1].ToLowerInvariant()) || Lexicon.NeedsComplement.Contains(words[^1])
            || words[^1] is "both" or "either" or "best" or "well" or "just" or "ever" || (words.Count > 1 && Lexicon.Directions.Contains(words[^1])) || (words[^1].EndsWith("ly", StringComparison.Ordinal) && words[^1].Length > 4 && !Lexicon.NounsInLy.Contains(words[^1]))
            || (words.Count > 2 && (VerbForms.DanglingParticiple().IsMatch(words[^1]) || Lexicon.DanglingIngParticiples.Contains(words[^1])
                || (words[^1].StartsWith("co-", StringComparison.Ordinal) && VerbForms.Participle().IsMatch(words[^1][3..]))))))
        {
            words.RemoveAt(words.Count - 1);
        }

        // "Bats are the only mammals capable of …": one of them is "the only mammal" (a type names one entity).
        // The head is the word before what completes it ("of", "capable"); two heads joined ("and", "or") are left plural.
        if (m.Groups[1].Value is "are" or "were" && m.Groups["det"].Value is "the" or "a" or "an" && words.Count > 0 && !words.Any(w => w is "and" or "or"))
        {
            var complement = words.FindIndex(w => w == "of" || IsIngParticiple(w) || Lexicon.NeedsComplement.Contains(w));
            var head = complement < 0 ? words.Count - 1 : complement - 1;
            if (head >= 0)
            {
                words[head] = Plurals.Singular(words[head]);
            }
        }

        // "Anteaters are the four mammal species of …": a count of the kinds a plural subject covers is no type of one of them.
        if (words.Count > 0 && m.Groups["det"].Value != "one of the" && QuantityWord().IsMatch(words[0]))
        {
            return null;
        }

        // "an Arabic-language | and English language television channel": a compound adjective is no head noun.
        if (words.Count > 0 && CompoundAdjective().IsMatch(words[^1]))
        {
            return null;
        }

        // "an 8.8-mile scenic roadway" without its number: the article goes with the word now after it (left alone
        // where the sound is unsure: "a U.S.", "an hour", "a unique").
        var det = m.Groups["det"].Value.ToLowerInvariant();
        det = det switch
        {
            "an" when words.Count > 0 && "bcdfgjklmnpqrstvwxyz".Contains(words[0][0], StringComparison.Ordinal) => "a",
            "a" when words.Count > 0 && "aeio".Contains(words[0][0], StringComparison.Ordinal) && !words[0].StartsWith("one", StringComparison.Ordinal) => "an",
            "a" when words.Count > 0 && "AIO".Contains(words[0][0], StringComparison.Ordinal) => "an",
            _ => det,
        };
        var type = $"{det} {string.Join(' ', words)}".Trim().Replace(AbbreviationDot, '.');
        return type.Split(' ').Length >= 2 ? type : null;
    }

    /// <summary>
    /// A part its "of" phrase names ("a member of the cat family"); a name or term of something says what the entity
    /// is called, not what it is ("the incorrectly Latinized name of Don Cristoval Colon").
    /// </summary>
    private static bool IsNamedPart(string head) => Lexicon.PartHeads.Contains(head) && !IsWordForAName(head);

    private static bool IsWordForAName(string word) => word is "name" or "term" or "word" or "words" or "names" or "terms" or "title";

    /// <summary>Stands for the full stop of an initialism ("U.S.") while the type is read.</summary>
    private const char AbbreviationDot = '\u2024';

    /// <summary>
    /// "Barracudas are ray-finned fishes notable for …", "Rainforests are forests characterized by …": a plural subject
    /// whose type has no article; one of them is "a ray-finned fish", "a forest".
    /// </summary>
    private static string? PluralType(string lead)
    {
        if (PluralCopula().Match(lead) is not { Success: true } m)
        {
            return null;
        }

        var words = m.Groups["type"].Value.Split(' ').ToList();
        words[^1] = Plurals.Singular(words[^1]);
        // "Jews are followers of Judaism", "Water resources are sources of water": a noun that says nothing alone keeps its "of" phrase.
        // An "of" phrase longer than a type reads in one breath is left off, and the noun with it.
        if (words.Count == 1 && Lexicon.GenericHeads.Contains(words[0]) && PhrasePatterns.OfPhrase().Match(lead, m.Index + m.Length) is { Success: true } of)
        {
            var ofWords = of.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (ofWords.Length > MaxTypeWords - 1)
            {
                return null;
            }

            words.AddRange(ofWords);
        }

        var type = string.Join(' ', words);
        return $"{Articles.IndefiniteArticle(type)} {type}".Replace(AbbreviationDot, '.');
    }

    /// <summary>Words that open no plural type: function words, quantities, "those", participles and adverbs ("are often called").</summary>
    private const string NotAModifier = "(?:of|and|or|with|in|to|for|by|on|at|as|from|the|a|an|those|these|such|all|some|many|several|most|two|three|four|five|six|seven|eight|nine|ten|twelve|dozens|hundreds|thousands|often|called|defined|known|found|named|used|also|not|still|now|usually|generally|mainly|mostly)";

    [GeneratedRegex(@"^\s+(?:and|or)\b")]
    private static partial Regex AndOrNext();

    // " in Central Europe", " located in northwest Europe", " in the Middle East": a region of a continent, up to where the sentence goes on.
    [GeneratedRegex(@"\G (?:located |situated )?(?<region>in (?:the )?(?:(?:(?:north|south)(?:east|west)?(?:ern)?|east(?:ern)?|west(?:ern)?|central|north-central|south-central|(?:North|South)(?:east|west)?(?:ern)?|East(?:ern)?|West(?:ern)?|Central|North-Central|South-Central) )?(?:" + PhrasePatterns.Regions + @"))(?=[,;:.(]| and | that | which | bordered | with | between | on | whose |$)")]
    private static partial Regex RegionPhrase();

    [GeneratedRegex(@"\b(?:\p{Lu}\.){2,}")]
    private static partial Regex Initialism();

    [GeneratedRegex(@"^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|various|numerous)$")]
    private static partial Regex QuantityWord();

    // The subject ends in a plural "s" before "are"/"were"; the type is up to three lower-case modifiers and a plural noun
    // (not "-ss", "-us", "-is": "famous", "various" are adjectives), followed by where a type ends.
    [GeneratedRegex(@"^(?:The )?[\p{L}-]+(?: [\p{L}-]+)?s (?:are|were) (?<type>(?:(?!" + NotAModifier + @"\b)[a-z][a-z-]+(?<!s|ly) ){0,3}(?!" + NotAModifier + @"\b)[a-z]{3,}(?<!ss|us|is)s)(?=\s+(?:that|which|who|whose|of|in|from|with|found|native|notable|characterized|characterised|known|living|belonging|and|or)\b|[,;:.]|$)")]
    private static partial Regex PluralCopula();

    /// <summary>
    /// The last <paramref name="count"/> words of a run of modifiers and head, without splitting a name ("Academy Award",
    /// "Liberal Party": the name stays whole, up to <see cref="MaxNamedTypeWords"/>) or starting on a possessive or "and".
    /// </summary>
    private static List<string> NearestToHead(List<string> words, int count)
    {
        var start = Math.Max(0, words.Count - count);
        var back = start;
        while (back > 0 && char.IsUpper(words[back - 1][0]) && char.IsUpper(words[back][0]))
        {
            back--;
        }

        if (words.Count - back <= MaxNamedTypeWords - 1)
        {
            start = back;
        }
        else
        {
            while (start > 0 && start < words.Count - 1 && char.IsUpper(words[start - 1][0]) && char.IsUpper(words[start][0]))
            {
                start++;
            }
        }

        // "a British feminist Mary Wollstonecraft's | unfinished novelistic sequel", "a "Grand Theft Auto" | clone":
        // a possessive or a quotation among the modifiers belongs to what comes before it.
        var possessive = words.FindLastIndex(words.Count - 2, w => w.EndsWith("'s", StringComparison.Ordinal) || (w.EndsWith('"') && !w.StartsWith('"')));
        start = Math.Max(start, possessive + 1);
        // "twelfth century | Kurdish", "26 July – 2 August 1897 | siege": no type starts on a date's parts.
        while (start < words.Count - 1 && (words[start] is "and" or "or" or "century" || !words[start].Any(char.IsLetter) || MonthNames.Contains(words[start])))
        {
            start++;
        }

        return words.Skip(start).ToList();
    }

    /// <summary>
    /// Whether a lone adjective before a comma joins the noun after it: "is a small, non self-governing Territory", "is a
    /// tasteless, odourless substance", "is a Golden Globe-winning, Academy Award-nominated Israeli-American actress"; one in "-ic" only when no "and" follows, as it would in a list of nouns ("is a
    /// dharmic, non-theistic religion" but "a cleric, writer and poet").
    /// </summary>
    private static bool JoinsItsNoun(string adjective, string next) =>
        Lexicon.DanglingAdjectives.Contains(adjective) || CoordinateAdjective().IsMatch(adjective) || AwardedAdjective().IsMatch(adjective)
        || (adjective.EndsWith("ic", StringComparison.Ordinal) && next.Split(' ') is [not ("and" or "or"), not ("and" or "or")]);

    private static readonly HashSet<string> MonthNames = [.. Dates.MonthNames.Split('|')];

    /// <summary>"only", "mainly", "widely": an adverb, not a noun in "-ly" ("family", "assembly").</summary>
    private static bool IsAdverb(string word) =>
        word == "only" || (word.EndsWith("ly", StringComparison.Ordinal) && word.Length > 4 && !Lexicon.NounsInLy.Contains(word));

    /// <summary>A lower-case "-ing" word that may open a phrase after the head ("inhabiting", "comprising"); "self-governing" is a modifier.</summary>
    private static bool IsIngParticiple(string word) =>
        word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 4 && char.IsLower(word[0]) && !word.Contains('-', StringComparison.Ordinal);

    [GeneratedRegex(@"(?<joined>\b(?:is|was|are|were) (?:an?|the) (?:[\w-]+ ){0,3}(?<adjective>[\w-]+)), (?=(?<next>[^,\s]+,? [^,\s]+))")]
    private static partial Regex AdjectiveComma();

    /// <summary>Adjectives by a suffix no noun has ("tasteless", "famous", "colourful", "flammable") or that are seldom nouns ("multilateral").</summary>
    [GeneratedRegex(@"^(?:[a-z-]{3,}(?:less|ous|ful)|(?!(?:vegetable|constable|timetable|turntable|collectible|convertible|comestible|deductible)$)[a-z]{4,}(?:able|ible)|(?:inter|multi)?national|multilateral|federal|sovereign|independent)$")]
    private static partial Regex CoordinateAdjective();

    [GeneratedRegex(@"^(?:The )?\p{Lu}[^,;:()]{0,60}, (?<det>an?) (?<type>[^,;:()]+?)(?=(?:\s+(?:from|in|of the|based)\b[^,;:()]*)?, (?:is|was|are|were) one of\b)")]
    private static partial Regex Apposition();

    [GeneratedRegex(@"(?<first>\b(?:is|was|are|were) (?:an?|the) (?:[\w-]+ ){0,3}[a-z]+), (?:[a-z]+, )*[a-z]+,? and (?!(?:the|a|an|its|his|her|their|one|also)\b)(?=[a-z]+ (?:& )?(?!(?:to|of|in|for|from|at|on|with|by|and|or|who|which|that|whose)\b)[a-z]+)")]
    private static partial Regex WordList();

    [GeneratedRegex(@"\bone hundredth\b")]
    private static partial Regex HundredthOrdinal();

    [GeneratedRegex(@"\b([a-z]+)- (?!and\b|or\b|to\b)([a-z])")]
    private static partial Regex BrokenHyphen();

    [GeneratedRegex(@"(?<= )"" ([^""]+)""")]
    private static partial Regex SpacedQuotation();

    [GeneratedRegex(@"\b(oil|tempera|acrylic|gouache|watercolou?r) on (canvas|panel|oak|board|wood|paper|linen|copper)\b")]
    private static partial Regex PaintingMedium();

    // "a Golden Globe-winning, Academy Award-nominated Israeli-American actress".
    [GeneratedRegex(@"^\w+-(?:winning|nominated|selling|acclaimed|awarded|honou?red|decorated)$")]
    private static partial Regex AwardedAdjective();

    [GeneratedRegex(@"-(?:language|speaking|based|born|owned|led|run|made|built|related|like|style)$")]
    private static partial Regex CompoundAdjective();

    /// <summary>
    /// The kind a title names, for a page whose lead gives no type a question can show: "Pacific Ocean" → "an ocean",
    /// "Battle of Hastings" → "a battle". Null for any other title; a title with "and", "the" or "of" inside is a work's
    /// ("The Old Man and the Sea"), not a place's.
    /// </summary>
    public static string? FromTitle(string title)
    {
        var name = Titles.Name(title);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string? kind = null;
        if (words.Length >= 3 && words[1] == "of" && KindBeforeOf.Contains(words[0]))
        {
            kind = words[0];
        }
        else if (words.Length >= 2 && KindAtEnd.Contains(words[^1]) && words[..^1].All(w => w.Length > 0 && char.IsUpper(w[0])))
        {
            kind = words[^1];
        }

        return kind is null ? null : $"{Articles.IndefiniteArticle(kind.ToLowerInvariant())} {kind.ToLowerInvariant()}";
    }

    private static readonly HashSet<string> KindBeforeOf = ["Battle", "Siege", "Treaty", "University", "Kingdom", "Republic", "Duchy", "Principality", "Bay", "Gulf", "Lake", "Isle"];

    private static readonly HashSet<string> KindAtEnd =
    [
        "Ocean", "Sea", "River", "Lake", "Island", "Desert", "Bay", "Gulf", "Strait", "Canal", "Bridge", "Castle", "Cathedral",
        "Abbey", "Palace", "Airport", "Museum", "University", "College", "Stadium", "Volcano", "Glacier", "Peninsula",
        "Valley", "Forest", "Reef", "Empire", "Dynasty", "War", "Revolution", "Church", "Mountains", "Range", "Channel",
    ];

    /// <summary>The head noun of a type descriptor: "a 1965 album" → "album", "a species of bird" → "species".</summary>
    internal static string? Head(string descriptor)
    {
        var words = descriptor.Split(' ');
        var of = Array.IndexOf(words, "of");
        var head = (of > 1 ? words[of - 1] : words[^1]).Trim('"');
        return head.Length >= 3 && head.All(char.IsLetter) && char.IsLower(head[0]) ? head : null;
    }
}
