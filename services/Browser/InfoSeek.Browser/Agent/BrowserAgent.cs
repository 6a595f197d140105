using InfoSeek.Domain;
using System.Text.RegularExpressions;
using InfoSeek.Contracts;
using InfoSeek.Corpus;

namespace InfoSeek.Browser.Agent;

/// <summary>What the Browser agent read from a page.</summary>
public sealed record BrowsedPage(string Title, string? TypeDescriptor, IReadOnlyList<ClaimCandidate> Claims);

/// <summary>
/// The deterministic Browser agent: mines a page's front part for claims about the page's own
/// entity. A sentence counts when its subject is the entity (its title, a short form, or a
/// pronoun); the subject becomes "A", a link's anchor becomes "B", and the claim keeps only the
/// clause that carries the relation. Every claim's evidence is the verbatim sentence.
/// </summary>
public static partial class BrowserAgent
{
    /// <summary>Claims are mined from the lead part of the page, where the defining facts are.</summary>
    public const int FrontSentences = 400;

    public const int MaxClaimWords = 16;

    /// <summary>A relation keeps only the words between the subject and the link: short relations are fuzzy, as they should be.</summary>
    public const int MaxRelationWords = 7;

    private static readonly string[] Pronouns = ["He", "She", "It", "They", "His", "Her", "Its", "Their"];

    /// <param name="resolve">Maps a link target to its corpus title (redirects followed), or null when it is not in the corpus.</param>
    public static BrowsedPage Browse(CorpusPage page, Func<string, string?> resolve)
    {
        var sentences = SentenceSplitter.Split(page.Text).Take(FrontSentences).ToList();
        var claims = new List<ClaimCandidate>();
        string? typeDescriptor = null;
        string? typeHead = null;
        foreach (var span in sentences)
        {
            var sentence = page.Text.Substring(span.Start, span.Length);
            if (typeDescriptor is null && (typeDescriptor = TypeDescriptorOf(sentence)) is not null)
            {
                typeHead = TypeHead(typeDescriptor);
            }

            var subject = SubjectLength(sentence, page.Title, typeHead);
            if (subject == 0)
            {
                continue;
            }

            var evidence = new Evidence(page.Title, sentence, span.Start, span.Length);
            var links = page.Links.Where(l => l.Start >= span.Start + subject && l.Start + l.Length <= span.Start + span.Length).ToList();
            for (var i = 0; i < links.Count; i++)
            {
                var link = links[i];
                var resolved = resolve(link.Target);
                var target = resolved ?? link.Target;
                if (IsWeakTarget(target) || string.Equals(target, page.Title, StringComparison.OrdinalIgnoreCase)
                    || claims.Any(c => c.Target == target && c.Evidence.Start == span.Start))
                {
                    continue;
                }

                // A link inside a list ("bordered by Ara, Triangulum Australe and Circinus"): the whole list becomes B.
                var first = i;
                while (first > 0 && IsListSeparator(page.Text, links[first - 1].Start + links[first - 1].Length, links[first].Start))
                {
                    first--;
                }

                var start = links[first].Start - span.Start;
                var length = link.Start + link.Length - links[first].Start;
                if (start > 0 && !IsAnchorBoundary(sentence[start - 1]))
                {
                    continue;
                }

                var text = Clause(sentence, subject, start, length);
                if (text is not null)
                {
                    claims.Add(new ClaimCandidate(text, ClaimKind.Relation, target, resolved is not null, evidence));
                }
            }

            // An attribute: the first clause after the subject, when it states something specific and holds no link.
            var firstEnd = ClauseEnd(sentence, subject);
            var firstLink = links.Count == 0 ? int.MaxValue : links[0].Start - span.Start;
            if ((firstEnd < 0 ? sentence.Length : firstEnd) <= firstLink
                && SpecificFact().IsMatch(firstEnd < 0 ? sentence[subject..] : sentence[subject..firstEnd])
                && Clause(sentence, subject, -1, 0) is { } attribute)
            {
                foreach (var variant in FuzzierVariants(attribute))
                {
                    claims.Add(new ClaimCandidate(variant, ClaimKind.Attribute, null, false, evidence));
                }
            }
        }

        return new BrowsedPage(page.Title, typeDescriptor, claims.DistinctBy(c => c.Text).ToList());
    }

