using System.Text.RegularExpressions;

namespace InfoSeek.Domain;

/// <summary>
/// Claims are stored with the placeholders "A" (the vertex itself) and "B" (the related entity).
/// In the InfoSeek tree shape each placeholder becomes the letter of a vertex.
/// </summary>
public static partial class ClaimText
{
    // "a B-52 crash": a letter joined by a hyphen is part of a name, not a placeholder.
    [GeneratedRegex(@"\b(?<!-)([AB])\b(?!-)")]
    private static partial Regex Placeholder();

    /// <summary>Rewrites "A"/"B" into the given subject and target strings in one pass.</summary>
    public static string Substitute(string claim, string subject, string? target) =>
        Placeholder().Replace(claim, m => m.Value == "A" ? subject : target ?? m.Value);
}
