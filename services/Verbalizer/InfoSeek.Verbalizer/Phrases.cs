using System.Text.RegularExpressions;
using InfoSeek.Contracts;

namespace InfoSeek.Verbalizer;

/// <summary>Word-level English for the grammar: articles, type descriptors, people, titles before a name.</summary>
public static partial class Phrases
{
    private static readonly HashSet<string> Determiners = ["a", "an", "the", "another"];

    /// <summary>Words that end a title run before a name and never belong to it.</summary>
    private static readonly HashSet<string> FunctionWords =
    [
        "a", "an", "the", "of", "in", "on", "at", "by", "to", "for", "with", "from", "and", "or", "as", "into", "onto",
        "under", "over", "after", "before", "about", "against", "between", "through", "during", "without", "within",
        "is", "was", "are", "were", "be", "been", "has", "had", "have", "that", "which", "who", "his", "her", "its",
        "their", "this", "these", "those", "than", "also", "then", "but", "nor", "per", "via", "near", "behind", "beside",
        "alongside", "among", "amongst", "across", "around", "toward", "towards", "upon", "along", "like", "unlike",
        "including", "opposite", "throughout", "beyond", "below", "above", "beneath", "inside", "outside", "until", "since",
    ];

    private static readonly HashSet<string> DanglingAdjectives =
    [
        "small", "large", "long", "short", "big", "tiny", "huge", "great", "little", "several", "many", "various", "same",
        "most", "more", "few", "major", "minor", "early", "late", "new", "old", "high", "low", "wide", "narrow",
    ];

    private static readonly HashSet<string> DanglingAdverbs =
    [
        "best", "better", "well", "most", "also", "still", "now", "then", "mainly", "largely", "primarily", "chiefly",
        "mostly", "widely", "perhaps", "probably", "formerly", "later", "originally",
    ];

    private static readonly HashSet<string> PersonNouns =
    [
        "person", "man", "woman", "boy", "girl", "king", "queen", "prince", "princess", "emperor", "empress", "pope",
        "bishop", "archbishop", "saint", "priest", "monk", "nun", "general", "admiral", "officer", "soldier", "pilot",
        "commander", "ace", "captain", "colonel", "lieutenant", "sergeant", "marshal", "president", "governor", "senator",
        "politician", "statesman", "stateswoman", "diplomat", "lawyer", "judge", "physician", "surgeon", "doctor", "nurse",
        "scientist", "physicist", "chemist", "biologist", "mathematician", "astronomer", "engineer", "inventor", "architect",
        "writer", "author", "poet", "novelist", "playwright", "journalist", "historian", "philosopher", "composer",
        "conductor", "musician", "singer", "songwriter", "guitarist", "drummer", "pianist", "violinist", "rapper", "actor",
        "actress", "director", "producer", "artist", "painter", "sculptor", "photographer", "designer", "dancer",
        "comedian", "player", "footballer", "cricketer", "cyclist", "athlete", "boxer", "wrestler", "swimmer", "runner",
        "goaltender", "goalkeeper", "pitcher", "coach", "manager", "explorer", "pioneer", "settler", "missionary",
        "merchant", "businessman", "businesswoman", "entrepreneur", "philanthropist", "activist", "leader", "chief",
        "ruler", "monarch", "duke", "duchess", "earl", "count", "countess", "baron", "lord", "lady", "knight", "noble",
        "nobleman", "noblewoman", "heir", "son", "daughter", "wife", "husband", "mother", "father", "brother", "sister",
        "teacher", "professor", "scholar", "economist", "sociologist", "psychologist", "linguist", "theologian",
        "cleric", "minister", "chancellor", "mayor", "spy", "criminal", "murderer", "outlaw", "model", "illustrator",
        "cartoonist", "animator", "broadcaster", "presenter", "critic", "editor", "publisher", "aviator", "astronaut",
        "naturalist", "zoologist", "botanist", "ornithologist", "geologist", "archaeologist", "anthropologist", "member",
        "goalkeeper", "midfielder", "defender", "forward", "striker", "batsman", "bowler", "jockey", "racer", "driver",
        "novelist", "essayist", "lyricist", "vocalist", "bassist", "keyboardist", "cellist", "organist", "saxophonist",
        "trumpeter", "bandleader", "frontman", "entertainer", "personality", "socialite", "courtier", "consort",
        "regent", "pharaoh", "sultan", "caliph", "shah", "tsar", "czar", "khan", "chieftain", "warlord", "samurai",
        "warrior", "mercenary", "pirate", "privateer", "explorer", "navigator", "traveller", "traveler", "pilgrim",
        "hermit", "abbot", "abbess", "deacon", "rabbi", "imam", "preacher", "evangelist", "reformer", "revolutionary",
        "dissident", "suffragist", "feminist", "abolitionist", "humanitarian", "physiologist", "pathologist", "surveyor",
        "cartographer", "statistician", "programmer", "astronomer", "meteorologist", "crystallographer", "educator",
        "headmaster", "principal", "dean", "rector", "vicar", "curate", "chaplain", "cardinal", "patriarch", "ambassador",
        "envoy", "consul", "magistrate", "prosecutor", "attorney", "barrister", "solicitor", "jurist", "clerk", "official",
        "administrator", "executive", "industrialist", "banker", "financier", "investor", "landowner", "farmer",
        "rancher", "planter", "figure", "someone", "somebody", "slave", "servant", "courtesan", "poetess", "heiress", "widow", "child", "infant",
    ];

