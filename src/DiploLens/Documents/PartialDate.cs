using System.Globalization;

namespace DiploLens.Documents;

/// <summary>How much of a date is known.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
    Minute,
}

/// <summary>
/// A calendar date known to a precision: <c>2023-12</c> is a month, <c>2020-11-05T14:06</c> a minute.
/// Unknown parts are 1 (month, day) or 0 (hour, minute) and must be ignored below the precision.
/// </summary>
public sealed record PartialDate(int Year, int Month, int Day, int Hour, int Minute, DatePrecision Precision)
    : IComparable<PartialDate>
{
    public static PartialDate OfYear(int year) => new(year, 1, 1, 0, 0, DatePrecision.Year);

    public static PartialDate OfMonth(int year, int month) => new(year, month, 1, 0, 0, DatePrecision.Month);

    public static PartialDate OfDay(int year, int month, int day) => new(year, month, day, 0, 0, DatePrecision.Day);

    public static PartialDate OfMinute(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, DatePrecision.Minute);

    /// <summary>The first instant the date can denote, for sorting and range filters.</summary>
    public DateTime Start => new(Year, Month, Day, Hour, Minute, 0, DateTimeKind.Unspecified);

    /// <summary>ISO 8601 text at the date's precision: <c>2023</c>, <c>2023-12</c>, <c>2023-12-05</c>, <c>2023-12-05T14:06</c>.</summary>
    public string ToIso() => Precision switch
    {
        DatePrecision.Year => Year.ToString("0000", CultureInfo.InvariantCulture),
        DatePrecision.Month => $"{Year:0000}-{Month:00}",
        DatePrecision.Day => $"{Year:0000}-{Month:00}-{Day:00}",
        _ => $"{Year:0000}-{Month:00}-{Day:00}T{Hour:00}:{Minute:00}",
    };

    public int CompareTo(PartialDate? other) => other is null ? 1 : Start.CompareTo(other.Start);

    public override string ToString() => ToIso();

    /// <summary>Reads the ISO forms written by <see cref="ToIso"/> (a trailing seconds or zone part is accepted and dropped).</summary>
    public static bool TryParseIso(string? text, out PartialDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim();
        int year, month = 1, day = 1, hour = 0, minute = 0;
        if (s.Length < 4 || !int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out year))
        {
            return false;
        }

        var precision = DatePrecision.Year;
        if (s.Length >= 7 && s[4] == '-' && int.TryParse(s.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out month))
        {
            precision = DatePrecision.Month;
            if (s.Length >= 10 && s[7] == '-' && int.TryParse(s.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out day))
            {
                precision = DatePrecision.Day;
                if (s.Length >= 16 && (s[10] == 'T' || s[10] == ' ') && s[13] == ':'
                    && int.TryParse(s.AsSpan(11, 2), NumberStyles.None, CultureInfo.InvariantCulture, out hour)
                    && int.TryParse(s.AsSpan(14, 2), NumberStyles.None, CultureInfo.InvariantCulture, out minute))
                {
                    precision = DatePrecision.Minute;
                }
            }
            else if (s.Length > 7 && s[7] != '-')
            {
                return false;
            }
        }
        else if (s.Length > 4 && s[4] != '-')
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59)
        {
            return false;
        }

        date = new PartialDate(year, month, day, hour, minute, precision);
        return true;
    }
}
