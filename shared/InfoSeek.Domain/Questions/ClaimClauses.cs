using System.Text.RegularExpressions;
using InfoSeek.Contracts;
using InfoSeek.Domain.English;

namespace InfoSeek.Domain.Questions;

internal enum Form
{
    /// <summary>"A was named by B": the predicate follows "that"/"who".</summary>
    Verbal,

    /// <summary>"A's body length is …": follows "whose".</summary>
    Possessive,

    /// <summary>The vertex is not the claim's subject ("B named A"): follows "such that".</summary>
    Other,

    /// <summary>A relation read from its target's page ("B joined A"): the vertex is its object, "that B joined".</summary>
    Object,
}

/// <param name="Body">The claim without its subject (Verbal, Possessive) or with "A" still in it (Other, Object).</param>
internal sealed record Clause(Form Form, string Body);

/// <summary>A noun phrase split where relative clauses attach: "a person" + "who was born in …".</summary>
internal sealed record NounPhrase(string Head, string Tail)
{
    public override string ToString() => Tail.Length == 0 ? Head : $"{Head} {Tail}";
}

/// <summary>A claim as a clause about its subject: which form it takes ("that …", "whose …", "such that …") and its body.</summary>
internal static partial class ClaimClauses
{
    /// <summary>"is the officially established Christian church" about "an officially established Christian church": says nothing more.</summary>
    internal static bool RestatesHead(Clause clause, string head) =>
        clause.Form == Form.Verbal && RestatedHead().Match(clause.Body) is { Success: true } restated
        && restated.Groups["rest"].Value.Equals(NounPhrases.WithoutArticle(head), StringComparison.OrdinalIgnoreCase);

    internal static string SubjectInto(string body, string subject) => ClaimText.Substitute(body, subject, null);

    /// <summary>
    /// The claim as a clause about its subject, with the target written in: "A was named by B" →
    /// (Verbal, "was named by a person …"); "A's wife was B" → (Possessive, "wife was a British artist");
    /// "B joined A" read on B's page → (Object, "an island country joined A").
    /// </summary>
    internal static Clause ToClause(TreeClaim claim, NounPhrase? target, bool isName, string head)
    {
        var text = Spaces().Replace(claim.Text, " ").Trim();
        var form = FormOf(claim);
        // "B is a specialized agency of A" with B written "a specialized agency": "that a specialized agency is a
        // specialized agency of" says it twice; "that has a specialized agency" says it once ("B was a weak storm in A":
        // "a hurricane season that had a weak storm", not "that a weak storm was in").
        if (form == Form.Object && target is { Tail.Length: 0 } written && !isName
            && RestatedMember().Match(text) is { Success: true } member
            && string.Equals(member.Groups["kind"].Value, NounPhrases.WithoutArticle(written.Head), StringComparison.OrdinalIgnoreCase))
        {
            return new Clause(Form.Verbal, $"{(member.Groups["verb"].Value is "was" or "were" ? "had" : "has")} {written.Head}");
        }

        // "B is the largest surviving carnivorous marsupial in A" with B written "a carnivorous marsupial": "in which a
        // carnivorous marsupial is the largest surviving one" names the kind once ("the most populous one": "most" keeps its adjective).
        if (form == Form.Object && target is { Tail.Length: 0 } kind && !isName
            && SuperlativeMember().Match(text) is { Success: true } superlative)
        {
            var np = superlative.Groups["np"];
            var words = np.Value.Split(' ');
            var kindWords = NounPhrases.WithoutArticle(kind.Head).Split(' ');
            var shared = 0;
            while (shared < words.Length - 1 && shared < kindWords.Length
                && string.Equals(words[^(shared + 1)], kindWords[^(shared + 1)], StringComparison.OrdinalIgnoreCase))
            {
                shared++;
            }

            if (shared > 0 && words[^(shared + 1)] is "most" or "least")
            {
                shared--;
            }

            if (shared > 0)
            {
                text = text[..np.Index] + string.Join(' ', words[..^shared].Append("one")) + text[(np.Index + np.Length)..];
            }
        }

        var body = form switch
        {
            Form.Possessive => text[(text.IndexOf(' ', StringComparison.Ordinal) + 1)..],
            Form.Verbal => WithoutRepeatedType(Singular(text[2..], head), head),
            // "B have long been popular in A" with B written "an animated cat and mouse team": "has".
            Form.Object when target is { } t && !isName => "B " + WithoutRepeatedType(Singular(text[2..], t.Head), t.Head),
            // "B is an antelope found in A" with B named: the name says what B is, "in which the Bontebok is found".
            Form.Object when isName => DescribedName().Replace(text, "B ${verb} ", 1),
            _ => text,
        };
        return new Clause(form, TargetWriter.WriteTarget(body, target, isName));
    }