    /// <summary>"a"/"an" before <paramref name="next"/>, by its sound as far as spelling tells.</summary>
    public static string IndefiniteArticle(string next)
    {
        var word = next.TrimStart('"', '\'', '(', '‘', '“');
        if (word.Length == 0)
        {
            return "a";
        }

        var lower = word.ToLowerInvariant();
        if (AnBeforeConsonantLetter().IsMatch(lower))
        {
            return "an";
        }

        if (ABeforeVowelLetter().IsMatch(lower))
        {
            return "a";
        }

        // An initialism is read letter by letter: "an MP", "an RAF squadron", "a BBC series".
        if (word.Length >= 2 && char.IsUpper(word[0]) && char.IsUpper(word[1]) && !word.Any(char.IsLower))
        {
            return "AEFHILMNORSX".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";
        }

        if (char.IsDigit(word[0]))
        {
            return EightOrEleven().IsMatch(word) ? "an" : "a";
        }

        return "aeiou".Contains(lower[0], StringComparison.Ordinal) ? "an" : "a";
    }

    /// <summary>Gives a phrase that starts with "a"/"an" the article its next word needs.</summary>
    public static string FixArticle(string phrase)
    {
        var m = LeadingIndefinite().Match(phrase);
        return m.Success ? IndefiniteArticle(phrase[m.Length..]) + " " + phrase[m.Length..] : phrase;
    }

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

        var clause = words.FindIndex(1, w => w is "whose" or "who" or "which" or "that" or "where" or "when" or "what");
        if (clause > 0)
        {
            words.RemoveRange(clause, words.Count - clause);
        }

        while (words.Count > 1 && (FunctionWords.Contains(words[^1].ToLowerInvariant()) || DanglingParticiple().IsMatch(words[^1])))
        {
            words.RemoveAt(words.Count - 1);
        }

        // "a genus of small" (cut before "theropod dinosaur"): an adjective without its noun; keep what comes before its preposition.
        if (words.Count > 1 && DanglingAdjectives.Contains(words[^1].ToLowerInvariant()))
        {
            var preposition = words.FindLastIndex(w => w is "of" or "with" or "in" or "for" or "from");
            var cut = preposition > 1 ? preposition : words.Count - 1;
            words.RemoveRange(cut, words.Count - cut);
        }

        // "an American cartoonist best" (known for …): an adverb that led into the cut-off part.
        while (words.Count > 2 && DanglingAdverbs.Contains(words[^1].ToLowerInvariant()))
        {
            words.RemoveAt(words.Count - 1);
        }

        // "a chemical element with symbol H": a lone letter ends a phrase cut short; keep what comes before its preposition.
        if (words.Count > 2 && words[^1].Length == 1 && char.IsLetter(words[^1][0]))
        {
            var preposition = words.FindLastIndex(w => w is "with" or "of" or "in" or "for" or "from");
            words.RemoveRange(preposition > 1 ? preposition : words.Count - 1, words.Count - (preposition > 1 ? preposition : words.Count - 1));
        }

        // "a U" (from "a U.S. Representative"): a lone letter is not a noun.
        if (words.Count < 2 || (words[^1].Length == 1 && char.IsLetter(words[^1][0])))
        {
            return null;
        }

        if (!Determiners.Contains(words[0].ToLowerInvariant()) && words[0] != "one")
        {
            words.Insert(0, "a");
        }

