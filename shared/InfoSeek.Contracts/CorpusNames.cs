using System.Text.RegularExpressions;

namespace InfoSeek.Contracts;

/// <summary>What a corpus name may be: it is a configuration key, a query parameter and part of a run's settings.</summary>
public static partial class CorpusNames
{
    public const string Rule = "a corpus name is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";

    public static bool IsValid(string? name) => name is not null && Pattern().IsMatch(name);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex Pattern();
}
