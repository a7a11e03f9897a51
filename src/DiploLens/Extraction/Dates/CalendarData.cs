using System.Text.Json;
using DiploLens.Analysis;

namespace DiploLens.Extraction.Dates;

/// <summary>
/// Month and weekday names per language, read from <c>dates/calendar.json</c> (generated from CLDR by
/// <c>scripts/generate-calendar-data.py</c>). A language the file lacks, or an unknown one, gets the union of all
/// languages (vi, fr, en winning clashes; weekday abbreviations left out), day-first.
/// </summary>
public sealed class CalendarData
{
    private const string DataPath = "dates/calendar.json";
    private static readonly string[] FallbackLanguages = ["vi", "fr", "en"];
    private static readonly Lazy<CalendarData> EmbeddedData = new(() => Load(DataFiles.Embedded));
    private readonly Dictionary<string, CalendarLanguage> languages;

    private CalendarData(Dictionary<string, CalendarLanguage> languages)
    {
        this.languages = languages;
        // vi, fr, en first so their names win a clash; then every other language the data covers.
        Fallback = Merge("und", FallbackLanguages.Where(languages.ContainsKey).Select(c => languages[c])
            .Concat(languages.Values.Where(l => !FallbackLanguages.Contains(l.Code))).ToList());
    }

    public static CalendarData Embedded => EmbeddedData.Value;

    /// <summary>The codes the data file covers.</summary>
    public IReadOnlyCollection<string> Languages => languages.Keys;

    /// <summary>The calendar used when the language is unknown or not covered.</summary>
    public CalendarLanguage Fallback { get; }

    public static CalendarData Load(DataFiles files)
    {
        using var stream = files.Open(DataPath);
        using var json = JsonDocument.Parse(stream);
        var result = new Dictionary<string, CalendarLanguage>(StringComparer.OrdinalIgnoreCase);
        foreach (var language in json.RootElement.GetProperty("languages").EnumerateObject())
        {
            var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var index = 1;
            foreach (var names in language.Value.GetProperty("months").EnumerateArray())
            {
                foreach (var name in names.EnumerateArray())
                {
                    months.TryAdd(name.GetString()!, index);
                }

                index++;
            }

            var weekdays = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase);
            index = 0;
            foreach (var names in language.Value.GetProperty("weekdays").EnumerateArray())
            {
                foreach (var name in names.EnumerateArray())
                {
                    weekdays.TryAdd(name.GetString()!, (DayOfWeek)index);
                }

                index++;
            }

            var yearWord = language.Value.TryGetProperty("yearWord", out var y) && y.ValueKind == JsonValueKind.String ? y.GetString() : null;
            result[language.Name] = new CalendarLanguage(
                language.Name,
                months,
                weekdays,
                language.Value.GetProperty("dayFirst").GetBoolean(),
                yearWord is null ? [] : [yearWord]);
        }

        return new CalendarData(result);
    }

    /// <summary>The calendar of <paramref name="language"/> (an ISO 639-1 code, or a tag such as <c>fr-FR</c>), else <see cref="Fallback"/>.</summary>
    public CalendarLanguage For(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return Fallback;
        }

        var code = language.Trim();
        var dash = code.IndexOfAny(['-', '_']);
        if (dash > 0)
        {
            code = code[..dash];
        }

        return languages.TryGetValue(code, out var found) ? found : Fallback;
    }

    private static CalendarLanguage Merge(string code, IReadOnlyList<CalendarLanguage> parts)
    {
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var weekdays = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase);
        var yearWords = new List<string>();
        foreach (var part in parts)
        {
            foreach (var (name, month) in part.Months)
            {
                months.TryAdd(name, month);
            }

            foreach (var (name, day) in part.Weekdays)
            {
                // Three-letter abbreviations clash across languages (fr "mar" = mardi, es "mar" = martes, en "mar" = March): keep full names only.
                if (name.Length > 3)
                {
                    weekdays.TryAdd(name, day);
                }
            }

            yearWords.AddRange(part.YearWords);
        }

        return new CalendarLanguage(code, months, weekdays, DayFirst: true, yearWords.Distinct().ToList());
    }
}