        words[0] = words[0].ToLowerInvariant();
        return FixArticle(string.Join(' ', words));
    }

    /// <summary>A noun phrase without its leading article: "a species of bird" → "species of bird".</summary>
    public static string WithoutArticle(string phrase)
    {
        var space = phrase.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && Determiners.Contains(phrase[..space].ToLowerInvariant()) ? phrase[(space + 1)..] : phrase;
    }

    public static bool StartsWithDeterminer(string phrase)
    {
        var space = phrase.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && Determiners.Contains(phrase[..space].ToLowerInvariant());
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
            // "an American", "a German": a people's name used as a noun is a person.
            return PersonNouns.Contains(head) || PersonSuffix().IsMatch(head) || Demonym().IsMatch(descriptor!);
        }

        return vertex.Claims.Where(c => c.Evidence.PageTitle == vertex.Entity).Any(c => PronounSubject().IsMatch(c.Evidence.Sentence));
    }

    /// <summary>The head noun of a descriptor: the last word before "of"/"and", lower case ("a species of bird" → "species").</summary>
    public static string? HeadNoun(string? descriptor)
    {
        if (string.IsNullOrWhiteSpace(descriptor))
        {
            return null;
        }

        var words = descriptor.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "an English stage and film actor", "a town and civil parish": after "and" comes the head noun.
        var end = Array.FindIndex(words, 1, w => w is "of" or "from" or "in" or "with" or "who" or "whose" or "which" or "that");
        // "a United States Army Corps of Engineers officer": a name with "of" leads into the head noun at the end.
        if (end > 0 && words[end] == "of" && end + 2 < words.Length && char.IsLower(words[^1][0])
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
        while (verb < target && (Adverbs.Contains(words[verb].ToLowerInvariant()) || Modals.Contains(words[verb].ToLowerInvariant())))
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

            if (FunctionWords.Contains(lower) || IsVerbForm(lower) || previous.EndsWith("'s", StringComparison.Ordinal)
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
        Determiners.Contains(word.ToLowerInvariant()) || word.ToLowerInvariant() is "his" or "her" or "its" or "their" or "our" or "my" or "your"
        || word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("s'", StringComparison.Ordinal);

    public static bool IsIndefiniteArticle(string word) => word is "a" or "an" or "A" or "An";

    public static bool IsTitleWord(string word) => word.Length >= 2 && char.IsUpper(word[0]) && word.Any(char.IsLower) && char.IsLetter(word[^1]);

    private static bool IsVerbForm(string lower) =>
        (lower.Length > 4 && (lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith("ing", StringComparison.Ordinal)))
        || lower is "is" or "was" or "are" or "were" or "has" or "had" or "have" or "be" or "been" or "became" or "becomes" or "become";

    private static bool IsModifier(string lower) =>
        Ordinal().IsMatch(lower) || lower.All(c => char.IsDigit(c) || c is ',' or '.') || ModifierWords.Contains(lower) || AdjectiveSuffix().IsMatch(lower);

    private static readonly HashSet<string> Adverbs =
    [
        "also", "then", "later", "still", "often", "once", "never", "only", "already", "further", "first", "again", "now",
        "eventually", "initially", "originally", "subsequently", "certainly", "probably", "possibly", "largely", "mainly",
        "mostly", "briefly", "formerly", "previously", "officially", "currently", "usually", "generally", "frequently",
        "soon", "finally", "thus", "even", "ever", "jointly", "partly", "primarily",
    ];

    private static readonly HashSet<string> Modals = ["will", "would", "can", "could", "may", "might", "shall", "should", "must", "did", "does", "do"];

    private static readonly HashSet<string> ModifierWords =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "last", "next", "only", "same", "other", "main", "new", "old", "former", "late", "early", "great", "little", "largest",
        "smallest", "oldest", "youngest", "eldest", "biggest", "highest", "longest", "best", "major", "minor", "chief",
        "principal", "whole", "entire", "original", "present", "current", "nearby", "neighbouring", "neighboring",
    ];

    [GeneratedRegex(@"^(hour|honest|honou?r|heir|herb\b)")]
    private static partial Regex AnBeforeConsonantLetter();

    [GeneratedRegex(@"^(uni|use|usu|ur[aeiou]|uk|eu|one\b|once|ubiq|ute)")]
    private static partial Regex ABeforeVowelLetter();

    [GeneratedRegex(@"^(8|11|18)(\d\d)*(?!\d)")]
    private static partial Regex EightOrEleven();

    [GeneratedRegex(@"^(a|an)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingIndefinite();

    [GeneratedRegex(@"^(known|called|named|located|based|situated|founded|established|used|made|set|born|consisting|including|designed|sent|built|created|formed|written|published|released|produced|held|given|led|owned|operated|run|found|composed|directed)$")]
    private static partial Regex DanglingParticiple();

    /// <summary>The sentence's subject is "he" or "she", at its start or after a short opening phrase.</summary>
    [GeneratedRegex(@"^(?:[^,]{0,60}, )?(?:He|She|he|she) ")]
    private static partial Regex PronounSubject();

    [GeneratedRegex(@"^[a-z]{3,}(ist|ian)$")]
    private static partial Regex PersonSuffix();

    [GeneratedRegex(@"^(?:an?|another|a second|a third) \p{Lu}\p{Ll}+(?:an|ese|ish|ch|i)$")]
    private static partial Regex Demonym();

    [GeneratedRegex(@"^(\d+(st|nd|rd|th)|(twenty|thirty|forty|fifty)-(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))$")]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"^[a-z-]{3,}(al|ic|ous|ive|ful|less|able|ible|ary|ern|ese|est)$")]
    private static partial Regex AdjectiveSuffix();
}
