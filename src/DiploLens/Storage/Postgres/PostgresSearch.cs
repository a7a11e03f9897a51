using DiploLens.Analysis;
using DiploLens.Documents;
using DiploLens.Search;
using Npgsql;

namespace DiploLens.Storage.Postgres;

/// <summary>
/// Search and trends on PostgreSQL: the folded <c>search</c> vector finds the matches (through its GIN index),
/// <c>ts_rank_cd</c> over it plus over the exact <c>search_exact</c> vector gives the relevance of the candidates
/// <see cref="SearchAssembly"/> scores, and the shared code applies the same filters, score, order, facets and trends
/// as the SQLite engine.
/// </summary>
internal static class PostgresSearch
{
    // Title (A) hits weigh four body (B) hits, as the SQLite engine's bm25 column weights: {D, C, B, A}.
    private const string Weights = "'{0.1, 0.2, 0.25, 1.0}'";

    // ts_rank_cd has no inverse document frequency, so a rare exact spelling does not lift a document the way BM25
    // lifts it in SQLite; an article that matches the query's exact spellings has its relevance multiplied instead.
    private const string ExactMatchFactor = "3.0";

    public static async Task<SearchResult> SearchAsync(NpgsqlDataSource source, SearchQuery query, SearchPaging paging, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await MatchAsync(source, query, wide: paging.WithFacets, cancellationToken);
        var positive = TsQuery.Positive(query);
        return await SearchAssembly.AssembleAsync(
            query,
            paging,
            now,
            rows,
            new SearchAssembly.Sources(
                positive is null ? null : ids => RelevanceAsync(source, positive, TsQuery.ExactBoost(query)!, ids, cancellationToken),
                () => TitleMatchesAsync(source, query, cancellationToken),
                ids => DetailsAsync(source, ids, cancellationToken),
                matched => TermFacetsAsync(source, matched, cancellationToken)));
    }

    public static async Task<IReadOnlyList<TrendPoint>> TrendAsync(NpgsqlDataSource source, SearchQuery query, TrendInterval interval, CancellationToken cancellationToken) =>
        SearchAssembly.Trend(await MatchAsync(source, query, wide: false, cancellationToken), interval);

