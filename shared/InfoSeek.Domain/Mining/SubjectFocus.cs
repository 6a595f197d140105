using InfoSeek.Domain.English;

namespace InfoSeek.Domain.Mining;

/// <summary>
/// Whether a pronoun ("He") or a type noun ("The album") can only mean the page's entity: the previous sentence was
/// about the entity and nothing that could be meant instead has come up since it was last named, neither a name
/// (a capitalised word that is not part of the entity's title) nor a relative ("his father"). A clause about the
/// entity by a name always counts; one by a pronoun or type noun counts only then. Read sentence by sentence, in order.
/// </summary>
internal sealed class SubjectFocus(string title)
{
    private readonly HashSet<string> nameWords = new(
        Titles.WithoutDisambiguation(title).Split([' ', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', '\'', '’', '"')),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the last sentence read left the entity as the only thing a pronoun can mean.</summary>
    private bool onEntity;

    /// <summary>The clause starts of the sentence whose subject can only be the entity; then moves on past the sentence.</summary>
    public List<ClauseStart> Keep(string sentence, List<ClauseStart> starts)
    {
        var kept = new List<ClauseStart>();
        for (var i = 0; i < starts.Count; i++)
        {
            var start = starts[i];
            var allowed = !start.Dependent
                || (i == 0 ? onEntity && !HasOtherCandidate(sentence, 0, start.Offset) : kept.Count > 0 && !HasOtherCandidate(sentence, kept[^1].Offset, start.Offset));
            if (allowed)
            {
                kept.Add(start);
            }
            else if (i == 0)
            {
                // The sentence's own subject is uncertain, so are the clauses that go on from it.
                break;
            }
        }

        onEntity = kept.Count > 0 && kept[0] == starts[0] && !HasOtherCandidate(sentence, kept[^1].Offset, sentence.Length);
        return kept;
    }

    /// <summary>A word between the two offsets that a pronoun could mean instead of the entity.</summary>
    private bool HasOtherCandidate(string sentence, int from, int to)
    {
        var at = from;
        while (at < to)
        {
            var end = sentence.IndexOf(' ', at);
            end = end < 0 || end > to ? to : end;
            var word = sentence.AsSpan(at, end - at).Trim("\"'“”‘’(),;:.");
            if (word.Length > 0 && at > 0 && IsCandidate(word.ToString()))
            {
                return true;
            }

            at = end + 1;
        }

        return false;
    }

    private bool IsCandidate(string word) =>
        (char.IsUpper(word[0]) && !nameWords.Contains(word) && !Lexicon.Pronouns.Contains(word) && word != "I"
            && !Dates.Months.Contains(word) && !(word.EndsWith("'s", StringComparison.Ordinal) && nameWords.Contains(word[..^2])))
        || Lexicon.Kinship.Contains(word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word);
}
