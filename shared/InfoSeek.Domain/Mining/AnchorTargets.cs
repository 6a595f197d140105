using System.Text.RegularExpressions;
using InfoSeek.Domain.English;

namespace InfoSeek.Domain.Mining;

/// <summary>
/// Whether a link's anchor names the page it links to, so that B can stand for what the sentence says: the title
/// itself, the title without its disambiguation, a redirect, or a short form of the title ("Truman"). A piped link
/// whose words name something else ("The Jolly Banker" linked to the recordings it appears on, "Indian" linked to
/// India, "heraldic" to Heraldry) gives no relation, and neither does an anchor that is only part of a longer name
/// ("the Church of [England]", "[Manitoba]-based", "[Carnatic music]ians").
/// </summary>
internal static partial class AnchorTargets
{
    internal static bool Names(string anchor, string linkTarget, string target, Func<string, string?> resolve)
    {
        var a = Normal(anchor);
        if (a.Length == 0)
        {
            return false;
        }

        var bare = Titles.WithoutDisambiguation(target);
        if (a == Normal(target) || a == Normal(bare) || a == Normal(linkTarget) || (resolve(anchor) is { } redirect && redirect == target))
        {
            return true;
        }

        // A short form: every word of a capitalised anchor is a word of the title ("Lendl", "Canterbury Cathedral").
        var titleWords = Normal(bare).Split(' ').ToHashSet();
        return char.IsUpper(anchor.TrimStart()[0]) && a.Split(' ').All(titleWords.Contains);
    }

    /// <summary>The anchor is not a piece of a longer name or word around it.</summary>
    internal static bool StandsAlone(string sentence, int start, int length)
    {
        var end = start + length;
        if (end < sentence.Length && (char.IsLetter(sentence[end]) || (sentence[end] == '-' && end + 1 < sentence.Length && char.IsLetter(sentence[end + 1]))))
        {
            return false;
        }

        return !NameOfBefore().IsMatch(sentence.AsSpan(0, start))
            && !Idiom().Matches(sentence).Any(m => m.Index <= start && end <= m.Index + m.Length);
    }

    /// <summary>
    /// "nationalized the British [Petroleum] (BP)", "the [United States] Army": a capitalised word right before or after
    /// the anchor, inside the sentence, continues the name, so B would be the word the name only borrows. A title before
    /// a person ("President [Reagan]"), a month before a date's subject, and words of the target's own title
    /// ("British [Army]" linked to British Army) do not count. Plain-text corpora place their links by matching titles,
    /// which finds such pieces of longer names.
    /// </summary>
    internal static bool InsideLongerName(string sentence, int start, int length, string target)
    {
        // A lowercase anchor ("American [alternative rock] band", "Catholic [recusants]") is a noun the word before modifies;
        // after a name of two words or more it ends that name: "the Milky Way [galaxy]" is one galaxy, not galaxies.
        if (!char.IsUpper(sentence[start]))
        {
            return NameOfTwoWordsBefore().IsMatch(sentence.AsSpan(0, start));
        }

        // Only a one-word anchor borrows from the word before: "fellow Frenchman [René Arnoux]", "the French [Croix de
        // guerre]" name the target whole.
        var before = WordBefore().Match(sentence, 0, start);
        if (!sentence.AsSpan(start, length).Contains(' ') && before.Success && before.Index > 0 && !EndsClause(sentence, before.Index) && Continues(before.Groups[1].Value, target)
            && !TitlesBeforeAName.Contains(before.Groups[1].Value.TrimEnd('.')))
        {
            return true;
        }

        var after = WordAfter().Match(sentence, start + length);
        return after.Success && Continues(after.Groups[1].Value, target);
    }