    /// <summary>
    /// Every article the query matches, filters applied, with the narrow columns the filters and facets read. No
    /// tsvector is read: the GIN index answers word queries exactly (only phrases and prefixes recheck rows), and the
    /// relevance is computed afterwards for the scored candidates only (<see cref="RelevanceAsync"/>). The site, source
    /// and URL (a join and two strings a row) are read only when <paramref name="wide"/> (facets) or a
    /// <c>source:</c> filter needs them; otherwise they are left empty.
    /// </summary>
    private static async Task<List<SearchAssembly.Match>> MatchAsync(NpgsqlDataSource source, SearchQuery query, bool wide, CancellationToken cancellationToken)
    {
        var termSets = new List<HashSet<long>>();
        foreach (var (kind, wanted) in SearchAssembly.TermFilters(query.Filters))
        {
            termSets.Add(await FiledUnderAsync(source, kind, wanted, cancellationToken));
        }

        var accept = SearchAssembly.Filter(query.Filters, termSets);
        var positive = TsQuery.Positive(query);
        var negative = TsQuery.Negative(query);
        wide |= query.Filters.Sources.Count > 0;
        var columns = wide ? "a.id, a.language, a.published_start, a.source, a.url, t.value" : "a.id, a.language, a.published_start";
        var site = wide ? $"LEFT JOIN article_terms t ON t.article_id = a.id AND t.kind = '{ArticleTerms.Source}'" : string.Empty;
        await using var connection = await source.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        var select = new NpgsqlBatchCommand();
        if (positive is not null)
        {
            // The planner prices `@@` like any operator and picks a sequential scan for a common word, which
            // de-toasts every row's vector (163 ms for a word in 19k of 30k articles, against 8 ms through the
            // index). Both statements run in one implicit transaction, so SET LOCAL holds for this query only.
            batch.BatchCommands.Add(new NpgsqlBatchCommand("SET LOCAL enable_seqscan = off"));
            select.CommandText = $"SELECT {columns} FROM articles a {site} WHERE a.search @@ to_tsquery('simple', $1)";
            select.Parameters.Add(new NpgsqlParameter { Value = positive });
        }
        else
        {
            select.CommandText = negative is null
                ? $"SELECT {columns} FROM articles a {site}"
                : $"SELECT {columns} FROM articles a {site} WHERE NOT a.search @@ to_tsquery('simple', $1)";
            if (negative is not null)
            {
                select.Parameters.Add(new NpgsqlParameter { Value = negative });
            }
        }

        batch.BatchCommands.Add(select);
        var rows = new List<SearchAssembly.Match>();
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        while (!reader.HasRows && await reader.NextResultAsync(cancellationToken))
        {
        }

        do
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetInt64(0);
                var articleSource = wide ? reader.GetString(3) : string.Empty;
                var url = !wide || reader.IsDBNull(4) ? null : reader.GetString(4);
                var values = new ArticleValues(
                    reader.GetString(1),
                    reader.IsDBNull(2) ? null : reader.GetDateTime(2),
                    !wide ? string.Empty : reader.IsDBNull(5) ? ArticleTerms.SiteOf(articleSource, url) : reader.GetString(5),
                    articleSource.ToLowerInvariant(),
                    url?.ToLowerInvariant());
                if (accept(id, values))
                {
                    rows.Add(new SearchAssembly.Match(id, values));
                }
            }
        }
        while (await reader.NextResultAsync(cancellationToken));

        return rows;
    }

    /// <summary>
    /// The relevance of the given matches: ts_rank_cd over the folded and the exact vectors, with the exact-spelling
    /// factor. Each row's vectors are de-toasted here, which is why only the scored candidates come here.
    /// </summary>
    private static async Task<Dictionary<long, double>> RelevanceAsync(NpgsqlDataSource source, string positive, string exact, IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        await using var command = source.CreateCommand($"""
            SELECT a.id, (ts_rank_cd({Weights}, a.search, q) + ts_rank_cd({Weights}, a.search_exact, qe))
                   * CASE WHEN a.search_exact @@ qe THEN {ExactMatchFactor} ELSE 1 END
            FROM articles a, to_tsquery('simple', $1) q, to_tsquery('simple', $2) qe
            WHERE a.id = ANY($3)
            """);
        command.Parameters.AddWithValue(positive);
        command.Parameters.AddWithValue(exact);
        command.Parameters.AddWithValue(ids.ToArray());
        var relevance = new Dictionary<long, double>(ids.Count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            relevance[reader.GetInt64(0)] = Convert.ToDouble(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
        }

        return relevance;
    }

    /// <summary>The articles whose folded title alone matches the positive clauses (through the title's own GIN index).</summary>
    private static async Task<HashSet<long>> TitleMatchesAsync(NpgsqlDataSource source, SearchQuery query, CancellationToken cancellationToken)
    {
        var ids = new HashSet<long>();
        if (TsQuery.Title(query) is not { } title)
        {
            return ids;
        }

        await using var command = source.CreateCommand("SELECT id FROM articles WHERE to_tsvector('simple', folded_title) @@ to_tsquery('simple', $1)");
        command.Parameters.AddWithValue(title);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    private static async Task<HashSet<long>> FiledUnderAsync(NpgsqlDataSource source, string kind, IReadOnlyList<string> wanted, CancellationToken cancellationToken)
    {
        await using var command = source.CreateCommand("SELECT article_id FROM article_terms WHERE kind = $1 AND (value = ANY($2) OR folded = ANY($3))");
        command.Parameters.AddWithValue(kind);
        command.Parameters.AddWithValue(wanted.ToArray());
        command.Parameters.AddWithValue(wanted.Select(TextFolder.Fold).ToArray());
        var ids = new HashSet<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    /// <summary>Topic and entity counts over the matches, counted by the server (one row per value, not one per filing).</summary>
    private static async Task<Dictionary<string, IReadOnlyList<FacetValue>>> TermFacetsAsync(NpgsqlDataSource source, IReadOnlyList<long> matched, CancellationToken cancellationToken)
    {
        await using var command = source.CreateCommand($"""
            SELECT kind, value, min(label), count(*) FROM article_terms
            WHERE kind IN ('{ArticleTerms.Topic}', '{ArticleTerms.Entity}') AND article_id = ANY($1)
            GROUP BY kind, value
            """);
        command.Parameters.AddWithValue(matched.ToArray());
        var values = new List<(string Kind, FacetValue Value)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add((reader.GetString(0), new FacetValue(reader.GetString(1), reader.GetString(2), (int)reader.GetInt64(3))));
        }

        return values.GroupBy(v => v.Kind).ToDictionary(g => g.Key, g => SearchAssembly.Top(g.Select(v => v.Value)), StringComparer.Ordinal);
    }

    private static async Task<Dictionary<long, SearchAssembly.Details>> DetailsAsync(NpgsqlDataSource source, IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        var details = new Dictionary<long, SearchAssembly.Details>();
        if (ids.Count == 0)
        {
            return details;
        }

        await using var command = source.CreateCommand($"""
            SELECT a.id, a.title, a.published, a.source, a.url, a.document->>'text',
                   (SELECT t.value FROM article_terms t WHERE t.article_id = a.id AND t.kind = '{ArticleTerms.Story}' LIMIT 1)
            FROM articles a WHERE a.id = ANY($1)
            """);
        command.Parameters.AddWithValue(ids.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await SearchAssembly.ReadDetailsAsync(reader, details, cancellationToken);
        return details;
    }
}