    /// <summary>How many leading characters of the sentence name the page's entity; 0 when it is about something else.</summary>
    public static int SubjectLength(string sentence, string title) => SubjectLength(sentence, title, null);

    /// <param name="typeHead">Head noun of the page's type ("album"), so that "The album ..." counts as the subject.</param>
    private static int SubjectLength(string sentence, string title, string? typeHead)
    {
        var forms = SubjectForms(title, typeHead);
        var direct = SubjectAtStart(sentence, forms);
        if (direct == 0)
        {
            // "In 1836, it was described by ..." : a short opening phrase, then the subject.
            var comma = sentence.IndexOf(", ", StringComparison.Ordinal);
            if (comma > 0 && sentence[..comma].Split(' ').Length <= MaxOpeningWords)
            {
                var after = SubjectAtStart(sentence[(comma + 2)..], forms);
                direct = after > 0 ? comma + 2 + after : 0;
            }
        }

        return direct == 0 ? 0 : direct + Apposition(sentence, direct);
    }

    private const int MaxOpeningWords = 8;

    /// <summary>
    /// Name forms of the entity, longest first: the title (bare of its disambiguation, and quoted), the title
    /// before " of " or a comma ("Richard II", "Hannah Primrose"), the last word of a proper name ("Polk"),
    /// "The" + the last word or the type's head noun ("The toad", "The album").
    /// </summary>
    private static List<string> SubjectForms(string title, string? typeHead)
    {
        var bare = Titles.WithoutDisambiguation(title);
        var forms = new List<string> { $"The {bare}", bare, $"\"{bare}\"", $"The {LastWord(bare)}" };
        foreach (var cut in new[] { " of ", ", " })
        {
            var at = bare.IndexOf(cut, StringComparison.Ordinal);
            if (at > 0)
            {
                forms.Add(bare[..at]);
            }
        }

        var words = bare.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 2 && words.All(w => char.IsUpper(w[0]) || w is "of" or "de" or "von" or "van" or "al" || w.StartsWith("al-", StringComparison.Ordinal)))
        {
            var last = words[^1].TrimEnd('.');
            if (last.Length >= 3 && !last.All(char.IsUpper) && !RomanNumeral().IsMatch(last))
            {
                forms.Add(last);
            }
        }

        if (typeHead is not null)
        {
            forms.Add($"The {typeHead}");
        }