    /// <summary>"Sandur are most common in B" about "a plain": the verb agrees with the singular the question writes.</summary>
    private static string Singular(string body, string head)
    {
        if (!(head.StartsWith("a ", StringComparison.Ordinal) || head.StartsWith("an ", StringComparison.Ordinal) || head is "someone" or "something"))
        {
            return body;
        }

        var space = body.IndexOf(' ', StringComparison.Ordinal);
        var verb = space > 0 ? body[..space] : body;
        var singular = verb switch { "are" => "is", "were" => "was", "have" => "has", _ => null };
        return singular is null ? body : singular + body[verb.Length..];
    }

    internal static Form FormOf(TreeClaim claim) =>
        claim.EvidenceOnTarget && claim.Text.StartsWith("B ", StringComparison.Ordinal) ? Form.Object
        : claim.Text.StartsWith("A's ", StringComparison.Ordinal) || claim.Text.StartsWith("A' ", StringComparison.Ordinal) ? Form.Possessive
        : claim.Text.StartsWith("A ", StringComparison.Ordinal) ? Form.Verbal
        : Form.Other;

    /// <summary>
    /// An Object clause after "that": the body without its object, "an island country joined A" → "an island country joined".
    /// The object is the last "A": the target written before it may hold the letter too.
    /// </summary>
    internal static string WithoutObject(string body)
    {
        var objects = ClaimText.SubjectPlaceholder().Matches(body);
        return objects.Count == 0 ? body : Spaces().Replace(body.Remove(objects[^1].Index, 1), " ").Trim();
    }

    /// <summary>
    /// An Object clause as a relative clause: "that an island country joined", and with the preposition before the
    /// object leading it, "with which Jordan signed a pact in May 1967" rather than "that Jordan signed a pact in May 1967 with".
    /// </summary>
    internal static string ObjectRelative(string body, bool person)
    {
        var objects = ClaimText.SubjectPlaceholder().Matches(body);
        if (objects.Count > 0)
        {
            var at = objects[^1].Index;
            var before = body[..at].TrimEnd();
            var space = before.LastIndexOf(' ');
            var preposition = space < 0 ? before : before[(space + 1)..];
            var rest = space > 0 ? Spaces().Replace(before[..space] + body[(at + objects[^1].Length)..], " ").Trim() : "";
            if (space > 0 && PrepositionMayLead(preposition, rest))
            {
                return $"{preposition} {(person ? "whom" : "which")} {rest}";
            }
        }

        return $"{(person ? "who" : "that")} {WithoutObject(body)}";
    }

