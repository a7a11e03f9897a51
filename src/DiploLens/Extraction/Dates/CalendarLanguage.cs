namespace DiploLens.Extraction.Dates;

/// <summary>
/// The calendar words of one language (from CLDR): month and weekday names, lower-case, without trailing dots;
/// whether numeric dates put the day first; the word for "year" (<c>năm</c>, <c>année</c>).
/// </summary>
public sealed record CalendarLanguage(
    string Code,
    IReadOnlyDictionary<string, int> Months,
    IReadOnlyDictionary<string, DayOfWeek> Weekdays,
    bool DayFirst,
    IReadOnlyList<string> YearWords);
