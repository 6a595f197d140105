using System.Text.RegularExpressions;
using InfoSeek.Contracts;
using InfoSeek.Domain.English;

namespace InfoSeek.Domain.Questions;

/// <summary>
/// Writes one question for a tree: the root's description, with each vertex's claims as relative clauses and the
/// descriptions that do not fit in place moved to "where" parts. <see cref="QuestionGrammar"/> runs it twice.
/// </summary>
internal sealed partial class QuestionRenderer(TreeSnapshot tree, HashSet<int>? deferred, Dictionary<int, (string Mention, string Reference)>? names)
{
    private readonly Dictionary<int, VertexSnapshot> byId = tree.Vertices.ToDictionary(v => v.Id);
    private readonly List<int> deferredInOrder = [];
    private readonly List<int> mentionOrder = [];

    public IReadOnlyList<int> DeferredInOrder => deferredInOrder;

    /// <summary>Every vertex in the order the question first mentions it.</summary>
    public IReadOnlyList<int> MentionOrder => mentionOrder;

    public VertexSnapshot Vertex(int id) =>
        byId.TryGetValue(id, out var v) ? v : throw new ArgumentException($"A claim points to vertex {id}, which is not in the tree.", nameof(id));

    public string Render(VertexSnapshot root)
    {
        var person = NounPhrases.IsPerson(root);
        var phrase = Describe(root, 0);
        var shown = QuestionGrammar.ShownType(root);
        var untyped = shown is null;
        // "What is the entity that is the capital of a landlocked nation …": with no type to show and one claim that says
        // what it is, the claim is the question ("What is the capital of a landlocked nation …"); so too where the claim
        // restates the type ("a capital city that is the capital city of …").
        // "a long lasting hurricane that was a long lasting hurricane of …" → "a long lasting hurricane of …".
        var predicate = root.Claims.Count == 1 ? CopulaPredicate().Match(phrase.Tail) : Match.Empty;
        var restated = shown is not null && predicate.Success
            && predicate.Groups["rest"].Value.StartsWith(NounPhrases.WithoutArticle(shown) + " ", StringComparison.Ordinal);
        var described = (untyped && predicate.Success && predicate.Groups["det"].Value == "the") || restated
            ? phrase.Tail[predicate.Groups["det"].Index..]
            : new NounPhrase(untyped ? (person ? "the person" : "the entity") : phrase.Head, phrase.Tail).ToString();
        var question = $"{(person ? "Who" : "What")} is {described}";

        var where = new List<string>();
        for (var i = 0; i < deferredInOrder.Count; i++)
        {
            where.Add(WhereSentence(Vertex(deferredInOrder[i])));
        }

        question += where.Count switch
        {
            0 => "",
            1 => $", where {where[0]}",
            _ => string.Concat(where.Take(where.Count - 1).Select(w => $", where {w}")) + $", and where {where[^1]}",
        };
        return Tidy(question) + "?";
    }

    [GeneratedRegex(@"^(?:that|who) (?:is|was|are|were) (?<det>the|an?) (?<rest>.+)$")]
    private static partial Regex CopulaPredicate();

    private static string Tidy(string text)
    {
        var t = ClaimClauses.Spaces().Replace(text, " ").Trim();
        t = SpaceBeforePunctuation().Replace(t, "$1");
        t = BrokenHyphen().Replace(t, "$1-$2");
        t = ModifiersBeforeADescription().Replace(t, m => m.Groups["article"].Value == "the"
            ? $"{m.Groups["det"].Value} {m.Groups["modifiers"].Value} "
            : $"{(m.Groups["article"].Value == "another" ? "another" : Articles.IndefiniteArticle(m.Groups["modifiers"].Value))} {m.Groups["modifiers"].Value} ");
        t = t.TrimEnd('.', ',', ';', ':', '?', ' ');
        return char.ToUpperInvariant(t[0]) + t[1..];
    }