    /// <summary>
    /// Whether the preposition before the object may lead the relative clause without changing what it attaches to.
    /// A preposition other than "of" leads whatever it hangs on, the verb or a noun after it: "in which a city experiences
    /// frosts and fog", "in which a physicist disapproved of the totalitarian regimes", "throughout which dill has long been
    /// cultivated as a herb" read as the sentence did, where "that … in" strands it. It stays behind where it belongs to a
    /// participle that qualifies a noun ("that a soldier was killed in a battle led by", not "by which … a battle led").
    /// "Of" completes the noun before it, so it leads only after the verb or the verb's own object or complement:
    /// "of which Elizabeth II is Queen", but "that a civilization encompassed most of", not "of which a civilization
    /// encompassed most"; "that Syria is significant in the history of", not "of which Syria is significant in the history".
    /// </summary>
    private static bool PrepositionMayLead(string preposition, string rest)
    {
        // "a chorus is from A" stays "that a chorus is from": "from which a chorus is" ends on its verb.
        // "another country is a country in East Africa bordered by A": the preposition belongs to a participle after
        // a description, and leading with it would split them ("by which another country is a country … bordered").
        if (!FrontedPrepositions.Contains(preposition) || EndsOnCopula().IsMatch(rest) || DescriptionThenParticiple().IsMatch(rest))
        {
            return false;
        }

        var words = rest.Split(' ');
        var last = words[^1];
        var verbAt = Array.FindLastIndex(words, IsVerb);
        if (preposition != "of")
        {
            var firstVerbAt = Array.FindIndex(words, IsVerb);
            // "Voltaire is remembered and honored | in": a participle joined to the clause's own verb is no noun's qualifier.
            var joinedToVerb = words.Length > 3 && words[^2] is "and" or "or" && IsVerb(words[^3]);
            var qualifiesNoun = words.Length > 2 && verbAt == words.Length - 1 && firstVerbAt < verbAt
                && VerbForms.Participle().IsMatch(last) && !IsVerb(words[^2]) && !Auxiliaries.Contains(words[^2])
                && !words[^2].EndsWith("ly", StringComparison.Ordinal) && !joinedToVerb;
            return !qualifiesNoun;
        }

        // Right after a verb ("of which a country is part"), or after a date or a name.
        if (IsVerb(last) || char.IsAsciiDigit(last[0]))
        {
            return true;
        }

        return verbAt >= 0
            && !words[(verbAt + 1)..].Any(w => FrontedPrepositions.Contains(w) || w is "as" or "than" or "like" or "over" or "since" or "until")
            && words[verbAt] is "is" or "was" or "are" or "were" or "became" or "remains" or "remained";
    }

