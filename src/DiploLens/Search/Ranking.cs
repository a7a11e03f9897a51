namespace DiploLens.Search;

/// <summary>
/// Final score = relevance × recency. Relevance is the engine's BM25 (higher better), with exact-diacritic matches
/// counted on top of folded ones. Recency lifts recent articles by up to half their relevance, halving every
/// <see cref="HalfLifeDays"/>; an undated article gets no lift (never a penalty beyond that), so undated corpora rank by BM25 alone.
/// </summary>
public static class Ranking
{
    public const double HalfLifeDays = 180;

    /// <summary>
    /// How many matches a search scores at most. A query matching more (a common word) scores only this many
    /// candidates — title matches first, then the newest — and lists the other matches after them, newest first: the
    /// relevance function reads each scored article's index entries, which is what made common words slow. Total and
    /// facets still count every match. Both engines apply it in the shared <c>SearchAssembly</c>.
    /// </summary>
    public const int RankedCandidates = 500;
    public const double MaxRecencyLift = 0.5;

    public static double Recency(DateTime? publishedStart, DateTimeOffset now)
    {
        if (publishedStart is null)
        {
            return 1;
        }

        var ageDays = Math.Max(0, (now.UtcDateTime - publishedStart.Value).TotalDays);
        return 1 + MaxRecencyLift * Math.Pow(0.5, ageDays / HalfLifeDays);
    }

    public static DateOnly PeriodStart(DateTime date, TrendInterval interval) => interval switch
    {
        TrendInterval.Day => DateOnly.FromDateTime(date),
        TrendInterval.Week => DateOnly.FromDateTime(date.AddDays(-(((int)date.DayOfWeek + 6) % 7))),
        _ => new DateOnly(date.Year, date.Month, 1),
    };

    public static DateOnly NextPeriod(DateOnly start, TrendInterval interval) => interval switch
    {
        TrendInterval.Day => start.AddDays(1),
        TrendInterval.Week => start.AddDays(7),
        _ => start.AddMonths(1),
    };
}
