using System.Text.RegularExpressions;

namespace InfoSeek.Domain.English;

/// <summary>Month names, and the years, centuries and dates that say little as a link.</summary>
internal static partial class Dates
{
    /// <summary>The month names as a regex alternation, for every pattern that reads a date.</summary>
    internal const string MonthNames = "January|February|March|April|May|June|July|August|September|October|November|December";

    /// <summary>"1907", "1960s", "19th century", "April 12": a year, a decade, a century or a date.</summary>
    [GeneratedRegex(@"^(\d{1,4}s?|\d{1,2}(st|nd|rd|th) century|(" + Dates.MonthNames + @")( \d{1,2})?)$")]
    internal static partial Regex YearCenturyOrDate();
}
