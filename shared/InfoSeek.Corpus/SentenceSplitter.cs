namespace InfoSeek.Corpus;

/// <summary>A sentence as a span of the text it was split from (no leading or trailing whitespace).</summary>
public sealed record SentenceSpan(int Start, int Length);

/// <summary>
/// Rule-based English sentence splitter tuned for Wikipedia prose. A sentence ends at '.', '!', '?' or '…'
/// (plus any closing quotes or brackets) when breaking whitespace follows and the next word does not start
/// lower case; a full stop after a known abbreviation ("U.S.", "Dr.", "c.", "Jan.") or an initial
/// ("J. R. R. Tolkien") does not end a sentence. Line breaks always end one, because WikiExtractor writes
/// paragraphs and section headings ("History.") as separate lines.
/// </summary>
public static class SentenceSplitter
{
    // Compared case-insensitively with the word before the full stop (internal dots kept, final dot removed).
    // Dotted letter groups ("U.S.", "e.g.", "a.m.") and initials are recognised without a list.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        // Titles and ranks.
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "St", "Ste", "Mt", "Ft", "Jr", "Sr", "Rev", "Revd", "Hon", "Esq",
        "Gen", "Col", "Lt", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Cpl", "Gov", "Sen", "Rep", "Pres", "Fr", "Msgr", "Rt",
        // Scholarly shorthand that Wikipedia prose keeps: circa, born, died, reigned, floruit, versus.
        "c", "ca", "cf", "viz", "vs", "v", "b", "d", "r", "fl", "approx", "Ph.D",
        // Months.
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    // Abbreviations that only count as such before a number: "No. 18", "pp. 12–14", "Vol. 2".
    // Elsewhere ("The answer was no.") they are ordinary words.
    private static readonly HashSet<string> NumberAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "No", "Nos", "Vol", "Vols", "p", "pp", "ch", "chap", "sec", "fig", "figs", "op", "est", "ed",
    };

    // Route prefixes of American roads: "Bus. US 24", "Bus. M-28", "ALT US 41". They are abbreviations before a
    // route designation only ("took the bus. US troops ..." still ends).
    private static readonly HashSet<string> RouteAbbreviations = new(StringComparer.Ordinal) { "Bus", "BUS", "Byp", "BYP", "Alt", "ALT", "Conn", "Spur" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RouteAbbreviationLookup =
        RouteAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that almost only ever start a sentence. A dotted abbreviation followed by one of them ends the
    // sentence too: "...the southern border of the U.S. He conducted business..." (Andrew Jackson).
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "He", "She", "It", "They", "We", "I", "The", "This", "These", "Those", "There", "His", "Her", "Its", "Their",
        "However", "After", "In", "On", "At", "A", "An", "When", "During", "Although", "While", "Following",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceStarterLookup =
        SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberAbbreviationLookup =
        NumberAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private const string ClosingPunctuation = "\"'”’»)]}";
    private const string OpeningPunctuation = "\"'“‘«([{¿¡";

    public static IReadOnlyList<SentenceSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<SentenceSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Add(spans, text, start, i);
                start = i + 1;
                continue;
            }

            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            // Take the whole run of terminators and closing punctuation: "end." → ".", "?!", ".\")".
            var end = i + 1;
            while (end < text.Length && (text[end] is '.' or '!' or '?' or '…' || ClosingPunctuation.Contains(text[end])))
            {
                end++;
            }

            if (IsBoundary(text, i, end))
            {
                Add(spans, text, start, end);
                start = end;
            }

            i = end - 1;
        }

        Add(spans, text, start, text.Length);
        return spans;
    }

    /// <summary>Decides whether the terminator at <paramref name="at"/> (whose run ends before <paramref name="end"/>) ends a sentence.</summary>
    private static bool IsBoundary(string text, int at, int end)
    {
        // Breaking whitespace must follow: "3.5", "example.com" and "U.S" carry on. A no-break space
        // (as in "No. 18") says explicitly that the text must not be broken there.
        if (end < text.Length && !IsBreakingSpace(text[end]))
        {
            return false;
        }

        var next = end;
        while (next < text.Length && text[next] is ' ' or '\t')
        {
            next++;
        }

        if (next >= text.Length || text[next] is '\n' or '\r')
        {
            return true;
        }

        while (next < text.Length - 1 && OpeningPunctuation.Contains(text[next]))
        {
            next++;
        }

        // "e.g. the", "c. 1500" (see abbreviations) and "Fig. 3a": a lower-case continuation is never a new sentence.
        if (char.IsLower(text[next]))
        {
            return false;
        }

        return text[at] != '.' || !EndsWithAbbreviation(text, at, next);
    }

    /// <param name="dot">The full stop.</param>
    /// <param name="next">Start of the following word.</param>
    private static bool EndsWithAbbreviation(string text, int dot, int next)
    {
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, dot - wordStart).TrimStart('.');
        if (word.IsEmpty)
        {
            return false;
        }

        // An initial: "J." in "J. R. R. Tolkien", "George W. Bush". "I." is more often a regnal or ordinal
        // numeral ending a sentence ("World War I.", "Charles I."), so it is an initial only before another
        // initial ("I. M. Pei").
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return word[0] != 'I' || IsInitialAt(text, next);
        }

        if (IsDottedLetters(word))
        {
            return !SentenceStarterLookup.Contains(WordAt(text, next));
        }

        if (AbbreviationLookup.Contains(word))
        {
            return true;
        }

        // "the Local Government etc. (Scotland) Act 1994": a parenthesis after "etc." goes on with the name.
        if (word.Equals("etc", StringComparison.OrdinalIgnoreCase) && text.AsSpan(dot + 1, next - dot - 1).Contains('('))
        {
            return true;
        }

        return (NumberAbbreviationLookup.Contains(word) && char.IsDigit(text[next]))
            || (RouteAbbreviationLookup.Contains(word) && IsRouteAt(text, next));
    }

    /// <summary>A route designation: "M-28", "I-75", "US 24", "SR 3" (a word with a digit, or capitals and a number).</summary>
    private static bool IsRouteAt(string text, int i)
    {
        var end = i;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        var word = text.AsSpan(i, end - i);
        if (word.ContainsAnyInRange('0', '9'))
        {
            return true;
        }

        return word.Length is >= 1 and <= 3 && !word.ContainsAnyExceptInRange('A', 'Z') && end + 1 < text.Length && text[end] == ' ' && char.IsDigit(text[end + 1]);
    }

    private static ReadOnlySpan<char> WordAt(string text, int i)
    {
        var end = i;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(i, end - i);
    }

    private static bool IsInitialAt(string text, int i) =>
        i + 1 < text.Length && char.IsUpper(text[i]) && text[i + 1] == '.';

    private static bool IsDottedLetters(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var expectLetter = i % 2 == 0;
            if (expectLetter ? !char.IsLetter(word[i]) : word[i] != '.')
            {
                return false;
            }
        }

        return word.Length % 2 == 1;
    }

    private static bool IsBreakingSpace(char c) => char.IsWhiteSpace(c) && c is not ('\u00A0' or '\u202F' or '\u2007');

    private static void Add(List<SentenceSpan> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add(new SentenceSpan(start, end - start));
        }
    }
}
