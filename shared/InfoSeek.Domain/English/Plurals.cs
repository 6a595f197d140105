namespace InfoSeek.Domain.English;

internal static class Plurals
{
    /// <summary>The singular of a regular plural noun ("fishes" → "fish", "species" stays); a word that is no plural stays.</summary>
    internal static string Singular(string noun) =>
        noun is "species" or "series" || !noun.EndsWith('s') || noun.EndsWith("ss", StringComparison.Ordinal) || noun.EndsWith("us", StringComparison.Ordinal) || noun.EndsWith("is", StringComparison.Ordinal) ? noun
        : noun.EndsWith("ies", StringComparison.Ordinal) ? noun[..^3] + "y"
        : noun.EndsWith("shes", StringComparison.Ordinal) || noun.EndsWith("ches", StringComparison.Ordinal) || noun.EndsWith("sses", StringComparison.Ordinal) || noun.EndsWith("xes", StringComparison.Ordinal) ? noun[..^2]
        : noun[..^1];
}
