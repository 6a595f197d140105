using System.Text.RegularExpressions;

namespace InfoSeek.Domain;

public static partial class Titles
{
    /// <summary>"Grus (constellation)" → "Grus": the name as text mentions it.</summary>
    public static string WithoutDisambiguation(string title) => Disambiguation().Replace(title, "");

    [GeneratedRegex(@"\s*\([^)]*\)$")]
    private static partial Regex Disambiguation();
}
