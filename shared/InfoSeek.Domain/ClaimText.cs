using System.Text.RegularExpressions;

namespace InfoSeek.Domain;

/// <summary>
/// Claims are stored with the placeholders "A" (the vertex itself) and "B" (the related entity).
/// In the InfoSeek tree shape each placeholder becomes the letter of a vertex.
/// </summary>
/// <remarks>
/// The placeholder rule lives here, once. Its callers need it in slightly different shapes, each kept exactly:
/// <see cref="Placeholder"/> for substitution (a letter joined by a hyphen is no placeholder);
/// <see cref="StandalonePlaceholder"/> for the miner, which counts letters in raw corpus text and so also refuses
/// a letter next to an apostrophe or a point ("A's", "B.", "rated a B+" counts, "U.S.A." does not);
/// <see cref="TargetPlaceholder"/> for the question checks (any whole-word "B");
/// <see cref="TargetWord"/> for the question grammar, which tests one word of a claim split at spaces ("B", "B's", "B,");
/// <see cref="PlaceholderWithPossessive"/> for the satisfies matcher, which removes the entity's "'s" with its letter;
/// <see cref="SubjectPlaceholder"/> for a model's claim, which must be about the vertex ("A").
/// </remarks>
public static partial class ClaimText
{
    // "a B-52 crash": a letter joined by a hyphen is part of a name, not a placeholder.
    [GeneratedRegex(@"\b(?<!-)([AB])\b(?!-)")]
    public static partial Regex Placeholder();

    /// <summary>A standalone "A" or "B": not next to a letter, digit, apostrophe, point or hyphen.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}'’.-])[AB](?![\p{L}\p{N}'’.-])")]
    public static partial Regex StandalonePlaceholder();

    /// <summary>The target placeholder "B" as a whole word anywhere in a claim.</summary>
    [GeneratedRegex(@"\bB\b")]
    public static partial Regex TargetPlaceholder();

    /// <summary>One word of a claim that is the target placeholder, possibly possessive or before punctuation: "B", "B's", "B,".</summary>
    [GeneratedRegex(@"^B(?:'s|[,.;:])?$")]
    public static partial Regex TargetWord();

    /// <summary>"A" or "B" with a possessive "'s" ("A's ashes"): the "'s" is not a word a page must contain.</summary>
    [GeneratedRegex(@"\b[AB]\b(?:['’]s\b)?")]
    public static partial Regex PlaceholderWithPossessive();

    /// <summary>The vertex itself, "A", as a whole word.</summary>
    [GeneratedRegex(@"\bA\b")]
    public static partial Regex SubjectPlaceholder();

    /// <summary>Rewrites "A"/"B" into the given subject and target strings in one pass.</summary>
    public static string Substitute(string claim, string subject, string? target) =>
        Placeholder().Replace(claim, m => m.Value == "A" ? subject : target ?? m.Value);
}