        return [.. forms.Distinct().OrderByDescending(f => f.Length)];
    }

    private static int SubjectAtStart(string sentence, List<string> forms)
    {
        foreach (var form in forms.Concat(Pronouns))
        {
            if (sentence.StartsWith(form, Pronouns.Contains(form) || form.StartsWith("The ", StringComparison.Ordinal) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)
                && sentence.Length > form.Length
                && (sentence[form.Length] == ' ' || sentence[form.Length] == ','))
            {
                // A possessive pronoun ("His wife ...") is not the subject itself.
                return form is "His" or "Her" or "Its" or "Their" ? 0 : form.Length;
            }
        }

        return 0;
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
    /// "A" + the sentence after its subject, with the anchor replaced by "B", cut at the end of the
    /// clause that holds the anchor (or at the first clause end, for an attribute), at most
    /// <see cref="MaxClaimWords"/> words. Null when the result is not a usable claim.
    /// </summary>
    private static string? Clause(string sentence, int subjectLength, int anchorStart, int anchorLength)
    {
        var rest = sentence[subjectLength..];
        var anchorInRest = anchorStart - subjectLength;
        if (anchorStart >= 0)
        {
            rest = string.Concat(rest.AsSpan(0, anchorInRest), "B", rest.AsSpan(anchorInRest + anchorLength));
        }

        // A relation ends at its link; an attribute at the end of its first clause.
        var end = anchorStart >= 0 ? anchorInRest + 1 : ClauseEnd(rest, 0);
        var clause = (end < 0 ? rest : rest[..end]).Replace("\"", "", StringComparison.Ordinal).Trim();
        if (anchorStart >= 0 && (clause.IndexOfAny([',', ';', ':', '(', ')']) >= 0 || clause.Split(' ').Length > MaxRelationWords + 1))
        {
            return null;
        }
        if (clause.StartsWith(',') || clause.Length == 0)
        {
            return null;
        }

        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words.Length > MaxClaimWords || words.Count(w => w is "A" or "B") > (anchorStart >= 0 ? 1 : 0))
        {
            return null;
        }

        return "A " + string.Join(' ', words);
    }

    /// <summary>
    /// The clause and up to two shorter prefixes of it that end on a content word: each is still
    /// true of the entity but admits more pages, which gives the blurring a choice of fuzziness.
    /// </summary>
    public static IEnumerable<string> FuzzierVariants(string clause)
    {
        yield return clause;
        var words = clause.Split(' ');
        var emitted = 0;
        for (var length = words.Length - 2; length >= MinVariantWords && emitted < 2; length -= 2)
        {
            if (!FunctionWords.Contains(words[length - 1].ToLowerInvariant()))
            {
                yield return string.Join(' ', words.Take(length));
                emitted++;
            }
        }
    }

    private const int MinVariantWords = 4;

    private static readonly HashSet<string> FunctionWords =
    [
        "a", "an", "the", "of", "in", "on", "at", "by", "to", "for", "with", "from", "and", "or", "as", "is", "was",
        "are", "were", "be", "been", "his", "her", "its", "their", "that", "which", "who", "not", "first", "than",
    ];

    /// <summary>"X is a species of bird in the family ..." → "a species of bird".</summary>
    public static string? TypeDescriptorOf(string leadSentence)
    {
        var m = TypeCopula().Match(leadSentence);
        if (!m.Success)
        {
            return null;
        }

        var words = m.Groups["type"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6);
        var type = $"{m.Groups["det"].Value.ToLowerInvariant()} {string.Join(' ', words)}".Trim();
        return type.Split(' ').Length >= 2 ? type : null;
    }

    /// <summary>Links the paper warns about: years, centuries and dates say little about the entity.</summary>
    public static bool IsWeakTarget(string target) => WeakTarget().IsMatch(target);

    private static string LastWord(string s) => s.Split(' ')[^1];

    [GeneratedRegex(@"\G(?:\s*\([^()]*\))?(?:,(?: also| or| formerly| better| commonly| officially| known)[^,;()]{0,80},)?(?=\s+(?:is|was|are|were|has|had|became|remains|served|lies|covers)\b)")]
    private static partial Regex AppositionPattern();

    [GeneratedRegex(@"^[IVXLC]+$")]
    private static partial Regex RomanNumeral();

    [GeneratedRegex(@"\b([0-9]+|first|largest|smallest|oldest|only|second|third|last|born|died|founded|established|built|launched|released|published|located|named|January|February|March|April|May|June|July|August|September|October|November|December|century|one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion)\b")]
    private static partial Regex SpecificFact();

    [GeneratedRegex(@"\b(is|was|are|were)\s+(?<det>an?|the|one of the)\s+(?<type>[^,;:()]+?)(?=\s+(that|which|who|in|of the|from|by|located|based|for)\b|[,;:().]|$)")]
    private static partial Regex TypeCopula();

    [GeneratedRegex(@"^(\d{1,4}s?|\d{1,2}(st|nd|rd|th) century|(January|February|March|April|May|June|July|August|September|October|November|December)( \d{1,2})?)$")]
    private static partial Regex WeakTarget();
}
