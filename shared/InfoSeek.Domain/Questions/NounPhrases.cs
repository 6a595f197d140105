using System.Text.RegularExpressions;
using InfoSeek.Contracts;
using InfoSeek.Domain.English;

namespace InfoSeek.Domain.Questions;

/// <summary>
/// Noun-phrase rules for the question grammar: cleaning a type descriptor into a head noun phrase, its head noun,
/// whether a vertex is a person, and the words before a target that belong to its noun phrase (titles, modifiers).
/// </summary>
public static partial class NounPhrases
{
    /// <summary>Whether a lead's descriptor is a type at all: something of it is left once it is cleaned.</summary>
    public static bool CanShow(string? descriptor) => CleanDescriptor(descriptor) is not null;

    /// <summary>
    /// The type a question shows for a vertex with this descriptor, or null when it can show none. A definite type is
    /// shown as the kind it names one of, for the answer and a hidden vertex alike: "the 66th United States Secretary of
    /// State" and "the star of our solar system" would name the entity ("a United States Secretary of State", "a star").
    /// </summary>
    public static string? Shown(string? descriptor) => Indefinite(CleanDescriptor(descriptor));

    /// <summary>
    /// The descriptor as a head noun phrase, without the ends a type sentence cut mid-phrase leaves:
    /// "an American statesman and official whose career" → "an American statesman and official",
    /// "a senior Australian Army officer during the" → "a senior Australian Army officer",
    /// "a 1984 action-adventure game known" → "a 1984 action-adventure game". Null when nothing usable is left.
    /// </summary>
    public static string? CleanDescriptor(string? descriptor)
    {
        if (string.IsNullOrWhiteSpace(descriptor))
        {
            return null;
        }

        var words = descriptor.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count == 1 && words[0].ToLowerInvariant() is "someone" or "somebody" or "something")
        {
            return words[0].ToLowerInvariant();
        }

        // "a tree and the fruit": a second noun phrase is a second type; the first is the head.
        var clause = words.FindIndex(1, w => w is "whose" or "who" or "which" or "that" or "where" or "when" or "what");
        var second = words.FindIndex(1, w => w is "and" or "or");
        // "the capital and the largest city": a rank after "and the" joins the first noun, as in "the capital and largest city".
        if (words[0] == "the" && second > 1 && second + 2 < words.Count && words[second + 1] == "the" && IsRank(words[second + 2]))
        {
            words.RemoveAt(second + 1);
        }

        if (second > 1 && second + 1 < words.Count && words[second + 1] is "the" or "a" or "an" && (clause < 0 || second < clause))
        {
            clause = second;
        }

        if (clause > 0)
        {
            words.RemoveRange(clause, words.Count - clause);
        }

        // "a royal dynasty | ruling large parts", "a land battle | between the Imperial Japanese": a phrase after the head
        // noun that was cut before it ended; the head noun phrase alone is what is left.
        for (var i = 2; i < words.Count; i++)
        {
            if (StartsPostModifier(words, i))
            {
                words.RemoveRange(i, words.Count - i);
            }
        }

        // "a volcanic island off the southern coast" (of Iceland): a place phrase whose "of" was cut says where nothing is.
        if (LostCoast().Match(string.Join(' ', words)) is { Success: true } coast && coast.Groups["head"].Value.Contains(' ', StringComparison.Ordinal))
        {
            words = [.. coast.Groups["head"].Value.Split(' ')];
        }

        // "a Golden Globe-winning" (American actress), "an Oscar-nominated": a compound adjective whose noun was cut off.
        if (words.Count > 1 && words[^1].Contains('-', StringComparison.Ordinal) && CompoundAdjective().IsMatch(words[^1]))
        {
            return null;
        }

        TrimDanglingEnd(words);

        // "a genus of small" (cut before "theropod dinosaur"): an adjective without its noun; keep what comes before its preposition.
        if (words.Count > 1 && Lexicon.DanglingAdjectives.Contains(words[^1].ToLowerInvariant()))
        {
            var preposition = words.FindLastIndex(w => w is "of" or "with" or "in" or "for" or "from");
            var cut = preposition > 1 ? preposition : words.Count - 1;
            words.RemoveRange(cut, words.Count - cut);
        }