    // "declared capital of the newly unified | the country in Southern Europe": the claim's modifiers of an object now
    // written as a description go into it, "the newly unified country in Southern Europe", "a newly unified country".
    // Only an adverb and a participle: "the band recorded a ballad" is a clause.
    [GeneratedRegex(PhrasePatterns.ObjectModifiers + " (?<article>the|a|an|another) ")]
    private static partial Regex ModifiersBeforeADescription();

    private NounPhrase Describe(VertexSnapshot vertex, int depth)
    {
        var head = Mention(vertex);
        var clauses = Clauses(vertex, depth);
        return new NounPhrase(head, RelativeTail(clauses, NounPhrases.IsPerson(vertex)));
    }

    private string Mention(VertexSnapshot vertex)
    {
        if (!mentionOrder.Contains(vertex.Id))
        {
            mentionOrder.Add(vertex.Id);
        }

        return names is not null && names.TryGetValue(vertex.Id, out var n) ? n.Mention : QuestionGrammar.Head(vertex);
    }

    private string Reference(VertexSnapshot vertex) =>
        names is not null && names.TryGetValue(vertex.Id, out var n) ? n.Reference : "the " + NounPhrases.WithoutArticle(QuestionGrammar.Head(vertex));

    private static bool IsDescribed(VertexSnapshot vertex) => vertex.Claims.Count > 0;

    /// <summary>
    /// The vertex's claims as clauses, ordered so that a description with clauses of its own comes last
    /// (its clauses then cannot be mistaken for the vertex's): the last such description is written
    /// in place, earlier ones (and any too deep or too long) are mentioned and described in a "where" part.
    /// </summary>
    private List<Clause> Clauses(VertexSnapshot vertex, int depth)
    {
        // A description in subject place ("the organisation that a country that … joined") would nest too deep to read:
        // a relation read from its target's page mentions a described target and describes it in a "where" part.
        var nestedClaims = vertex.Claims.Where(c => c.TargetVertexId is { } id && IsDescribed(Vertex(id)) && ClaimClauses.FormOf(c) != Form.Object).ToList();
        var inlineClaim = nestedClaims.Count > 0 ? nestedClaims[^1] : null;

        // Written in the order they will stand ("whose …", "such that …", "that …", the description last),
        // so that vertices are counted ("another", "a second") in the order a reader meets them.
        var order = vertex.Claims.Where(c => !ReferenceEquals(c, inlineClaim)).OrderBy(c => ClaimClauses.FormOf(c) switch { Form.Possessive => 0, Form.Other => 1, Form.Object => 3, _ => 2 }).ToList();
        var simple = new List<Clause>();
        Clause? nested = null;
        foreach (var claim in inlineClaim is null ? order : order.Append(inlineClaim))
        {
            NounPhrase? target = null;
            var isName = false;
            if (claim.TargetVertexId is { } childId)
            {
                var child = Vertex(childId);
                if (!IsDescribed(child))
                {
                    target = new NounPhrase(Mention(child), "");
                }
                else if (ReferenceEquals(claim, inlineClaim) && Inline(child, depth) is { } described)
                {
                    target = described;
                }
                else
                {
                    Defer(child);
                    target = new NounPhrase(Mention(child), "");
                }
            }
            else if (claim.Target is { Length: > 0 } name)
            {
                target = new NounPhrase(TargetWriter.NameAsWritten(claim, name), "");
                isName = true;
            }

            var clause = ClaimClauses.ToClause(claim, target, isName, QuestionGrammar.Head(vertex));
            if (target is { Tail.Length: > 0 })
            {
                nested = clause;
            }
            else
            {
                simple.Add(clause);
            }
        }

        // "is a fungus" about "a fungus" says nothing the head does not; keep it only when it is all there is.
        var informative = simple.Where(c => !ClaimClauses.RestatesHead(c, QuestionGrammar.Head(vertex))).ToList();
        if (informative.Count > 0 || nested is not null)
        {
            simple = informative;
        }

        return nested is null ? simple : [.. simple, nested];
    }

