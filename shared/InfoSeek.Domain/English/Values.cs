using System.Text.RegularExpressions;

namespace InfoSeek.Domain.English;

/// <summary>What makes a clause state a checkable value: a number, a date, a rank, a role or a name.</summary>
internal static partial class Values
{
    /// <summary>A date, a number, a rank, a role or a named place ("in Omaha").</summary>
    [GeneratedRegex(@"\b([0-9]+|first|largest|smallest|oldest|only|second|third|last|born|died|founded|established|built|launched|released|published|located|named|" + Dates.MonthNames + @"|century|one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion|appointed|elected|crowned|succeeded|promoted|served as|president|king|queen|captain|director|chairman|member)\b|\b(?:in|at|near|from) (?:the )?\p{Lu}\p{Ll}+")]
    internal static partial Regex SpecificFact();

    /// <summary>A value a claim can be checked by: a number, a month, a count, a rank, or a name after the first word.</summary>
    [GeneratedRegex(@"\b[0-9]+|\b(?:" + Dates.MonthNames + @"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|only|largest|smallest|oldest|youngest|highest|longest|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million|billion)\b|(?<=\S )\p{Lu}\p{Ll}+")]
    internal static partial Regex SpecificValue();
}