    /// <summary>Words before a participle that make it the clause's own verb ("has been cultivated"), not a noun's qualifier.</summary>
    private static readonly HashSet<string> Auxiliaries = ["is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "not", "never"];

    /// <summary>A finite verb or participle, lower case so that names ("United Kingdom") are not taken for one.</summary>
    private static bool IsVerb(string word) =>
        word.Length > 1 && char.IsAsciiLetterLower(word[0])
        && (VerbForms.Participle().IsMatch(word) || Lexicon.FiniteVerbs.Contains(word) || PresentTenseVerbs.Contains(word) || word is "died" or "dies");

    /// <summary>Present tenses that end a clause before its preposition ("that a country shares a border with").</summary>
    private static readonly HashSet<string> PresentTenseVerbs =
    [
        "becomes", "remains", "wins", "makes", "writes", "takes", "gives", "leads", "shares", "includes", "contains", "serves",
        "covers", "holds", "signs", "plays", "joins",
    ];

    /// <summary>Prepositions that may lead a relative clause; particles of phrasal verbs ("took over", "set up") stay behind.</summary>
    private static readonly HashSet<string> FrontedPrepositions =
    [
        "of", "in", "to", "with", "by", "for", "from", "at", "on", "through", "into", "about", "against", "under", "within",
        "among", "throughout", "across", "after", "near", "toward", "towards", "onto", "upon", "alongside", "behind",
        "beside", "between", "beyond", "inside", "outside", "during", "via",
    ];

    /// <summary>
    /// "is a town in B" about "a town" → "is in B", "is a chorus from B" → "is from B": the clause need not repeat the type it is attached to; nor, read
    /// from the target's page, the target's ("B is a landlocked country in A" with B "a landlocked country" → "B is in A").
    /// </summary>
    private static string WithoutRepeatedType(string body, string head)
    {
        // "is the officially established Christian church in B" about "an officially established Christian church": the
        // head is repeated whatever article either takes.
        // "a second country", "another country" (a kind met before in the question) repeat "a country" as much.
        var bare = CountedKind().Replace(NounPhrases.WithoutArticle(head), "");
        foreach (var verb in new[] { "is ", "was " })
        {
            var prefix = new[] { head, "the " + bare, "a " + bare, "an " + bare }.Select(h => verb + h + " ")
                .FirstOrDefault(p => body.StartsWith(p, StringComparison.OrdinalIgnoreCase));
            // "is a chorus from B" → "is from B", "is a ballad recorded by A" → "is recorded by A" ("of" would lose the head: "is of B").
            // "is a disease in which B develops" keeps its noun: "is in which" would be no clause.
            if (prefix is not null
                && body[prefix.Length..].Split(' ') is var rest && !(rest.Length > 1 && rest[1] is "which" or "whom" or "whose")
                // "is a Low Franconian language mainly spoken in B": an adverb before the participle goes with it.
                && (rest.Length > 1 && rest[0].EndsWith("ly", StringComparison.Ordinal) ? rest[1] : rest[0]) is var next
                && (next is "in" or "on" or "at" or "near" or "off" or "within" or "from" or "by" or "for" or "with" or "between" or "across" or "along"
                    or "native" or "endemic" or "indigenous" or "resident" or "widespread" or "present" or "common" or "popular" or "famous" or "used" || VerbForms.Participle().IsMatch(next)
                    // "is an international cricket team representing B" → "is representing B".
                    || (next.Length > 5 && next.EndsWith("ing", StringComparison.Ordinal) && !Lexicon.NounsInIng.Contains(next))))
            {
                return verb + body[prefix.Length..];
            }
        }

        // "has long been cultivated as a herb throughout B" about "a short-lived annual herb": the role is the head's noun.
        var noun = bare.Split(' ')[^1];
        var role = body.IndexOf($" as a {noun} ", StringComparison.Ordinal) is var a and >= 0 ? (a, 6 + noun.Length)
            : body.IndexOf($" as an {noun} ", StringComparison.Ordinal) is var an and >= 0 ? (an, 7 + noun.Length) : (-1, 0);
        return noun.Length > 2 && role.Item1 >= 0 ? body.Remove(role.Item1, role.Item2) : body;
    }

    [GeneratedRegex(@"\s+")]
    internal static partial Regex Spaces();

    [GeneratedRegex(@"^(?:another|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) ")]
    private static partial Regex CountedKind();

    [GeneratedRegex(@"^(?:is|was) (?:(?:an?|the) )?(?<rest>.+)$")]
    private static partial Regex RestatedHead();

    [GeneratedRegex(@"^B (?<verb>is|was|are|were) (?:(?:an?|one|the) (?<kind>(?:(?! of )[^,;])+?) of|(?:an?|the) (?<kind>(?:(?! of )[^,;])+?) in) A$")]
    private static partial Regex RestatedMember();

    [GeneratedRegex(@"^B (?:is|was) the (?<np>(?:[^,;]+ )?(?:most|least|\p{L}{2,}est) [^,;]+?) (?:in|of|on) A$")]
    private static partial Regex SuperlativeMember();

    [GeneratedRegex(@"^B (?<verb>is|was|are|were) (?:an?|the) (?:[\w-]+ ){1,3}?(?=(?:found|located|situated|native|endemic|indigenous|resident|widespread|common|spoken|grown|cultivated|bred)\b)")]
    private static partial Regex DescribedName();

    [GeneratedRegex(@" (?:is|was|are|were)$")]
    private static partial Regex EndsOnCopula();

    [GeneratedRegex(@"\b(?:is|was|are|were) (?:an?|the) .+ [a-z]+ed$")]
    private static partial Regex DescriptionThenParticiple();
}
