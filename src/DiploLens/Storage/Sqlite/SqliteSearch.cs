using System.Globalization;
using DiploLens.Analysis;
using DiploLens.Documents;
using DiploLens.Search;
using Microsoft.Data.Sqlite;

namespace DiploLens.Storage.Sqlite;

/// <summary>
/// Search and trends over <c>articles_fts</c> and <c>article_terms</c> on one read connection. Matching and BM25 happen
/// in FTS5; filters, scores (BM25 × recency), the page order and the language, source and month facets are computed in
/// one pass over the matches with the in-memory <see cref="DocValues"/>, which keeps the ranking formula engine-neutral
/// (<see cref="Ranking"/>) and avoids a row lookup per match.
/// </summary>
internal static class SqliteSearch
{
    // Column weights for bm25(): title, body, title_exact, body_exact. A title hit counts four body hits.
    private const string Bm25 = "bm25(articles_fts, 4.0, 1.0, 4.0, 1.0)";

    public static async Task<SearchResult> SearchAsync(SqliteConnection connection, DocValues values, SearchQuery query, SearchPaging paging, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await MatchAsync(connection, values, query, cancellationToken);
        var ranked = rows
            .Select(r => (r.Id, r.Values, Score: r.Relevance * Ranking.Recency(r.Values.Published, now)))
            .OrderByDescending(r => r.Score)
            .ThenByDescending(r => r.Values.Published ?? DateTime.MinValue)
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
            if (values.HasLayerTerms)
            {
                foreach (var (kind, list) in await TermFacetsAsync(connection, rows.Select(r => r.Id).ToHashSet(), cancellationToken))
                {
                    facets[kind] = list;
                }
            }
        }

        return new SearchResult(ranked.Count, items, facets, query);
    }

    public static async Task<IReadOnlyList<TrendPoint>> TrendAsync(SqliteConnection connection, DocValues values, SearchQuery query, TrendInterval interval, CancellationToken cancellationToken)
    {
        var rows = await MatchAsync(connection, values, query, cancellationToken);
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

    private sealed record Row(long Id, DocValues.Entry Values, double Relevance);

    /// <summary>Every article the query matches, with its BM25 relevance (higher better; 0 when the query has no positive clause).</summary>
    private static async Task<List<Row>> MatchAsync(SqliteConnection connection, DocValues values, SearchQuery query, CancellationToken cancellationToken)
    {
        var accept = await FilterAsync(connection, query.Filters, cancellationToken);
        var rows = new List<Row>();
        var positive = FtsExpression.Positive(query);
        if (positive is not null)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT rowid, {Bm25} FROM articles_fts WHERE articles_fts MATCH $match";
            command.Parameters.AddWithValue("$match", positive);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                // An article saved after the values were loaded is found on the next search, once they reload.
                if (values.Entries.TryGetValue(reader.GetInt64(0), out var entry) && accept(reader.GetInt64(0), entry))
                {
                    // FTS5's bm25() is lower-is-better (negative); relevance is higher-is-better.
                    rows.Add(new Row(reader.GetInt64(0), entry, -reader.GetDouble(1)));
                }
            }

            return rows;
        }

        var excluded = new HashSet<long>();
        if (FtsExpression.Negative(query) is { } negative)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH $exclude";
            command.Parameters.AddWithValue("$exclude", negative);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                excluded.Add(reader.GetInt64(0));
            }
        }

        foreach (var (id, entry) in values.Entries)
        {
            if (!excluded.Contains(id) && accept(id, entry))
            {
                rows.Add(new Row(id, entry, 0));
            }
        }

        return rows;
    }

    /// <summary>The filters as one predicate; topic, entity and story filters become id sets read from article_terms.</summary>
    private static async Task<Func<long, DocValues.Entry, bool>> FilterAsync(SqliteConnection connection, SearchFilters filters, CancellationToken cancellationToken)
    {
        var languages = filters.Languages.ToHashSet(StringComparer.Ordinal);
        DateTime? from = filters.From?.Start;
        DateTime? to = filters.To is null ? null : ArticleRow.EndOf(filters.To);
        var sources = filters.Sources.Select(s => s.ToLowerInvariant()).ToList();
        var termSets = new List<HashSet<long>>();
        foreach (var (kind, wanted) in new[] { (ArticleTerms.Topic, filters.Topics), (ArticleTerms.Entity, filters.Entities), (ArticleTerms.Story, filters.Stories) })
        {
            if (wanted.Count > 0)
            {
                termSets.Add(await FiledUnderAsync(connection, kind, wanted, cancellationToken));
            }
        }

        return (id, e) =>
            (languages.Count == 0 || languages.Contains(e.Language))
            && (from is null || (e.Published is { } p1 && p1 >= from))
            && (to is null || (e.Published is { } p2 && p2 < to))
            && (sources.Count == 0 || sources.Any(s => e.SourceLower.Contains(s, StringComparison.Ordinal) || (e.UrlLower?.Contains(s, StringComparison.Ordinal) ?? false)))
            && termSets.All(set => set.Contains(id));
    }

    private static async Task<HashSet<long>> FiledUnderAsync(SqliteConnection connection, string kind, IReadOnlyList<string> wanted, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        var alternatives = wanted.Select((v, i) =>
            $"value = {Parameter(command, $"$v{i}", v)} OR folded = {Parameter(command, $"$f{i}", TextFolder.Fold(v))}");
        command.CommandText = $"SELECT article_id FROM article_terms WHERE kind = {Parameter(command, "$kind", kind)} AND ({string.Join(" OR ", alternatives)})";
        var ids = new HashSet<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    private static string Parameter(SqliteCommand command, string name, object value)
    {
        command.Parameters.AddWithValue(name, value);
        return name;
    }

    private static async Task<Dictionary<string, IReadOnlyList<FacetValue>>> TermFacetsAsync(SqliteConnection connection, HashSet<long> matched, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT article_id, kind, value, label FROM article_terms WHERE kind IN ('{ArticleTerms.Topic}', '{ArticleTerms.Entity}')";
        var counts = new Dictionary<(string Kind, string Value), (string Label, int Count)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!matched.Contains(reader.GetInt64(0)))
            {
                continue;
            }

            var key = (reader.GetString(1), reader.GetString(2));
            counts[key] = counts.TryGetValue(key, out var c) ? (c.Label, c.Count + 1) : (reader.GetString(3), 1);
        }

        // article_terms kinds are named like the facets they feed.
        return counts.GroupBy(c => c.Key.Kind)
            .ToDictionary(g => g.Key, g => Top(g.Select(c => new FacetValue(c.Key.Value, c.Value.Label, c.Value.Count))), StringComparer.Ordinal);
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
}
