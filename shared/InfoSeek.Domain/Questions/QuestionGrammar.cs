using InfoSeek.Contracts;
using InfoSeek.Domain.English;

namespace InfoSeek.Domain.Questions;

/// <summary>
/// The deterministic verbalizer. The answer is the root's type descriptor followed by its claims as
/// relative clauses ("a species of bird that has three subspecies and was named by …, whose body
/// length is …"); a claim's target is a blurred child described the same way ("a person who …"), a
/// hidden leaf by its type ("a British artist"), or a named leaf by its name. Clauses keep the words,
/// tense and agreement of their evidence sentences. A description that would sit in the middle of the
/// sentence or grow too long is only mentioned there ("a football club") and described at the end
/// ("…, where the football club …"), so the question stays one right-branching sentence with one
/// question mark.
/// </summary>
public static class QuestionGrammar
{
    /// <summary>How many descriptions may nest inside one another before the deeper one moves to a "where" part.</summary>
    public const int MaxInlineDepth = 3;

    /// <summary>Longest description (in words) written where its relation points; a longer one moves to a "where" part.</summary>
    public const int MaxInlineWords = 30;

    public static string Question(TreeSnapshot tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var roots = tree.Vertices.Where(v => v.ParentId is null).ToList();
        if (roots.Count != 1)
        {
            throw new ArgumentException($"A tree needs exactly one root vertex (ParentId null); this one has {roots.Count}.", nameof(tree));
        }

        // The first pass decides which descriptions move to a "where" part and in which order vertices are
        // mentioned; the second writes the question with every vertex named apart from those of the same type.
        var plan = new QuestionRenderer(tree, deferred: null, names: null);
        plan.Render(roots[0]);
        var names = Names(plan.MentionOrder.Select(plan.Vertex).ToList());
        return new QuestionRenderer(tree, plan.DeferredInOrder.ToHashSet(), names).Render(roots[0]);
    }

    /// <summary>
    /// How each vertex is mentioned and, if its description moves to a "where" part, referred to there:
    /// "a football club" … "where the football club …". Vertices of one type are told apart in the order they
    /// are mentioned: "an English cricketer" … "another English cricketer" … "where the other English cricketer …"
    /// (or "a second", "a third" … "the second", "the third" for more than two).
    /// </summary>
    private static Dictionary<int, (string Mention, string Reference)> Names(IReadOnlyList<VertexSnapshot> mentioned)
    {
        var names = new Dictionary<int, (string, string)>();
        // "where the leader's body was exhumed …, and the leader left Ireland": a type met once is referred to by its head
        // noun when no other vertex of the question has that head ("the English military and political leader" thrice
        // is a mouthful).
        var heads = mentioned.Select(v => NounPhrases.HeadNoun(NounPhrases.WithoutArticle(Head(v)))).ToList();
        // "a Nordic country in Scandinavia" … "the Nordic country": the region is left off a reference that is clear without it.
        var withoutRegions = mentioned.Select(v => PhrasePatterns.RegionTail().Replace(NounPhrases.WithoutArticle(Head(v)), "")).ToList();
        // A noun before the head stays with it: "the soap opera", "the island nation" ("the opera" is another thing), not
        // an adjective ("the leader" of "military and political leader", "the city" of "capital city").
        string ShortReference(string bare)
        {
            var noun = NounPhrases.HeadNoun(bare);
            var words = bare.Split(' ');
            var at = noun is null ? -1 : Array.IndexOf(words, noun);
            if (at < 0 || heads.Count(h => h == noun) != 1 || bare.StartsWith("one of ", StringComparison.Ordinal))
            {
                var withoutRegion = PhrasePatterns.RegionTail().Replace(bare, "");
                return withoutRegion != bare && withoutRegions.Count(w => w == withoutRegion) == 1 ? "the " + withoutRegion : "the " + bare;
            }

            // "de facto leader": "facto" is no noun of its own.
            var before = at > 0 && !(at >= 2 && words[at - 2] is "de" or "ex" or "per") ? words[at - 1] : "";
            return before.Length > 0 && before.All(char.IsLower) && !PhrasePatterns.AdjectiveSuffix().IsMatch(before)
                && !before.EndsWith("ed", StringComparison.Ordinal) && !before.EndsWith("ing", StringComparison.Ordinal) && !before.EndsWith("an", StringComparison.Ordinal)
                && before is not ("and" or "or" or "former" or "major" or "minor" or "great" or "large" or "small" or "senior" or "junior" or "new" or "old")
                ? $"the {before} {noun}"
                : "the " + noun;
        }

        foreach (var group in mentioned.GroupBy(v => NounPhrases.WithoutArticle(Head(v)).ToLowerInvariant()))
        {
            var members = group.ToList();
            for (var i = 0; i < members.Count; i++)
            {
                var head = Head(members[i]);
                var bare = head switch { "someone" or "somebody" => "person", "something" => "thing", _ => NounPhrases.WithoutArticle(head) };
                names[members[i].Id] = (members.Count, i) switch
                {
                    // "one of the five inhabited traditional continents" … "where … the continent" (not "the one of the five …").
                    (1, _) => (head, head.StartsWith("the ", StringComparison.Ordinal) ? head
                        : bare.StartsWith("one of ", StringComparison.Ordinal) && NounPhrases.HeadNoun(bare) is { } one ? "the " + one : ShortReference(bare)),
                    // "the first President" would be Washington: a title's ordinal is its rank, so the reference says who was named first.
                    (_, 0) => (head, char.IsUpper(bare[0]) ? $"the first-named {bare}" : $"the first {bare}"),
                    (2, _) => ($"another {bare}", $"the other {bare}"),
                    _ => ($"{Articles.IndefiniteArticle(OrdinalWord(i + 1))} {OrdinalWord(i + 1)} {bare}", $"the {OrdinalWord(i + 1)} {bare}"),
                };
            }
        }

        return names;
    }

    private static string OrdinalWord(int n) => n switch
    {
        1 => "first",
        2 => "second",
        3 => "third",
        4 => "fourth",
        5 => "fifth",
        6 => "sixth",
        7 => "seventh",
        8 => "eighth",
        9 => "ninth",
        10 => "tenth",
        _ => n + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" }),
    };

    /// <summary>The vertex's type as a noun phrase with its article, or a neutral noun when its page gave none.</summary>
    internal static string Head(VertexSnapshot vertex) =>
        ShownType(vertex) ?? (NounPhrases.IsPerson(vertex) ? "someone" : "something");

    /// <summary>
    /// The type the question shows for the vertex (<see cref="NounPhrases.Shown"/>), or null when its page gave none it can
    /// use. A region that one of the vertex's claims states is left to the claim: "a country that is situated in northern
    /// Europe", not "a country in northern Europe that is situated in northern Europe".
    /// </summary>
    internal static string? ShownType(VertexSnapshot vertex)
    {
        var shown = NounPhrases.Shown(vertex.TypeDescriptor);
        return shown is not null && PhrasePatterns.RegionTail().Match(shown) is { Success: true } region
            && vertex.Claims.Any(c => c.Text.Contains(region.Value, StringComparison.Ordinal))
                ? shown[..region.Index]
                : shown;
    }
}