    private static bool Continues(string word, string target) =>
        word != "I" && !Dates.Months.Contains(word) && !word.EndsWith("'s", StringComparison.Ordinal) && !word.EndsWith("’s", StringComparison.Ordinal)
        && !word.EndsWith("s'", StringComparison.Ordinal)
        && !PartsOfAPlace.Contains(word) && !target.Contains(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>"a country in Western [Asia]", "a compound in Central [Jakarta]", "on the River [Rhine]": a part of the place, which lies in it, or the kind of place it is.</summary>
    private static readonly HashSet<string> PartsOfAPlace =
    [
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Greater", "Upper",
        "Lower", "Inner", "Outer", "Northeast", "Northwest", "Southeast", "Southwest", "Northeastern", "Northwestern",
        "Southeastern", "Southwestern", "Mainland", "Coastal", "Rural", "Metropolitan", "River",
    ];

    /// <summary>The word at <paramref name="wordStart"/> opens a sentence or clause, where any word is capitalised.</summary>
    private static bool EndsClause(string sentence, int wordStart)
    {
        var i = wordStart - 1;
        while (i >= 0 && sentence[i] is ' ' or '"' or '“' or '(')
        {
            i--;
        }

        return i < 0 || sentence[i] is ':' or ';' or '.' or '!' or '?' or '—';
    }

    private static readonly HashSet<string> TitlesBeforeAName =
    [
        "President", "Vice", "Prime", "Minister", "King", "Queen", "Emperor", "Empress", "Prince", "Princess", "Duke",
        "Duchess", "Earl", "Count", "Countess", "Lord", "Lady", "Sir", "Dame", "Saint", "St", "Pope", "General", "Admiral",
        "Colonel", "Captain", "Major", "Lieutenant", "Sergeant", "Marshal", "Governor", "Senator", "Chancellor", "Bishop",
        "Archbishop", "Cardinal", "Father", "Brother", "Sister", "Dr", "Mr", "Mrs", "Ms", "Professor", "Judge", "Justice",
        "Tsar", "Czar", "Sultan", "Shah", "Caliph", "Pharaoh", "Chief", "Rabbi", "Imam", "Reverend", "Rev", "Premier",
        "Commander", "Mayor", "Ambassador", "Secretary", "Representative", "Congressman", "Crown", "Apostle", "Prophet",
        "Chairman", "Leader", "Democrat", "Republican", "Conservative", "Liberal", "Labour", "Socialist", "Communist", "Field", "Rear", "Grand", "Holy", "Blessed", "Kaiser", "Tsarina", "Maharaja", "Raja", "Khan",
        "Consul", "Dictator", "Generalissimo", "Ayatollah", "Sheikh", "Emir", "Regent", "Viceroy", "Baron", "Baroness",
        "Marquess", "Viscount", "Coach", "Uncle", "Aunt", "Sen", "Gen", "Col", "Capt", "Lt", "Adm", "Gov", "Pres", "Cpt",
    ];

    // The capitalised word right before the anchor, one space between.
    [GeneratedRegex(@"\w \p{Lu}[\w'’-]+ \p{Lu}[\w'’-]+ $")]
    private static partial Regex NameOfTwoWordsBefore();

    [GeneratedRegex(@"(?<![\w'’.-])(\p{Lu}[\w'’.-]*) $", RegexOptions.RightToLeft)]
    private static partial Regex WordBefore();

    // The capitalised word right after the anchor, one space between.
    [GeneratedRegex(@"\G (\p{Lu}[\w'’-]*)")]
    private static partial Regex WordAfter();

    private static string Normal(string s)
    {
        var t = s.Trim().Trim('"', '\'', '“', '”').ToLowerInvariant();
        t = t.StartsWith("the ", StringComparison.Ordinal) ? t[4..] : t;
        return t.EndsWith('s') && t.Length > 3 ? t[..^1] : t;
    }

    // "Tesla was stricken with illness time and time again": a word of a set phrase is no mention of the concept, though a
    // plain-text corpus whose links are placed by matching titles links it to Time.
    [GeneratedRegex(@"(?i)\b(?:time and time again|from time to time|at (?:the|that|this|one|a|the same|any) time|over time|in time|of all time|by the time|for a time|at times|in fact|in order to|in part|(?:took|take|takes|taking) place|in place of|in turn|of course|at one point|in light of|in spite of|in the end)\b")]
    private static partial Regex Idiom();

    // "the Church of " before the anchor: the anchor ends a longer name.
    [GeneratedRegex(@"\b[A-Z][\w'’.-]* of (?:the )?$")]
    private static partial Regex NameOfBefore();
}
