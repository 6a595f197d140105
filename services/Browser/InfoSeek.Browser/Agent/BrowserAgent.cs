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
        foreach (var span in sentences)
        {
            var sentence = page.Text.Substring(span.Start, span.Length);
            typeDescriptor ??= TypeDescriptorOf(sentence);
            var subject = SubjectLength(sentence, page.Title);
            if (subject == 0)
            {
                continue;
            }

            var evidence = new Evidence(page.Title, sentence, span.Start, span.Length);
            var links = page.Links.Where(l => l.Start >= span.Start + subject && l.Start + l.Length <= span.Start + span.Length).ToList();
            foreach (var link in links.DistinctBy(l => l.Target))
            {
                var resolved = resolve(link.Target);
                var target = resolved ?? link.Target;
                if (IsWeakTarget(target) || string.Equals(target, page.Title, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var text = Clause(sentence, subject, link.Start - span.Start, link.Length);
                if (text is not null)
                {
                    claims.Add(new ClaimCandidate(text, ClaimKind.Relation, target, resolved is not null, evidence));
                }
            }

            if (links.Count == 0 && SpecificFact().IsMatch(sentence[subject..]) && Clause(sentence, subject, -1, 0) is { } attribute)
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
    public static int SubjectLength(string sentence, string title)
    {
        var direct = SubjectAtStart(sentence, title);
        if (direct > 0)
        {
            return direct;
        }

        // "In 1836, it was described by ..." : a short opening phrase, then the subject.
        var comma = sentence.IndexOf(", ", StringComparison.Ordinal);
        if (comma > 0 && sentence[..comma].Split(' ').Length <= 6)
        {
            var after = SubjectAtStart(sentence[(comma + 2)..], title);
            return after > 0 ? comma + 2 + after : 0;
        }

        return 0;
    }

    private static int SubjectAtStart(string sentence, string title)
    {
        var bare = Disambiguation().Replace(title, "");
        foreach (var form in new[] { $"The {bare}", bare, $"The {LastWord(bare)}" }.Concat(Pronouns))
        {
            if (sentence.StartsWith(form, StringComparison.OrdinalIgnoreCase)
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
        var end = anchorStart >= 0 ? anchorInRest + 1 : rest.IndexOfAny([',', ';', ':', '(', '.']);
        var clause = (end < 0 ? rest : rest[..end]).Trim();
        if (anchorStart >= 0 && (clause.IndexOfAny([',', ';', ':', '(', ')', '"']) >= 0 || clause.Split(' ').Length > MaxRelationWords + 1))
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

    [GeneratedRegex(@"\s*\([^)]*\)$")]
    private static partial Regex Disambiguation();

    [GeneratedRegex(@"\b(1[0-9]{3}|20[0-9]{2}|[0-9]+(\.[0-9]+)?\s*(km|m|kg|%|million|billion|species|subspecies)|first|largest|only|second|third)\b")]
    private static partial Regex SpecificFact();

    [GeneratedRegex(@"\b(is|was|are|were)\s+(?<det>an?|the|one of the)\s+(?<type>[^,;:()]+?)(?=\s+(that|which|who|in|of the|from|by|located|based|for)\b|[,;:().]|$)")]
    private static partial Regex TypeCopula();

    [GeneratedRegex(@"^(\d{1,4}s?|\d{1,2}(st|nd|rd|th) century|(January|February|March|April|May|June|July|August|September|October|November|December)( \d{1,2})?)$")]
    private static partial Regex WeakTarget();
}
