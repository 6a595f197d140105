using System.Text.RegularExpressions;

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

        return !NameOfBefore().IsMatch(sentence.AsSpan(0, start));
    }

    private static string Normal(string s)
    {
        var t = s.Trim().Trim('"', '\'', '“', '”').ToLowerInvariant();
        t = t.StartsWith("the ", StringComparison.Ordinal) ? t[4..] : t;
        return t.EndsWith('s') && t.Length > 3 ? t[..^1] : t;
    }

    // "the Church of " before the anchor: the anchor ends a longer name.
    [GeneratedRegex(@"\b[A-Z][\w'’.-]* of (?:the )?$")]
    private static partial Regex NameOfBefore();
}
