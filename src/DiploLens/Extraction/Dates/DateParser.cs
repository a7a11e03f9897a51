using System.Collections.Concurrent;
using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using DiploLens.Documents;

namespace DiploLens.Extraction.Dates;

/// <summary>
/// Finds the dates written in a text (<c>mardi 23 novembre</c>, <c>ngày 04/11/2020</c>, <c>November 23, 2021</c>,
/// <c>tháng 11/2020</c>, <c>2023-2025</c>…) with their precision and span, and reads single date values from metadata.
/// Pure: the result depends only on the text and the <see cref="DateContext"/>. Thread-safe.
/// </summary>
public sealed partial class DateParser
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);
    private static readonly Lazy<DateParser> DefaultParser = new(() => new DateParser(CalendarData.Embedded));
    private readonly CalendarData calendar;
    private readonly ConcurrentDictionary<string, Patterns> patterns = new(StringComparer.OrdinalIgnoreCase);

    public DateParser(CalendarData calendar) => this.calendar = calendar;

    public static DateParser Default => DefaultParser.Value;

    /// <summary>Every date mention in <paramref name="text"/>, in text order, without overlaps (the more specific pattern wins).</summary>
    public IReadOnlyList<DateMention> FindMentions(string text, DateContext context) => FindMentions(text, new TextSpan(0, text.Length), context);

    /// <summary>The date mentions inside <paramref name="range"/> of <paramref name="text"/>; spans are offsets in <paramref name="text"/>.</summary>
    public IReadOnlyList<DateMention> FindMentions(string text, TextSpan range, DateContext context)
    {
        var language = calendar.For(context.Language);
        var set = patterns.GetOrAdd(language.Code, _ => Patterns.Build(language));
        var taken = new BitArray(range.Length);
        var found = new List<DateMention>();

        // Patterns run from most to least specific; a later pattern cannot claim characters an earlier one took.
        foreach (var (regex, kind) in set.Ordered)
        {
            Match match;
            try
            {
                match = regex.Match(text, range.Start, range.Length);
            }
            catch (RegexMatchTimeoutException)
            {
                continue;
            }

            for (; match.Success; match = NextOrNull(match))
            {
                if (Overlaps(taken, match.Index - range.Start, match.Length))
                {
                    continue;
                }

                var mention = Read(match, kind, language, context);
                if (mention is null)
                {
                    continue;
                }

                for (var i = match.Index - range.Start; i < match.Index - range.Start + match.Length; i++)
                {
                    taken[i] = true;
                }

                found.Add(mention);
            }
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    /// <summary>
    /// Reads one date value from metadata (<c>2016-06-23T10:00:00+02:00</c>, <c>Thu, 23 Jun 2016 10:00:00 GMT</c>,
    /// <c>23.06.2016</c>, <c>June 23, 2016</c>): the most precise mention with a year, the first on ties. The local date is kept
    /// as written (no time-zone conversion), since that is the date the publisher states.
    /// </summary>
    public PartialDate? ParseValue(string? value, DateContext context)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 200)
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length >= 8 && trimmed.All(char.IsAsciiDigit) && trimmed.Length == 8)
        {
            // 20160623
            return TryDay(trimmed, context);
        }

        if (trimmed.Length is 10 or 13 && trimmed.All(char.IsAsciiDigit) && long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch))
        {
            // Unix time in seconds or milliseconds.
            var instant = trimmed.Length == 10 ? DateTimeOffset.FromUnixTimeSeconds(epoch) : DateTimeOffset.FromUnixTimeMilliseconds(epoch);
            return instant.Year is > 1990 and < 2100 ? PartialDate.OfDay(instant.Year, instant.Month, instant.Day) : null;
        }

        // Java's Date.toString(): "Tue Jan 28 15:28:56 CET 2020".
        var java = JavaDate().Match(trimmed);
        if (java.Success && calendar.For("en").Months.TryGetValue(java.Groups["m"].Value.ToLowerInvariant(), out var javaMonth))
        {
            var (y, d) = (Int(java, "y"), Int(java, "d"));
            if (IsValid(y, javaMonth, d))
            {
                return PartialDate.OfMinute(y, javaMonth, d, Int(java, "h"), Int(java, "mi"));
            }
        }

        PartialDate? best = null;
        foreach (var mention in FindMentions(trimmed, context with { PublicationYear = null }))
        {
            if (mention.Kind == DateMentionKind.Term || mention.Rule.EndsWith("-year", StringComparison.Ordinal))
            {
                continue;
            }

            if (best is null || mention.Date.Precision > best.Precision)
            {
                best = mention.Date;
            }
        }

        return best;
    }

    private static PartialDate? TryDay(string digits, DateContext context)
    {
        var year = int.Parse(digits.AsSpan(0, 4), CultureInfo.InvariantCulture);
        var month = int.Parse(digits.AsSpan(4, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(digits.AsSpan(6, 2), CultureInfo.InvariantCulture);
        return IsValid(year, month, day) && year > 1900 && year <= context.Reference.Year + 1 ? PartialDate.OfDay(year, month, day) : null;
    }

    private static Match NextOrNull(Match match)
    {
        try
        {
            return match.NextMatch();
        }
        catch (RegexMatchTimeoutException)
        {
            return Match.Empty;
        }
    }

    private static bool Overlaps(BitArray taken, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (taken[i])
            {
                return true;
            }
        }

        return false;
    }

    private static DateMention? Read(Match m, PatternKind kind, CalendarLanguage language, DateContext context)
    {
        var span = new TextSpan(m.Index, m.Index + m.Length);
        switch (kind)
        {
            case PatternKind.Term:
            {
                var first = Int(m, "y1");
                var last = Int(m, "y2");
                return last > first && last - first <= 100
                    ? new DateMention(span, PartialDate.OfYear(first), PartialDate.OfYear(last), DateMentionKind.Term, "year-term")
                    : null;
            }

            case PatternKind.Iso:
            {
                var (y, mo, d) = (Int(m, "y"), Int(m, "m"), Int(m, "d"));
                return Dated(span, y, mo, d, m, "iso");
            }

            case PatternKind.IsoMonth:
            {
                var (y, mo) = (Int(m, "y"), Int(m, "m"));
                return mo is >= 1 and <= 12 ? new DateMention(span, PartialDate.OfMonth(y, mo), null, DateMentionKind.Date, "iso-month") : null;
            }

            case PatternKind.Numeric:
            {
                var (a, b) = (Int(m, "a"), Int(m, "b"));
                var y = Int(m, "y");
                if (m.Groups["y"].Length == 2)
                {
                    y += y <= (context.Reference.Year % 100) + 1 ? 2000 : 1900;
                }

                var (day, month) = DayMonth(a, b, language.DayFirst);
                return Dated(span, y, month, day, m, "numeric");
            }

            case PatternKind.NamedDayMonth:
            case PatternKind.NamedMonthDay:
            {
                var month = language.Months.GetValueOrDefault(Normalise(m.Groups["m"].Value));
                var day = Int(m, "d");
                DayOfWeek? weekday = m.Groups["wd"].Success && language.Weekdays.TryGetValue(Normalise(m.Groups["wd"].Value), out var w) ? w : null;
                if (month == 0)
                {
                    return null;
                }

                if (m.Groups["y"].Success)
                {
                    return Dated(span, Int(m, "y"), month, day, m, "named");
                }

                return Yearless(span, month, day, weekday, m, context, "named");
            }

            case PatternKind.MonthYear:
            {
                var month = language.Months.GetValueOrDefault(Normalise(m.Groups["m"].Value));
                return month == 0 ? null : new DateMention(span, PartialDate.OfMonth(Int(m, "y"), month), null, DateMentionKind.Date, "named-month");
            }

            case PatternKind.NumericMonthYear:
            {
                var month = Int(m, "m");
                return month is >= 1 and <= 12 ? new DateMention(span, PartialDate.OfMonth(Int(m, "y"), month), null, DateMentionKind.Date, "numeric-month") : null;
            }

            case PatternKind.NumericDayMonth:
            {
                // 23/11 is a date only with a cue word before it (ngày, le, on…) or written with two digits each (04/11);
                // otherwise fractions and scores (1/2, 3/4) would become dates.
                var (a, b) = (Int(m, "a"), Int(m, "b"));
                if (!m.Groups["cue"].Success && (m.Groups["a"].Length != 2 || m.Groups["b"].Length != 2))
                {
                    return null;
                }

                var (day, month) = DayMonth(a, b, language.DayFirst);
                var start = m.Groups["a"].Index;
                return Yearless(new TextSpan(start, m.Index + m.Length), month, day, null, m, context, "numeric");
            }

            case PatternKind.Year:
            {
                var year = Int(m, "y");
                return year <= context.Reference.Year + 10
                    ? new DateMention(span, PartialDate.OfYear(year), null, DateMentionKind.Date, "year")
                    : null;
            }

            default:
                return null;
        }
    }

    private static (int Day, int Month) DayMonth(int a, int b, bool dayFirst) =>
        a > 12 ? (a, b) : b > 12 ? (b, a) : dayFirst ? (a, b) : (b, a);

    private static DateMention? Dated(TextSpan span, int year, int month, int day, Match m, string rule)
    {
        if (!IsValid(year, month, day))
        {
            return null;
        }

        if (m.Groups["h"].Success && m.Groups["mi"].Success)
        {
            var (h, mi) = (Int(m, "h"), Int(m, "mi"));
            if (h < 24 && mi < 60)
            {
                return new DateMention(span, PartialDate.OfMinute(year, month, day, h, mi), null, DateMentionKind.Date, rule);
            }
        }

        return new DateMention(span, PartialDate.OfDay(year, month, day), null, DateMentionKind.Date, rule);
    }

    /// <summary>
    /// A day and month without a year: with a weekday, the latest year not after the reference date in which that date
    /// falls on that weekday; else the publication year when known; else the latest year in which the date is not after
    /// the reference date.
    /// </summary>
    private static DateMention? Yearless(TextSpan span, int month, int day, DayOfWeek? weekday, Match m, DateContext context, string rule)
    {
        if (month is < 1 or > 12 || day < 1 || day > 31)
        {
            return null;
        }

        var reference = context.Reference;
        if (weekday is { } wd)
        {
            for (var year = reference.Year; year >= reference.Year - 60; year--)
            {
                if (IsValid(year, month, day) && new DateOnly(year, month, day) <= reference && new DateOnly(year, month, day).DayOfWeek == wd)
                {
                    return Dated(span, year, month, day, m, rule + "-weekday-year");
                }
            }
        }

        if (context.PublicationYear is { } published && IsValid(published, month, day))
        {
            return Dated(span, published, month, day, m, rule + "-publication-year");
        }

        for (var year = reference.Year; year >= reference.Year - 8; year--)
        {
            if (IsValid(year, month, day) && new DateOnly(year, month, day) <= reference)
            {
                return Dated(span, year, month, day, m, rule + "-reference-year");
            }
        }

        return null;
    }

    private static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Normalise(string name) => Regex.Replace(name.Trim().TrimEnd('.'), @"\s+", " ").ToLowerInvariant();

    [GeneratedRegex(@"^[A-Za-z]{3} (?<m>[A-Za-z]{3}) (?<d>\d{1,2}) (?<h>\d{2}):(?<mi>\d{2}):\d{2} [A-Z]{2,5} (?<y>\d{4})$", RegexOptions.ExplicitCapture)]
    private static partial Regex JavaDate();

    private enum PatternKind
    {
        NamedDayMonth,
        NamedMonthDay,
        Iso,
        Numeric,
        Term,
        IsoMonth,
        MonthYear,
        NumericMonthYear,
        NumericDayMonth,
        Year,
    }

    private sealed record Patterns(IReadOnlyList<(Regex Regex, PatternKind Kind)> Ordered)
    {
        private const string L = @"(?<![\p{L}\p{N}])";
        private const string R = @"(?![\p{L}\p{N}])";
        private const string Year = @"(?:1[89]|20)\d{2}";
        private const string Time = @"(?:,?\s*(?:-|à|at|um|lúc|vers|,)?\s*(?<h>[01]?\d|2[0-3])\s?[:h]\s?(?<mi>[0-5]\d)(?!\d))?";

        public static Patterns Build(CalendarLanguage language)
        {
            var months = Alternation(language.Months.Keys);
            var weekdays = Alternation(language.Weekdays.Keys);
            var yearWords = string.Join("|", new[] { "de", "năm", "of" }.Concat(language.YearWords).Distinct().Select(Regex.Escape));
            var weekday = $@"(?:{L}(?<wd>{weekdays})\.?,?\s+(?:(?:le|ngày|the|den|el|il)\s+)?)?";
            var list = new List<(string, PatternKind)>
            {
                ($@"{weekday}{L}(?<d>[0-3]?\d)(?:er|st|nd|rd|th|\.|º)?\s*(?:(?:de|of|tháng)\s+)?(?<m>{months}){R}\.?(?:,?\s+(?:(?:{yearWords})\s+)?(?<y>{Year})(?!\d)|/(?<y>{Year})(?!\d))?{Time}", PatternKind.NamedDayMonth),
                ($@"{weekday}{L}(?<m>{months}){R}\.?\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?{R}(?:,?\s+(?<y>{Year})(?!\d))?{Time}", PatternKind.NamedMonthDay),
                ($@"{L}(?<y>{Year})-(?<m>[01]?\d)-(?<d>[0-3]?\d)(?!\d)(?:[T\s](?<h>[01]\d|2[0-3]):(?<mi>[0-5]\d))?", PatternKind.Iso),
                ($@"{L}(?<y>{Year})/(?<m>[01]?\d)/(?<d>[0-3]?\d)(?!\d)(?:[T\s](?<h>[01]\d|2[0-3]):(?<mi>[0-5]\d))?", PatternKind.Iso),
                ($@"(?<y>{Year})\s?年\s?(?<m>[01]?\d)\s?月\s?(?<d>[0-3]?\d)\s?日(?:\s*(?<h>[01]?\d|2[0-3])[:時](?<mi>[0-5]\d))?", PatternKind.Iso),
                ($@"{L}(?<a>[0-3]?\d)(?<sep>[/.-])(?<b>[0-3]?\d)\k<sep>(?<y>{Year}|\d{{2}})(?![\d.]\d){Time}", PatternKind.Numeric),
                ($@"{L}(?<y1>{Year})\s*[-–—]\s*(?<y2>{Year}){R}", PatternKind.Term),
                ($@"{L}(?<y>{Year})-(?<m>0[1-9]|1[0-2])(?![\d-])", PatternKind.IsoMonth),
                ($@"{L}(?<m>{months}){R}\.?(?:,?\s+(?:(?:{yearWords})\s+)?|/)(?<y>{Year})(?!\d)", PatternKind.MonthYear),
                ($@"{L}(?<m>0?[1-9]|1[0-2])/(?<y>{Year})(?!\d)", PatternKind.NumericMonthYear),
                ($@"(?<cue>{L}(?:ngày|hôm|le|du|au|on|từ|đến|am|vom)\s+)?{L}(?<a>[0-3]?\d)/(?<b>[01]?\d)(?![\d/])", PatternKind.NumericDayMonth),
                ($@"{L}(?<!\d[.,])(?<y>{Year})(?![\p{{L}}\p{{N}}]|[.,]\d|\s*%)", PatternKind.Year),
            };
            const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture;
            return new Patterns(list.Select(p => (new Regex(p.Item1, options, MatchTimeout), p.Item2)).ToList());
        }

        private static string Alternation(IEnumerable<string> names) =>
            string.Join("|", names.OrderByDescending(n => n.Length).Select(n => Regex.Escape(n).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));
    }
}
