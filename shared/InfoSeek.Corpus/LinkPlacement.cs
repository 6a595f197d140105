using System.Text.RegularExpressions;

namespace InfoSeek.Corpus;

/// <summary>
/// Places the links a page lists without positions (a link table beside plain text, as in Wikispeedia) at their
/// mentions in the text: every whole-word occurrence of the target's title or of its form without a parenthetical
/// ("Mercury (planet)" → "Mercury"), case-insensitive for names of four characters or more. Longer names are
/// placed first and mentions never overlap. A listed link with no mention stays a page-level link
/// (<see cref="PageLink.IsPlaced"/> false): it counts in the link graph but gives no sentence a relation.
/// </summary>
public static partial class LinkPlacement
{
    /// <summary>Shorter names ("Io", "War") match only with their exact case.</summary>
    private const int MinCaseInsensitiveLength = 4;

    /// <summary>Adds the listed targets to <paramref name="links"/>; returns how many had no mention in the text.</summary>
    public static int Place(string text, IReadOnlyList<string> targets, List<PageLink> links)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(links);
        // "college football" on a page that lists both "Football (soccer)" and "American football": the bare form of a
        // disambiguated title is not placed when another listed title ends with it, since the mention may mean either.
        var names = targets
            .SelectMany(t => Names(t).Select(n => (Target: t, Name: n)))
            .Where(n => n.Name == n.Target || !targets.Any(o => o.EndsWith(" " + n.Name, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(n => n.Name.Length)
            .ThenBy(n => n.Name, StringComparer.Ordinal)
            .ToList();
        var taken = links.Where(l => l.IsPlaced).Select(l => (l.Start, End: l.Start + l.Length)).ToList();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (target, name) in names)
        {
            var comparison = name.Length >= MinCaseInsensitiveLength ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            for (var at = text.IndexOf(name, comparison); at >= 0; at = text.IndexOf(name, at + name.Length, comparison))
            {
                var end = at + name.Length;
                if (IsWordBoundary(text, at - 1) && IsWordBoundary(text, end) && !taken.Any(t => at < t.End && t.Start < end) && !NamesOtherPlace(text, end, target))
                {
                    taken.Add((at, end));
                    links.Add(new PageLink(target, text[at..end], at, name.Length));
                    placed.Add(target);
                }
            }
        }

        var unplaced = 0;
        foreach (var target in targets.Distinct(StringComparer.Ordinal).Where(t => !placed.Contains(t)))
        {
            links.Add(PageLink.PageLevel(target));
            unplaced++;
        }

        return unplaced;
    }

    /// <summary>The title and its form without a trailing parenthetical, each once.</summary>
    private static IEnumerable<string> Names(string title)
    {
        yield return title;
        var bare = TrailingParenthetical().Replace(title, "");
        if (bare.Length > 0 && bare != title)
        {
            yield return bare;
        }
    }

    /// <summary>
    /// "Birmingham, Alabama" on a page that links Birmingham in England: the mention and the state or province after it
    /// name another place than the target, unless the target's title names that region too.
    /// </summary>
    private static bool NamesOtherPlace(string text, int end, string target)
    {
        return RegionAt(text, end) is { } region && !target.Contains(region[2..], StringComparison.Ordinal);
    }

    /// <summary>", Ohio" when a US state, a Canadian province or an Australian state follows at <paramref name="end"/>; else null.</summary>
    public static string? RegionAt(string text, int end) => RegionAfter().Match(text, end) is { Success: true } region ? region.Value : null;

    private const string Regions = "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Ontario|Quebec|Nova Scotia|New Brunswick|Manitoba|British Columbia|Alberta|Saskatchewan|Newfoundland|New South Wales|Victoria|Queensland|Tasmania|Western Australia|South Australia";

    // ", Alabama", ", Ontario", ", New South Wales": a US state, a Canadian province or an Australian state after a place's name.
    [GeneratedRegex(@"\G, (" + Regions + @")\b")]
    private static partial Regex RegionAfter();

    private static bool IsWordBoundary(string text, int i) => i < 0 || i >= text.Length || !char.IsLetterOrDigit(text[i]);

    [GeneratedRegex(@"\s*\([^()]*\)$")]
    private static partial Regex TrailingParenthetical();
}
