using System.Globalization;
using DiploLens.Analysis;
using DiploLens.Documents;
using DiploLens.Search;
using Microsoft.Data.Sqlite;

namespace DiploLens.Storage.Sqlite;

/// <summary>
/// Search and trends over <c>articles_fts</c> and <c>article_terms</c> on one read connection. Matching and filtering
/// happen in SQL; scores (BM25 × recency), the page order and the language and month facets are computed from the
/// matched rows in memory, which is one pass and keeps the ranking formula engine-neutral (<see cref="Ranking"/>).
/// </summary>
internal static class SqliteSearch
{
    private const string DateFormat = "yyyy-MM-dd'T'HH:mm";

    // Column weights for bm25(): title, body, title_exact, body_exact. A title hit counts four body hits.
    private const string Bm25 = "bm25(articles_fts, 4.0, 1.0, 4.0, 1.0)";

    public static async Task<SearchResult> SearchAsync(SqliteConnection connection, SearchQuery query, SearchPaging paging, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await MatchAsync(connection, query, cancellationToken);
        var ranked = rows
            .Select(r => (r.Id, r.Language, r.Published, Score: r.Relevance * Ranking.Recency(r.Published, now)))
            .OrderByDescending(r => r.Score)
            .ThenByDescending(r => r.Published ?? DateTime.MinValue)
            .ThenBy(r => r.Id)
            .ToList();
        var page = ranked.Skip(paging.Offset).Take(paging.PageSize).ToList();
        var details = await DetailsAsync(connection, page.Select(p => p.Id).ToList(), cancellationToken);
        var terms = query.HighlightTerms.ToList();
        var items = page
            .Where(p => details.ContainsKey(p.Id))
            .Select(p =>
            {
                var d = details[p.Id];
                return new SearchHit(p.Id, d.Title, p.Language, d.Published, d.Source, d.Url, Math.Round(p.Score, 4), SnippetBuilder.Build(d.Body, terms), d.Story);
            })
            .ToList();

        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        foreach (var name in FacetNames.All)
        {
            facets[name] = [];
        }

        if (paging.WithFacets && rows.Count > 0)
        {
            facets[FacetNames.Language] = Top(rows.GroupBy(r => r.Language).Select(g => new FacetValue(g.Key, g.Key, g.Count())));
            facets[FacetNames.Month] = rows.Where(r => r.Published is not null)
                .GroupBy(r => r.Published!.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture))
                .Select(g => new FacetValue(g.Key, g.Key, g.Count()))
                .OrderByDescending(f => f.Value, StringComparer.Ordinal)
                .Take(24)
                .ToList();
            foreach (var (kind, values) in await TermFacetsAsync(connection, query, cancellationToken))
            {
                facets[kind] = values;
            }
        }