        // "the study of significant cultural and political" (history): adjectives joined by "and" with their noun cut off.
        // "a United States Navy admiral and naval" (aviator): the same, with no "of" phrase to drop ("and official" is a noun).
        // "the capital city and industrial" (and commercial centre): "industrial" is a noun seldom, and never there.
        if (words.Count > 3 && words[^2] is "and" or "or" && CoordinatedAdjective().IsMatch(words[^1])
            && (!Lexicon.NounsInAl.Contains(words[^1]) || words[^1] is "industrial" or "residential" or "regional" or "federal" or "colonial"))
        {
            var ofPhrase = words.FindLastIndex(w => w is "of" or "with" or "in" or "for" or "from");
            var cut = ofPhrase > 1 ? ofPhrase : words.Count - 2;
            words.RemoveRange(cut, words.Count - cut);
        }

        // "an American cartoonist best" (known for …): an adverb that led into the cut-off part.
        while (words.Count > 2 && Lexicon.DanglingAdverbs.Contains(words[^1].ToLowerInvariant()))
        {
            words.RemoveAt(words.Count - 1);
        }

        // "a chemical element with symbol H": a lone letter ends a phrase cut short; keep what comes before its preposition.
        // With none, the cut fell inside an abbreviation: "a career U" (.S. Army officer) says nothing.
        if (words.Count > 2 && words[^1].Length == 1 && char.IsLetter(words[^1][0]))
        {
            var preposition = words.FindLastIndex(w => w is "with" or "of" or "in" or "for" or "from");
            if (preposition <= 1)
            {
                return null;
            }

            words.RemoveRange(preposition > 1 ? preposition : words.Count - 1, words.Count - (preposition > 1 ? preposition : words.Count - 1));
        }

        // "a U" (from "a U.S. Representative"): a lone letter is not a noun.
        if (words.Count < 2 || (words[^1].Length == 1 && char.IsLetter(words[^1][0])))
        {
            return null;
        }

        // "the third studio album", "the largest city": a rank among others that the cut left out; what stays true is the kind.
        if (words[0].Equals("the", StringComparison.OrdinalIgnoreCase) && !words.Skip(1).Any(w => w is "of" or "in" or "from" or "for" or "on" or "to" or "at"))
        {
            // "the capital and largest city" → "a capital city": an "and" that joined a rank goes with it.
            // "the southernmost and most developed country" → "a country": "most developed" ranks as a whole (Panama is
            // no developed country), so the adjective goes with its "most".
            var unranked = new List<string> { "a" };
            for (var i = 1; i < words.Count; i++)
            {
                var w = words[i];
                if (IsRank(w))
                {
                    if (unranked.Count > 1 && unranked[^1] is "and" or "or")
                    {
                        unranked.RemoveAt(unranked.Count - 1);
                    }

                    if (w is "most" or "least")
                    {
                        i = PastSuperlative(words, i);
                    }
                }
                else if (!(unranked.Count == 1 && w is "and" or "or"))
                {
                    unranked.Add(w);
                }
            }

            words = unranked;
            TrimDanglingEnd(words);
        }

        // "an English" (military leader): "English", "French", "Japanese" are no nouns for a person, as "American" is.
        if (words.Count == 2 && NationalAdjective().IsMatch(words[1]))
        {
            return null;
        }

        // "one of the most prominent composers" (of the Classical period): a rank among others the cut left unnamed; what
        // stays true is the kind ("a composer"). Not two heads ("aristocrats and statesmen"), nor a phrase after the head.
        if (words.Count > 3 && words[0] == "one" && words[1] == "of" && words[2] == "the" && IsRank(words[3])
            && !words.Skip(4).Any(w => Lexicon.NounPhraseFunctionWords.Contains(w)) && words[^1].EndsWith('s'))
        {
            // "most widely consumed": the superlative's adverbs and adjective go with it.
            var kind = new List<string>();
            for (var i = 3; i < words.Count; i++)
            {
                if (words[i] is "most" or "least")
                {
                    i = PastSuperlative(words, i);
                }
                else if (!IsRank(words[i]))
                {
                    kind.Add(words[i]);
                }
            }

            if (kind.Count > 0)
            {
                kind[^1] = kind[^1].EndsWith("men", StringComparison.Ordinal) ? kind[^1][..^3] + "man" : Plurals.Singular(kind[^1]);
                words = ["a", .. kind];
            }
        }

