using System.Text.RegularExpressions;

namespace InfoSeek.Domain;

public static partial class Titles
{
    /// <summary>"Grus (constellation)" → "Grus": the name as text mentions it.</summary>
    public static string WithoutDisambiguation(string title) => Disambiguation().Replace(title, "");

    /// <summary>The name a title gives its entity: without any bracket, up to its first comma ("Baltimore, Maryland" → "Baltimore").</summary>
    internal static string Name(string title) => English.PhrasePatterns.Parenthesis().Replace(title, "").Split(',')[0].Trim();

    [GeneratedRegex(@"\s*\([^)]*\)$")]
    private static partial Regex Disambiguation();
}
