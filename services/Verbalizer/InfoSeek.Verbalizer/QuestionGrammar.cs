using System.Text.RegularExpressions;
using InfoSeek.Contracts;
using InfoSeek.Domain;

namespace InfoSeek.Verbalizer;

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
public static partial class QuestionGrammar
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
        var plan = new Renderer(tree, deferred: null, names: null);
        plan.Render(roots[0]);
        var names = Names(plan.MentionOrder.Select(plan.Vertex).ToList());
        return new Renderer(tree, plan.DeferredInOrder.ToHashSet(), names).Render(roots[0]);
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
        foreach (var group in mentioned.GroupBy(v => Phrases.WithoutArticle(Head(v)).ToLowerInvariant()))
        {
            var members = group.ToList();
            for (var i = 0; i < members.Count; i++)
            {
                var head = Head(members[i]);
                var bare = head switch { "someone" or "somebody" => "person", "something" => "thing", _ => Phrases.WithoutArticle(head) };
                names[members[i].Id] = (members.Count, i) switch
                {
                    (1, _) => (head, head.StartsWith("the ", StringComparison.Ordinal) ? head : "the " + bare),
                    (_, 0) => (head, $"the first {bare}"),
                    (2, _) => ($"another {bare}", $"the other {bare}"),
                    _ => ($"{Phrases.IndefiniteArticle(OrdinalWord(i + 1))} {OrdinalWord(i + 1)} {bare}", $"the {OrdinalWord(i + 1)} {bare}"),
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
    private static string Head(VertexSnapshot vertex) =>
        Phrases.CleanDescriptor(vertex.TypeDescriptor) ?? (Phrases.IsPerson(vertex) ? "someone" : "something");

    private static string JoinList(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        2 => $"{items[0]} and {items[1]}",
        _ => $"{string.Join(", ", items.Take(items.Count - 1))}, and {items[^1]}",
    };

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private enum Form
    {
        /// <summary>"A was named by B": the predicate follows "that"/"who".</summary>
        Verbal,

        /// <summary>"A's body length is …": follows "whose".</summary>
        Possessive,

        /// <summary>The vertex is not the claim's subject ("B named A"): follows "such that".</summary>
        Other,
    }

    /// <param name="Body">The claim without its subject (Verbal, Possessive) or with "A" still in it (Other).</param>
    private sealed record Clause(Form Form, string Body);

    /// <summary>A noun phrase split where relative clauses attach: "a person" + "who was born in …".</summary>
    private sealed record NounPhrase(string Head, string Tail)
    {
        public override string ToString() => Tail.Length == 0 ? Head : $"{Head} {Tail}";
    }

    private sealed class Renderer(TreeSnapshot tree, HashSet<int>? deferred, Dictionary<int, (string Mention, string Reference)>? names)
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
            var person = Phrases.IsPerson(root);
            var phrase = Describe(root, 0);
            var head = Phrases.CleanDescriptor(root.TypeDescriptor) is null ? (person ? "the person" : "the entity") : phrase.Head;
            var question = $"{(person ? "Who" : "What")} is {new NounPhrase(head, phrase.Tail)}";

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

        private static string Tidy(string text)
        {
            var t = Spaces().Replace(text, " ").Trim();
            t = SpaceBeforePunctuation().Replace(t, "$1");
            t = t.TrimEnd('.', ',', ';', ':', '?', ' ');
            return char.ToUpperInvariant(t[0]) + t[1..];
        }

        private NounPhrase Describe(VertexSnapshot vertex, int depth)
        {
            var head = Mention(vertex);
            var clauses = Clauses(vertex, depth);
            return new NounPhrase(head, RelativeTail(clauses, Phrases.IsPerson(vertex)));
        }

        private string Mention(VertexSnapshot vertex)
        {
            if (!mentionOrder.Contains(vertex.Id))
            {
                mentionOrder.Add(vertex.Id);
            }

            return names is not null && names.TryGetValue(vertex.Id, out var n) ? n.Mention : Head(vertex);
        }

        private string Reference(VertexSnapshot vertex) =>
            names is not null && names.TryGetValue(vertex.Id, out var n) ? n.Reference : "the " + Phrases.WithoutArticle(Head(vertex));

        private static bool IsDescribed(VertexSnapshot vertex) => vertex.Claims.Count > 0;

        /// <summary>
        /// The vertex's claims as clauses, ordered so that a description with clauses of its own comes last
        /// (its clauses then cannot be mistaken for the vertex's): the last such description is written
        /// in place, earlier ones (and any too deep or too long) are mentioned and described in a "where" part.
        /// </summary>
        private List<Clause> Clauses(VertexSnapshot vertex, int depth)
        {
            var nestedClaims = vertex.Claims.Where(c => c.TargetVertexId is { } id && IsDescribed(Vertex(id))).ToList();
            var inlineClaim = nestedClaims.Count > 0 ? nestedClaims[^1] : null;

            // Written in the order they will stand ("whose …", "such that …", "that …", the description last),
            // so that vertices are counted ("another", "a second") in the order a reader meets them.
            var order = vertex.Claims.Where(c => !ReferenceEquals(c, inlineClaim)).OrderBy(c => FormOf(c.Text) switch { Form.Possessive => 0, Form.Other => 1, _ => 2 }).ToList();
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
                    target = new NounPhrase(NameAsWritten(claim, name), "");
                    isName = true;
                }

                var clause = ToClause(claim.Text, target, isName, Head(vertex));
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
            var informative = simple.Where(c => !RestatesHead(c, Head(vertex))).ToList();
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

            if (depth + 1 > MaxInlineDepth)
            {
                return null;
            }

            var (deferredMark, mentionMark) = (deferredInOrder.Count, mentionOrder.Count);
            var described = Describe(child, depth + 1);
            if (WordCount(described.ToString()) <= MaxInlineWords)
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
                    default:
                        FlushVerbal();
                        segments.Add("such that " + SubjectInto(clause.Body, person ? "this person" : "it"));
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
                        parts.Add(SubjectInto(clause.Body, subject));
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
    }

    private static bool RestatesHead(Clause clause, string head) =>
        clause.Form == Form.Verbal && (clause.Body.Equals("is " + head, StringComparison.OrdinalIgnoreCase) || clause.Body.Equals("was " + head, StringComparison.OrdinalIgnoreCase));

    private static string SubjectInto(string body, string subject) => ClaimText.Substitute(body, subject, null);

    /// <summary>
    /// The claim as a clause about its subject, with the target written in: "A was named by B" →
    /// (Verbal, "was named by a person …"); "A's wife was B" → (Possessive, "wife was a British artist").
    /// </summary>
    private static Clause ToClause(string claim, NounPhrase? target, bool isName, string head)
    {
        var text = Spaces().Replace(claim, " ").Trim();
        var form = FormOf(text);
        var body = form switch
        {
            Form.Possessive => text[(text.IndexOf(' ', StringComparison.Ordinal) + 1)..],
            Form.Verbal => WithoutRepeatedType(text[2..], head),
            _ => text,
        };
        return new Clause(form, WriteTarget(body, target, isName));
    }

    private static Form FormOf(string claim) =>
        claim.StartsWith("A's ", StringComparison.Ordinal) || claim.StartsWith("A' ", StringComparison.Ordinal) ? Form.Possessive
        : claim.StartsWith("A ", StringComparison.Ordinal) ? Form.Verbal
        : Form.Other;

    /// <summary>"is a town in B" about "a town" → "is in B": the clause need not repeat the type it is attached to.</summary>
    private static string WithoutRepeatedType(string body, string head)
    {
        foreach (var verb in new[] { "is ", "was " })
        {
            var prefix = verb + head + " ";
            if (body.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && body[prefix.Length..].Split(' ')[0] is "in" or "on" or "at" or "near" or "within")
            {
                return verb + body[prefix.Length..];
            }
        }

        return body;
    }

    /// <summary>
    /// Writes the target in place of "B", keeping the clause's own determiners and titles:
    /// "is a B" + "an American politician" → "is an American politician"; "in the B" + "a Christian mission" →
    /// "in the Christian mission"; "was the eighth B" + "the head" → "was the eighth head"; "succeeded Colonel B" +
    /// "a senior commander" → "succeeded a Colonel (a senior commander)".
    /// </summary>
    private static string WriteTarget(string body, NounPhrase? target, bool isName)
    {
        var words = body.Split(' ').ToList();
        var at = words.FindIndex(w => TargetToken().IsMatch(w));
        if (at < 0)
        {
            return body;
        }

        var suffix = words[at][1..];
        var phrase = target ?? new NounPhrase("something", "");
        var before = words.Take(at).ToList();
        string written;
        if (isName || !Phrases.StartsWithDeterminer(phrase.Head))
        {
            if (before.Count > 0 && Phrases.IsDeterminerOrPossessive(before[^1])
                && (Phrases.StartsWithDeterminer(phrase.Head) || (!isName && phrase.Head is "someone" or "something")))
            {
                before.RemoveAt(before.Count - 1);
            }
            else if (isName && before.Count > 0 && Phrases.IsIndefiniteArticle(before[^1]))
            {
                // "called for an B" + "Competition law": the article goes with the name as written.
                before[^1] = Phrases.IndefiniteArticle(phrase.Head);
            }

            written = phrase.ToString();
        }
        else
        {
            var (start, modifiers) = Phrases.NounRunBefore(words, at);
            var determinerBefore = start > 0 && Phrases.IsDeterminerOrPossessive(words[start - 1]);
            if (start == at)
            {
                // Right after a verb, preposition or determiner.
                if (determinerBefore && Phrases.IsIndefiniteArticle(words[start - 1]))
                {
                    before.RemoveAt(before.Count - 1);
                    written = phrase.ToString();
                }
                else
                {
                    // "the RAAF's newly established B": a participle after a determiner already opens the noun phrase.
                    var governed = start - 1;
                    while (governed > 0 && char.IsLower(words[governed][0]) && (words[governed].EndsWith("ed", StringComparison.Ordinal) || words[governed].EndsWith("ly", StringComparison.Ordinal)))
                    {
                        governed--;
                    }

                    var determinerBeforeParticiple = governed < start - 1 && Phrases.IsDeterminerOrPossessive(words[governed]);
                    written = (determinerBefore || determinerBeforeParticiple ? Phrases.WithoutArticle(phrase.Head) : phrase.Head) + Tail(phrase);
                }
            }
            else if (modifiers && determinerBefore)
            {
                // "the eighth B", "a cosmological B": the clause's determiner and modifiers lead the target's noun.
                written = Phrases.WithoutArticle(phrase.Head) + Tail(phrase);
                if (Phrases.IsIndefiniteArticle(before[start - 1]))
                {
                    before[start - 1] = Phrases.IndefiniteArticle(before[start]);
                }
            }
            else if (words.Skip(start).Take(at - start).All(w => Phrases.WithoutArticle(phrase.Head).Split(' ').Contains(w)))
            {
                // "physicist B" + "a Danish physicist": the target's type already says it.
                before.RemoveRange(start, at - start);
                if (determinerBefore && Phrases.IsIndefiniteArticle(words[start - 1]))
                {
                    before.RemoveAt(start - 1);
                }

                written = (determinerBefore && before.Count == start ? Phrases.WithoutArticle(phrase.Head) : phrase.Head) + Tail(phrase);
            }
            else
            {
                // A role or title before the name ("Colonel B", "former Beatles drummer B"): the target in brackets.
                if (!determinerBefore && !words[at - 1].EndsWith('s'))
                {
                    before.Insert(start, Phrases.IndefiniteArticle(before[start]));
                }

                written = $"({phrase.Head}){Tail(phrase)}";
            }
        }

        return string.Join(' ', before.Append(written + suffix).Concat(words.Skip(at + 1)));
    }

    /// <summary>
    /// A named target as its evidence sentence writes it: "three goals" for "Goal (ice hockey)", "Manchester
    /// United" for "Manchester United F.C.", the whole list "Ara, Triangulum Australe and Circinus" for
    /// "Circinus"; the title without its disambiguation when the sentence does not show it after the claim's words.
    /// </summary>
    private static string NameAsWritten(TreeClaim claim, string title)
    {
        var bare = Titles.WithoutDisambiguation(title);
        var text = claim.Text;
        var b = text.IndexOf(" B", StringComparison.Ordinal);
        var sentence = claim.Evidence.Sentence;
        var lead = text.StartsWith("A ", StringComparison.Ordinal) || text.StartsWith("A's ", StringComparison.Ordinal) ? text.IndexOf(' ', StringComparison.Ordinal) + 1 : 0;
        if (b < lead || string.IsNullOrEmpty(sentence))
        {
            return bare;
        }

        var prefix = text[lead..b];
        var at = prefix.Length == 0 ? -1 : sentence.IndexOf(prefix + " ", StringComparison.Ordinal);
        if (at < 0)
        {
            return bare;
        }

        var rest = sentence[(at + prefix.Length + 1)..].TrimStart('"', '“', '‘', '\'');
        var whole = rest.IndexOf(bare, StringComparison.OrdinalIgnoreCase);
        if (whole >= 0 && whole <= 60 && rest[..whole].IndexOfAny(['.', ';', ':', '(', ')']) < 0)
        {
            return ToWordEnd(rest, whole + bare.Length).TrimEnd(',');
        }

        // Word by word while the sentence's words begin like the title's: "goals" for "Goal", "Manchester United" for "Manchester United F.C.".
        var titleWords = bare.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var restWords = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var matched = 0;
        while (matched < titleWords.Length && matched < restWords.Length && SameWordStart(restWords[matched], titleWords[matched]))
        {
            matched++;
        }

        return matched == 0 ? bare : string.Join(' ', restWords.Take(matched)).TrimEnd(',', '.', ';', ':', '"', '”', '’');
    }

    private static bool SameWordStart(string written, string title)
    {
        var w = written.TrimEnd(',', '.', ';', ':', '"', '”', '’');
        var stem = title.Length > 4 ? title[..4] : title;
        return w.StartsWith(stem, StringComparison.OrdinalIgnoreCase) && w.Length <= title.Length + 3;
    }

    private static string ToWordEnd(string text, int end)
    {
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return text[..end];
    }

    private static string Tail(NounPhrase phrase) => phrase.Tail.Length == 0 ? "" : " " + phrase.Tail;

    [GeneratedRegex(@"^B(?:'s|[,.;:])?$")]
    private static partial Regex TargetToken();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s+([,;:.?!])")]
    private static partial Regex SpaceBeforePunctuation();
}
