using System.Text.RegularExpressions;

namespace InfoSeek.Domain;

/// <summary>Why trees were rejected or failed, grouped by kind for reports and progress.</summary>
public static partial class RejectionReasons
{
    /// <summary>
    /// A reason without its particulars, so that reasons of one kind group together: quoted claims,
    /// parenthesised details and the entity of "blurring X" are dropped, numbers become N, and only
    /// the first two levels ("blurring: only identifying claims") are kept.
    /// </summary>
    public static string Category(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return "(no reason recorded)";
        }

        var text = NumberPattern().Replace(Parenthesised().Replace(Quoted().Replace(reason, ""), ""), "N");
        var parts = text.Split(": ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return reason.Trim();
        }

        if (parts[0].StartsWith("blurring ", StringComparison.Ordinal))
        {
            // A colon of the entity's own name ("X-Men: The Last Stand") is not a level of the reason, which opens in lower case.
            var level = 1;
            while (level < parts.Length - 1 && char.IsUpper(parts[level][0]))
            {
                level++;
            }

            parts = ["blurring", .. parts[level..]];
        }

        var category = parts.Length == 1 ? parts[0] : $"{parts[0]}: {parts[1]}";
        return string.Join(' ', category.Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', ',', ';', ':');
    }

    /// <summary>How many reasons fall in each category, categories in name order.</summary>
    public static IReadOnlyDictionary<string, int> Count(IEnumerable<string?> reasons) =>
        reasons.GroupBy(Category).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());

    [GeneratedRegex(@"(?<!\p{L})'.*?'(?!\p{L})")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"\d+")]
    private static partial Regex NumberPattern();
}
