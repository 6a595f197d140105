using System.Text.RegularExpressions;

namespace InfoSeek.Domain.English;

/// <summary>Month names, and the years, centuries and dates that say little as a link.</summary>
internal static partial class Dates
{
    /// <summary>The month names as a regex alternation, for every pattern that reads a date.</summary>
    internal const string MonthNames = "January|February|March|April|May|June|July|August|September|October|November|December";

    internal static readonly HashSet<string> Months = [.. MonthNames.Split('|')];

    /// <summary>"1907", "1960s", "19th century", "April 12": a year, a decade, a century or a date.</summary>
    [GeneratedRegex(@"^(\d{1,4}s?|\d{1,2}(st|nd|rd|th) century|(" + Dates.MonthNames + @")( \d{1,2})?)$")]
    internal static partial Regex YearCenturyOrDate();

    /// <summary>A day and month, a month and day, or a year: dates that hold whatever the scope ("born 26 January 1880").</summary>
    [GeneratedRegex(@"\b(?:\d{1,2} (?:" + MonthNames + @")|(?:" + MonthNames + @") \d{1,2}(?:st|nd|rd|th)?|(?:1[0-9]|20)\d{2}s?)\b")]
    internal static partial Regex DatesAndYears();

    /// <summary>"2 March", "March 2nd": a day of a year it does not give ("Wisconsin reached Yokosuka on 2 March").</summary>
    [GeneratedRegex(@"\b(?:\d{1,2} (?:" + MonthNames + @")|(?:" + MonthNames + @") \d{1,2}(?:st|nd|rd|th)?)\b")]
    internal static partial Regex DayAndMonth();

    [GeneratedRegex(@"\b(?:1\d|20)\d{2}\b")]
    internal static partial Regex Year();
}
