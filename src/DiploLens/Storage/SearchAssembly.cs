using System.Globalization;
using DiploLens.Documents;
using DiploLens.Search;

namespace DiploLens.Storage;

/// <summary>
/// The engine-neutral half of search: every engine finds the matches with their relevance (its own full-text index)
/// and the hits' details (its own tables); the filters, the score (relevance × <see cref="Ranking.Recency"/>), the
/// stable page order, the facets and the trends are computed here, once, so the engines keep the same semantics.
/// </summary>
internal static class SearchAssembly
{
    public sealed record Match(long Id, ArticleValues Values, double Relevance);

    public sealed record Details(string? Title, PartialDate? Published, string Source, string? Url, string Body, string? Story);

    /// <summary>The filters as one predicate; <paramref name="termSets"/> are the ids filed under each wanted topic/entity/story filter.</summary>
    public static Func<long, ArticleValues, bool> Filter(SearchFilters filters, IReadOnlyList<HashSet<long>> termSets)
    {
        var languages = filters.Languages.ToHashSet(StringComparer.Ordinal);
        DateTime? from = filters.From?.Start;
        DateTime? to = filters.To is null ? null : ArticleRow.EndOf(filters.To);
        var sources = filters.Sources.Select(s => s.ToLowerInvariant()).ToList();
        return (id, e) =>
            (languages.Count == 0 || languages.Contains(e.Language))
            && (from is null || (e.Published is { } p1 && p1 >= from))
            && (to is null || (e.Published is { } p2 && p2 < to))
            && (sources.Count == 0 || sources.Any(s => e.SourceLower.Contains(s, StringComparison.Ordinal) || (e.UrlLower?.Contains(s, StringComparison.Ordinal) ?? false)))
            && termSets.All(set => set.Contains(id));
    }

    /// <summary>The term filters of a query, by kind, in the order <see cref="Filter"/> expects their id sets.</summary>
    public static IEnumerable<(string Kind, IReadOnlyList<string> Wanted)> TermFilters(SearchFilters filters) =>
        new[] { (ArticleTerms.Topic, filters.Topics), (ArticleTerms.Entity, filters.Entities), (ArticleTerms.Story, filters.Stories) }
            .Where(f => f.Item2.Count > 0);

    public static async Task<SearchResult> AssembleAsync(
        SearchQuery query,
        SearchPaging paging,
        DateTimeOffset now,
        List<Match> rows,
        Func<IReadOnlyList<long>, Task<Dictionary<long, Details>>> details,
        Func<HashSet<long>, Task<Dictionary<string, IReadOnlyList<FacetValue>>>>? termFacets)
    {
        var ranked = rows
            .Select(r => (r.Id, r.Values, Score: r.Relevance * Ranking.Recency(r.Values.Published, now)))
            .OrderByDescending(r => r.Score)
            .ThenByDescending(r => r.Values.Published ?? DateTime.MinValue)
            .ThenBy(r => r.Id)
            .ToList();
        var page = ranked.Skip(paging.Offset).Take(paging.PageSize).ToList();
        var found = await details(page.Select(p => p.Id).ToList());
        var terms = query.HighlightTerms.ToList();
        var items = page
            .Where(p => found.ContainsKey(p.Id))
            .Select(p =>
            {
                var d = found[p.Id];
                return new SearchHit(p.Id, d.Title, p.Values.Language, d.Published, d.Source, d.Url, Math.Round(p.Score, 4), SnippetBuilder.Build(d.Body, terms), d.Story);
            })
            .ToList();

        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        foreach (var name in FacetNames.All)
        {
            facets[name] = [];
        }

        if (paging.WithFacets && rows.Count > 0)
        {
            facets[FacetNames.Language] = Top(rows.GroupBy(r => r.Values.Language).Select(g => new FacetValue(g.Key, g.Key, g.Count())));
            facets[FacetNames.Source] = Top(rows.GroupBy(r => r.Values.Site).Select(g => new FacetValue(g.Key, g.Key, g.Count())));
            facets[FacetNames.Month] = rows.Where(r => r.Values.Published is not null)
                .GroupBy(r => r.Values.Published!.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture))
                .Select(g => new FacetValue(g.Key, g.Key, g.Count()))
                .OrderByDescending(f => f.Value, StringComparer.Ordinal)
                .Take(24)
                .ToList();
            if (termFacets is not null)
            {
                foreach (var (kind, list) in await termFacets(rows.Select(r => r.Id).ToHashSet()))
                {
                    facets[kind] = list;
                }
            }
        }

        return new SearchResult(ranked.Count, items, facets, query);
    }

    /// <summary>Counts of term values over the matched articles, per kind (kinds are named like the facets they feed).</summary>
    public static Dictionary<string, IReadOnlyList<FacetValue>> TermFacets(IEnumerable<(long ArticleId, string Kind, string Value, string Label)> terms, HashSet<long> matched)
    {
        var counts = new Dictionary<(string Kind, string Value), (string Label, int Count)>();
        foreach (var (articleId, kind, value, label) in terms)
        {
            if (!matched.Contains(articleId))
            {
                continue;
            }

            var key = (kind, value);
            counts[key] = counts.TryGetValue(key, out var c) ? (c.Label, c.Count + 1) : (label, 1);
        }

        return counts.GroupBy(c => c.Key.Kind)
            .ToDictionary(g => g.Key, g => Top(g.Select(c => new FacetValue(c.Key.Value, c.Value.Label, c.Value.Count))), StringComparer.Ordinal);
    }

    /// <summary>
    /// Reads hit details from rows of (id, title, published, source, url, body, story id), the columns both engines
    /// select for the hits of a page.
    /// </summary>
    public static async Task ReadDetailsAsync(System.Data.Common.DbDataReader reader, Dictionary<long, Details> details, CancellationToken cancellationToken)
    {
        while (await reader.ReadAsync(cancellationToken))
        {
            PartialDate.TryParseIso(reader.IsDBNull(2) ? null : reader.GetString(2), out var published);
            details[reader.GetInt64(0)] = new Details(
                reader.IsDBNull(1) ? null : reader.GetString(1),
                published,
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? string.Empty : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6));
        }
    }

    public static IReadOnlyList<TrendPoint> Trend(List<Match> rows, TrendInterval interval)
    {
        var counts = rows.Where(r => r.Values.Published is not null)
            .GroupBy(r => Ranking.PeriodStart(r.Values.Published!.Value, interval))
            .ToDictionary(g => g.Key, g => g.Count());
        if (counts.Count == 0)
        {
            return [];
        }

        var points = new List<TrendPoint>();
        var last = counts.Keys.Max();
        for (var period = counts.Keys.Min(); period <= last; period = Ranking.NextPeriod(period, interval))
        {
            points.Add(new TrendPoint(period, counts.GetValueOrDefault(period)));
        }

        return points;
    }

    private static IReadOnlyList<FacetValue> Top(IEnumerable<FacetValue> values) =>
        values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal).Take(FacetNames.MaxValues).ToList();
}