        // "one of the most critically" (acclaimed bands): "one of" names the others it is one of, in the plural.
        if (words[0] == "one" && !words.Skip(1).Any(w => w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)))
        {
            return null;
        }

        // "a form", "an eastern member", "a child": a head that says nothing without the "of" phrase it lost.
        // "a world's nuclear reactor" ("the world's second"): what is left of a rank whose words were cut.
        var last = words[^1].ToLowerInvariant();
        if (words.Count < 2 || Lexicon.PartHeads.Contains(last) || (words.Count <= 3 && last.EndsWith('s') && Lexicon.PartHeads.Contains(last[..^1])) || (words[0] is "a" or "an" && Lexicon.RankingPossessives.Contains(words[1]))
            || ((Lexicon.GenericHeads.Contains(last) || Lexicon.Kinship.Contains(last))
                && words.Skip(1).SkipLast(1).All(w => Lexicon.DanglingAdjectives.Contains(w.ToLowerInvariant()) || IsLooseModifier(w) || PhrasePatterns.AdjectiveSuffix().IsMatch(w))))
        {
            return null;
        }

        if (!Lexicon.Determiners.Contains(words[0].ToLowerInvariant()) && words[0] != "one")
        {
            words.Insert(0, "a");
        }

        words[0] = words[0].ToLowerInvariant();
        return Articles.FixArticle(string.Join(' ', words));
    }

    /// <summary>
    /// Whether the word at <paramref name="i"/> opens a phrase after the head noun: "between", or a participle with its
    /// object or at the end ("ruling large parts", "orbiting the star", "a gold piece struck"). A participle before a
    /// noun ("a named storm", "a rowing race") modifies it and stays.
    /// </summary>
    private static bool StartsPostModifier(List<string> words, int i)
    {
        var word = words[i];
        if (word is "between" or "wherein" or "whereby" or "whose")
        {
            return true;
        }

        var next = i + 1 < words.Count ? words[i + 1].ToLowerInvariant() : null;
        // "a species of owl resident (in much of Europe)": an adjective after its noun, with where it holds or cut before it.
        if (word is "resident" or "native" or "endemic" or "indigenous" or "common" or "widespread" or "present"
            && (next is "in" or "to" or "throughout" or "across" || (next is null && words.IndexOf("of") is > 0 and var of && of < i - 1)))
        {
            return true;
        }

        // "an island lying off the northwestern coast", "an event subdivided into summer": a preposition after a
        // participle opens its complement.
        var opensObject = next is not null && (Lexicon.Determiners.Contains(next) || Lexicon.NounPhraseFunctionWords.Contains(next)
            || Lexicon.DanglingAdjectives.Contains(next) || next.Any(char.IsDigit) || next is "off" or "along" or "across" or "around" or "throughout" or "toward" or "towards" or "upon");
        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 4 && char.IsLower(word[0]))
        {
            return opensObject;
        }

        return (VerbForms.Participle().IsMatch(word) || Lexicon.IrregularParticiples.Contains(word)) && !Lexicon.NounsInEd.Contains(word) && (next is null || opensObject);
    }

    /// <summary>Drops what a cut leaves at the end of a type: function words, a dangling participle or adverb, a number ("a city of about 189").</summary>
    private static void TrimDanglingEnd(List<string> words)
    {
        while (words.Count > 1)
        {
            var last = words[^1].ToLowerInvariant();
            var dangling = Lexicon.NounPhraseFunctionWords.Contains(last) || last is "off" or "no" || VerbForms.DanglingParticiple().IsMatch(last)
                || Lexicon.DanglingIngParticiples.Contains(last) || (words.Count > 2 && IsRank(last))
                || (words.Count > 2 && Lexicon.NeedsComplement.Contains(last))
                // "the final great Mediterranean Empire and heir" (to the Byzantine Empire): a second head that needs its complement.
                || (words.Count > 3 && words[^2] == "and" && last is "heir" or "successor" or "predecessor" or "counterpart" or "rival")
                || last.Any(char.IsDigit) || (last.Length > 4 && last.EndsWith("ly", StringComparison.Ordinal) && !Lexicon.NounsInLy.Contains(last));
            if (!dangling)
            {
                return;
            }

            words.RemoveAt(words.Count - 1);
        }
    }

    /// <summary>
    /// The last word a "most" or "least" at <paramref name="i"/> governs: its adverbs and its adjective ("most widely
    /// spoken"), never the head noun that ends the phrase.
    /// </summary>
    private static int PastSuperlative(List<string> words, int i)
    {
        while (i + 1 < words.Count - 1 && words[i + 1].EndsWith("ly", StringComparison.Ordinal))
        {
            i++;
        }

        return i + 1 < words.Count - 1 ? i + 1 : i;
    }

    /// <summary>
    /// A word that ranks among others: "third", "21st", "largest", "most", "most-populous", "second-largest", "world's".
    /// </summary>
    private static bool IsRank(string word)
    {
        var w = word.ToLowerInvariant();
        return Lexicon.Ranks.Contains(w) || Lexicon.RankingPossessives.Contains(w) || PhrasePatterns.Ordinal().IsMatch(w)
            || (w.Length >= 6 && w.EndsWith("est", StringComparison.Ordinal) && char.IsLetter(w[0]) && !Lexicon.NounsInEst.Contains(w))
            || w.StartsWith("most-", StringComparison.Ordinal) || w.StartsWith("least-", StringComparison.Ordinal)
            || (w.Length > 6 && w.EndsWith("most", StringComparison.Ordinal))
            || (w.Contains('-', StringComparison.Ordinal) && w.Split('-').Any(p => Lexicon.Ranks.Contains(p) || PhrasePatterns.Ordinal().IsMatch(p)));
    }

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:ish|ch|ese)$")]
    private static partial Regex NationalAdjective();

    [GeneratedRegex(@"^(?<head>.+?) (?:off|along|on|at|near) the (?:[a-z-]+ ){0,2}(?:coast|shore|tip|end|edge|side|bank|mouth)$")]
    private static partial Regex LostCoast();

    [GeneratedRegex(@"^one of the (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) (?:(?!of )[a-z-]+ ){2,3}(?<plural>[a-z]{3,}s)(?<rest> of [a-z ]+)?$")]
    private static partial Regex CountedOneOf();

    [GeneratedRegex(@"^one of the (?<modifiers>(?:(?!of |most |least |more |best |worst |(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|many|several|few) )[a-z-]+(?<!est) ){0,1})(?<plural>[a-z]{3,}s)(?<rest> of .+)$")]
    private static partial Regex OneOfAGroup();

    [GeneratedRegex(@"-(?:[a-z]+ing|[a-z]+ed|born|based|made|run|owned|led|known)$")]
    private static partial Regex CompoundAdjective();

    [GeneratedRegex(@"^[a-z-]{3,}(?:al|ous|ive|ful|less)$")]
    private static partial Regex CoordinatedAdjective();

    /// <summary>
    /// The kind a definite type names one of: "the science of celestial objects" → "a science", "the 66th United States
    /// Secretary of State" → "a United States Secretary of State", "the largest of England's core cities" → "one of
    /// England's core cities"; null when the kind says nothing ("the capital of Scotland" → "a capital"). An indefinite
    /// type is returned as it is.
    /// </summary>
    public static string? Indefinite(string? descriptor)
    {
        // "one of the five inhabited traditional continents" → "a continent": a count and a pile of modifiers that only
        // define the set read as a definition, not as a question's noun ("one of the four seasons", "one of the two
        // chambers" read well and stay).
        // "one of the species of bird" → "a species of bird", "one of the founding members of the European Union" → "a
        // founding member of …": one of a group its "of" phrase names is a member of it ("one of the most …" ranks, and stays).
        var member = descriptor is null ? Match.Empty : CountedOneOf().Match(descriptor) is { Success: true } counted ? counted : OneOfAGroup().Match(descriptor);
        if (member.Success)
        {
            var kind = member.Groups["modifiers"].Value + SingularNoun(member.Groups["plural"].Value) + member.Groups["rest"].Value;
            return $"{Articles.IndefiniteArticle(kind)} {kind}";
        }

        if (descriptor is null || !descriptor.StartsWith("the ", StringComparison.Ordinal))
        {
            return descriptor;
        }

        var words = descriptor.Split(' ').ToList();
        if (words.Count > 3 && IsRank(words[1]) && words[2] == "of")
        {
            return "one " + string.Join(' ', words.Skip(2));
        }

        // "the southernmost and most developed country": "most developed" ranks as a whole, and what is left is "a country".
        for (var i = words.Count - 2; i >= 1; i--)
        {
            if (words[i] is "most" or "least" && i + 1 < words.Count - 1)
            {
                words.RemoveAt(i + 1);
            }
        }

        words.RemoveAll(IsRank);
        while (words.Count > 2 && words[1] is "and" or "or")
        {
            words.RemoveAt(1);
        }

        // "Secretary of State": an "of" inside a capitalised title stays; any other phrase after the head made the type unique.
        static bool Ends(string w) => w is "of" or "in" or "from" or "on" or "at" or "for" or "to" or "by" or "and";
        var end = words.FindIndex(1, Ends);
        while (end > 0 && end + 1 < words.Count && words[end] == "of" && char.IsUpper(words[end - 1][0]) && char.IsUpper(words[end + 1][0]))
        {
            end = words.FindIndex(end + 1, Ends);
        }

        if (end > 0)
        {
            words.RemoveRange(end, words.Count - end);
        }

        words[0] = "a";
        var last = words[^1].ToLowerInvariant();
        return words.Count < 2 || Lexicon.GenericHeads.Contains(last) || Lexicon.PartHeads.Contains(last) || Lexicon.Kinship.Contains(last)
            ? null
            : Articles.FixArticle(string.Join(' ', words));
    }

    /// <summary>A noun phrase without its leading article: "a species of bird" → "species of bird".</summary>
    public static string WithoutArticle(string phrase)
    {
        var space = phrase.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && Lexicon.Determiners.Contains(phrase[..space].ToLowerInvariant()) ? phrase[(space + 1)..] : phrase;
    }

    public static bool StartsWithDeterminer(string phrase)
    {
        var space = phrase.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && Lexicon.Determiners.Contains(phrase[..space].ToLowerInvariant());
    }

    /// <summary>
    /// Whether a vertex is a person, so that its clauses take "who": its type's head noun names a role of
    /// people ("an English composer", "an American"); without a usable type, its own page speaks of it as
    /// "he" or "she".
    /// </summary>
    public static bool IsPerson(VertexSnapshot vertex)
    {
        ArgumentNullException.ThrowIfNull(vertex);
        var descriptor = CleanDescriptor(vertex.TypeDescriptor);
        var head = HeadNoun(descriptor);
        if (head is not null)
        {
            // "an American", "a German": a people's name used as a noun is a person; "a member of the thrush family" is not.
            return (Lexicon.PersonNouns.Contains(head) && !(head == "member" && PhrasePatterns.Taxon().IsMatch(descriptor!))) || PhrasePatterns.PersonSuffix().IsMatch(head) || PhrasePatterns.Demonym().IsMatch(descriptor!);
        }

        return vertex.Claims.Where(c => c.Evidence.PageTitle == vertex.Entity).Any(c => ClausePatterns.PronounSubject().IsMatch(c.Evidence.Sentence));
    }

    /// <summary>
    /// A word that modifies a noun but is none ("northern", "Central", "international", "large-scale", "free"): what is
    /// left of a name or phrase when its noun was cut out for a target. Nouns in "-al" ("festival", "general") are not
    /// told apart from adjectives by their ending, so only the adjectives seen in such cuts are listed.
    /// </summary>
    public static bool IsLooseModifier(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var lower = word.ToLowerInvariant();
        return Lexicon.CompassWords.Contains(lower) || Lexicon.LooseModifiers.Contains(lower)
            || (char.IsLower(word[0]) && (lower.EndsWith("ern", StringComparison.Ordinal) || lower.Contains('-', StringComparison.Ordinal)));
    }

    /// <summary>"statesmen" → "statesman", "continents" → "continent".</summary>
    private static string SingularNoun(string plural) =>
        plural.EndsWith("men", StringComparison.Ordinal) ? plural[..^3] + "man" : Plurals.Singular(plural);

    /// <summary>The head noun of a descriptor: the last word before "of"/"and", lower case ("a species of bird" → "species").</summary>
    public static string? HeadNoun(string? descriptor)
    {
        if (string.IsNullOrWhiteSpace(descriptor))
        {
            return null;
        }

        var words = descriptor.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "one of the most prominent European aristocrats and statesmen": one statesman.
        if (words.Length > 2 && words[0] == "one" && words[1] == "of" && HeadNoun(string.Join(' ', words.Skip(2))) is { } plural)
        {
            return SingularNoun(plural);
        }

        // "an English stage and film actor", "a town and civil parish": after "and" comes the head noun.
        var end = Array.FindIndex(words, 1, w => w is "of" or "from" or "in" or "with" or "who" or "whose" or "which" or "that");
        // "a United States Army Corps of Engineers officer": a name with "of" leads into the head noun at the end.
        // "a Czech composer of Romantic music" is a composer: the word before "of" must open the name too.
        if (end > 0 && words[end] == "of" && end + 2 < words.Length && char.IsLower(words[^1][0]) && char.IsUpper(words[end - 1][0])
            && words.Skip(end + 1).SkipLast(1).All(w => char.IsUpper(w[0])))
        {
            end = words.Length;
        }

        var head = words[(end > 0 ? end : words.Length) - 1].Trim(',', '.', '"').ToLowerInvariant();

        // "singer-songwriter", "co-founder": the last part names the kind.
        return head.Contains('-', StringComparison.Ordinal) ? head[(head.LastIndexOf('-') + 1)..] : head;
    }

    /// <summary>
    /// The words just before the target placeholder that belong to its noun phrase rather than to the
    /// clause's verb or preposition, and whether they only modify it: "was the eighth B" → "eighth"
    /// (a modifier, after "the"); "succeeded Colonel B" → "Colonel"; "toured with former Beatles drummer B" →
    /// "former Beatles drummer"; "called the oratorio B" → "oratorio". Empty when B follows a verb or preposition.
    /// </summary>
    public static (int Start, bool Modifiers) NounRunBefore(IReadOnlyList<string> words, int target)
    {
        var verb = 0;
        while (verb < target && (Lexicon.LeadingAdverbs.Contains(words[verb].ToLowerInvariant()) || Lexicon.Modals.Contains(words[verb].ToLowerInvariant())))
        {
            verb++;
        }

        var start = target;
        while (start - 1 > verb)
        {
            var previous = words[start - 1];
            var lower = previous.ToLowerInvariant();
            if (lower is "of" && start - 2 > verb && IsTitleWord(words[start - 2]) && start < target && IsTitleWord(words[start]))
            {
                start--;
                continue;
            }

            if (Lexicon.NounPhraseFunctionWords.Contains(lower) || IsVerbForm(lower) || previous.EndsWith("'s", StringComparison.Ordinal)
                || previous.EndsWith(',') || !previous.Any(char.IsLetterOrDigit))
            {
                break;
            }

            start--;
        }

        // "to establish and command B", "to command B": a lower-case word after "and" or "to" is a verb, not a noun.
        if (start == target - 1 && start > 0 && char.IsLower(words[start][0]) && words[start - 1] is "and" or "or" or "to")
        {
            return (target, false);
        }

        return (start, start < target && words.Skip(start).Take(target - start).All(w => IsModifier(w.ToLowerInvariant())));
    }

    /// <summary>Whether the word is a determiner or a possessive ("the", "a", "his", "Ohio's").</summary>
    public static bool IsDeterminerOrPossessive(string word) =>
        Lexicon.Determiners.Contains(word.ToLowerInvariant()) || word.ToLowerInvariant() is "his" or "her" or "its" or "their" or "our" or "my" or "your"
        || word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("s'", StringComparison.Ordinal);

    public static bool IsTitleWord(string word) => word.Length >= 2 && char.IsUpper(word[0]) && word.Any(char.IsLower) && char.IsLetter(word[^1]);

    private static bool IsVerbForm(string lower) =>
        (lower.Length > 4 && (lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith("ing", StringComparison.Ordinal)))
        || lower is "is" or "was" or "are" or "were" or "has" or "had" or "have" or "be" or "been" or "became" or "becomes" or "become";

    private static bool IsModifier(string lower) =>
        PhrasePatterns.Ordinal().IsMatch(lower) || lower.All(c => char.IsDigit(c) || c is ',' or '.') || Lexicon.ModifierWords.Contains(lower) || PhrasePatterns.AdjectiveSuffix().IsMatch(lower);
}