        return new SearchResult(ranked.Count, items, facets, query);
    }

    public static async Task<IReadOnlyList<TrendPoint>> TrendAsync(SqliteConnection connection, SearchQuery query, TrendInterval interval, CancellationToken cancellationToken)
    {
        var rows = await MatchAsync(connection, query, cancellationToken);
        var counts = rows.Where(r => r.Published is not null)
            .GroupBy(r => Ranking.PeriodStart(r.Published!.Value, interval))
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

    private sealed record Row(long Id, string Language, DateTime? Published, double Relevance);

    private static async Task<List<Row>> MatchAsync(SqliteConnection connection, SearchQuery query, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        var from = MatchedFrom(command, query, out var hasScore);
        command.CommandText = $"SELECT a.id, a.language, a.published_start, {(hasScore ? Bm25 : "0")} {from}";
        var rows = new List<Row>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            DateTime? published = reader.IsDBNull(2)
                ? null
                : DateTime.ParseExact(reader.GetString(2), DateFormat, CultureInfo.InvariantCulture);

            // FTS5's bm25() is lower-is-better (negative); the score is higher-is-better.
            rows.Add(new Row(reader.GetInt64(0), reader.GetString(1), published, -reader.GetDouble(3)));
        }

        return rows;
    }

    /// <summary>The FROM … WHERE … of the matched articles (aliased <c>a</c>), with its parameters added to <paramref name="command"/>.</summary>
    private static string MatchedFrom(SqliteCommand command, SearchQuery query, out bool hasScore)
    {
        var where = new List<string>();
        var positive = FtsExpression.Positive(query);
        hasScore = positive is not null;
        string from;
        if (positive is not null)
        {
            from = "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid";
            where.Add("articles_fts MATCH $match");
            command.Parameters.AddWithValue("$match", positive);
        }
        else
        {
            from = "FROM articles a";
            if (FtsExpression.Negative(query) is { } negative)
            {
                where.Add("a.id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH $exclude)");
                command.Parameters.AddWithValue("$exclude", negative);
            }
        }

        var filters = query.Filters;
        if (filters.Languages.Count > 0)
        {
            where.Add("a.language IN (" + string.Join(", ", filters.Languages.Select((l, i) => Parameter(command, $"$lang{i}", l))) + ")");
        }

        if (filters.From is not null)
        {
            where.Add("a.published_start >= " + Parameter(command, "$from", filters.From.Start.ToString(DateFormat, CultureInfo.InvariantCulture)));
        }

        if (filters.To is not null)
        {
            where.Add("a.published_start < " + Parameter(command, "$to", EndOf(filters.To).ToString(DateFormat, CultureInfo.InvariantCulture)));
        }

        if (filters.Sources.Count > 0)
        {
            where.Add("(" + string.Join(" OR ", filters.Sources.Select((s, i) =>
            {
                var p = Parameter(command, $"$source{i}", s.ToLowerInvariant());
                return $"instr(lower(a.source), {p}) > 0 OR instr(lower(coalesce(a.url, '')), {p}) > 0";
            })) + ")");
        }

        AddTermFilter(command, where, ArticleTerms.Topic, filters.Topics);
        AddTermFilter(command, where, ArticleTerms.Entity, filters.Entities);
        AddTermFilter(command, where, ArticleTerms.Story, filters.Stories);
        return from + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : string.Empty);
    }

    private static void AddTermFilter(SqliteCommand command, List<string> where, string kind, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        var alternatives = values.Select((v, i) =>
            $"(value = {Parameter(command, $"${kind}{i}", v)} OR folded = {Parameter(command, $"${kind}f{i}", TextFolder.Fold(v))})");
        where.Add($"a.id IN (SELECT article_id FROM article_terms WHERE kind = '{kind}' AND ({string.Join(" OR ", alternatives)}))");
    }

    private static string Parameter(SqliteCommand command, string name, object value)
    {
        command.Parameters.AddWithValue(name, value);
        return name;
    }

    private static async Task<Dictionary<string, IReadOnlyList<FacetValue>>> TermFacetsAsync(SqliteConnection connection, SearchQuery query, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        var from = MatchedFrom(command, query, out _);
        command.CommandText = $"""
            SELECT t.kind, t.value, min(t.label), count(*) FROM article_terms t
            WHERE t.kind IN ('{ArticleTerms.Source}', '{ArticleTerms.Topic}', '{ArticleTerms.Entity}') AND t.article_id IN (SELECT a.id {from})
            GROUP BY t.kind, t.value
            """;
        var byKind = new Dictionary<string, List<FacetValue>>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var kind = reader.GetString(0);
            if (!byKind.TryGetValue(kind, out var list))
            {
                byKind[kind] = list = [];
            }

            list.Add(new FacetValue(reader.GetString(1), reader.GetString(2), reader.GetInt32(3)));
        }

        // article_terms kinds are named like the facets they feed.
        return byKind.ToDictionary(k => k.Key, k => Top(k.Value), StringComparer.Ordinal);
    }

    private static IReadOnlyList<FacetValue> Top(IEnumerable<FacetValue> values) =>
        values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal).Take(FacetNames.MaxValues).ToList();

    private sealed record Details(string? Title, PartialDate? Published, string Source, string? Url, string Body, string? Story);

    private static async Task<Dictionary<long, Details>> DetailsAsync(SqliteConnection connection, IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        var details = new Dictionary<long, Details>();
        if (ids.Count == 0)
        {
            return details;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT a.id, a.title, a.published, a.source, a.url, f.body_exact,
                   (SELECT t.value FROM article_terms t WHERE t.article_id = a.id AND t.kind = '{ArticleTerms.Story}' LIMIT 1)
            FROM articles a JOIN articles_fts f ON f.rowid = a.id
            WHERE a.id IN ({string.Join(", ", ids.Select((id, i) => Parameter(command, $"$id{i}", id)))})
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
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

        return details;
    }

    /// <summary>The first instant after the period a partial date denotes.</summary>
    internal static DateTime EndOf(PartialDate date) => date.Precision switch
    {
        DatePrecision.Year => date.Start.AddYears(1),
        DatePrecision.Month => date.Start.AddMonths(1),
        DatePrecision.Day => date.Start.AddDays(1),
        _ => date.Start.AddMinutes(1),
    };
}