    /// <summary>The child's description written in place, or null when it must move to a "where" part.</summary>
    private NounPhrase? Inline(VertexSnapshot child, int depth)
    {
        if (deferred is not null)
        {
            return deferred.Contains(child.Id) ? null : Describe(child, depth + 1);
        }

        if (depth + 1 > QuestionGrammar.MaxInlineDepth)
        {
            return null;
        }

        var (deferredMark, mentionMark) = (deferredInOrder.Count, mentionOrder.Count);
        var described = Describe(child, depth + 1);
        if (WordCount(described.ToString()) <= QuestionGrammar.MaxInlineWords)
        {
            return described;
        }

        deferredInOrder.RemoveRange(deferredMark, deferredInOrder.Count - deferredMark);
        mentionOrder.RemoveRange(mentionMark, mentionOrder.Count - mentionMark);
        return null;
    }

    private void Defer(VertexSnapshot child)
    {
        if (!deferredInOrder.Contains(child.Id))
        {
            deferredInOrder.Add(child.Id);
        }
    }

    /// <summary>"that has three subspecies and was named by …", "whose wife was …", "who …".</summary>
    private static string RelativeTail(IReadOnlyList<Clause> clauses, bool person)
    {
        var pronoun = person ? "who" : "that";
        var segments = new List<string>();
        var verbal = new List<string>();
        foreach (var clause in clauses)
        {
            switch (clause.Form)
            {
                case Form.Verbal:
                    verbal.Add(clause.Body);
                    break;
                case Form.Possessive:
                    FlushVerbal();
                    segments.Add("whose " + clause.Body);
                    break;
                case Form.Object:
                    FlushVerbal();
                    segments.Add(ClaimClauses.ObjectRelative(clause.Body, person));
                    break;
                default:
                    FlushVerbal();
                    segments.Add("such that " + ClaimClauses.SubjectInto(clause.Body, person ? "this person" : "it"));
                    break;
            }
        }

        FlushVerbal();
        return JoinList(segments);

        void FlushVerbal()
        {
            if (verbal.Count > 0)
            {
                segments.Add($"{pronoun} {JoinList(verbal)}");
                verbal.Clear();
            }
        }
    }

    /// <summary>A moved description as a statement: "the football club was founded in 1878 and won …".</summary>
    private string WhereSentence(VertexSnapshot vertex)
    {
        var subject = Reference(vertex);
        var parts = new List<string>();
        var verbal = new List<string>();
        foreach (var clause in Clauses(vertex, 0))
        {
            switch (clause.Form)
            {
                case Form.Verbal:
                    verbal.Add(clause.Body);
                    break;
                case Form.Possessive:
                    FlushVerbal();
                    parts.Add($"{subject}'s {clause.Body}");
                    break;
                default:
                    FlushVerbal();
                    parts.Add(ClaimClauses.SubjectInto(clause.Body, subject));
                    break;
            }
        }

        FlushVerbal();
        return parts.Count == 1 ? parts[0] : $"{string.Join(", ", parts.Take(parts.Count - 1))}, and {parts[^1]}";

        void FlushVerbal()
        {
            if (verbal.Count > 0)
            {
                parts.Add($"{subject} {JoinList(verbal)}");
                verbal.Clear();
            }
        }
    }

    private static string JoinList(List<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        2 => $"{items[0]} and {items[1]}",
        _ => $"{string.Join(", ", items.Take(items.Count - 1))}, and {items[^1]}",
    };

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>
    /// A prefix cut from its word where a text was wrapped at a hyphen ("a semi- aquatic mammal", "non- avian", "post- Suez"); not a
    /// prefix left for a later word ("pre- and post-war", "mid- to late"), nor a dash between words ("glycogen- a form").
    /// </summary>
    [GeneratedRegex(@"\b((?i:non|semi|anti|pre|post|pro|sub|pseudo|proto|mid|multi|co|self|inter|intra|ultra|super|counter|neo|quasi|socio|trans|bi|tri|micro|macro|mono|poly|hyper|hypo|infra|meta|para|pan|high|low|long|short|full|half|cross|well|one|two|three|four|five|ten))- (?!(?:and|or|nor|to|but|as|through)\b)(\p{L})")]
    private static partial Regex BrokenHyphen();

    [GeneratedRegex(@"\s+([,;:.?!])")]
    private static partial Regex SpaceBeforePunctuation();
}
