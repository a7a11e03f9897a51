using System.Globalization;
using System.Text.RegularExpressions;
using DiploLens.Documents;

namespace DiploLens.Extraction;

/// <summary>
/// Reads the publication date a source states outright: ISO forms (<c>2023-12</c>, <c>2020-11-05T14:06:00Z</c>) and
/// day-first numeric timestamps (<c>05/11/2020 14:06</c>, the form of Vietnamese and French sites). Dates written in
/// words, and dates in the text, are the date stage's work.
/// </summary>
public static partial class PublicationDateText
{
    public static PartialDate? TryRead(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (PartialDate.TryParseIso(text, out var iso))
        {
            return iso;
        }

        var match = DayFirst().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        if (match.Groups["h"].Success)
        {
            var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minute = int.Parse(match.Groups["min"].Value, CultureInfo.InvariantCulture);
            return hour < 24 && minute < 60 ? PartialDate.OfMinute(year, month, day, hour, minute) : PartialDate.OfDay(year, month, day);
        }

        return PartialDate.OfDay(year, month, day);
    }

    [GeneratedRegex(@"^(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4})(?:\s+(?<h>\d{1,2}):(?<min>\d{2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();
}
