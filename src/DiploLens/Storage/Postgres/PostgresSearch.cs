using DiploLens.Analysis;
using DiploLens.Documents;
using DiploLens.Search;
using Npgsql;

namespace DiploLens.Storage.Postgres;

/// <summary>
/// Search and trends on PostgreSQL: the folded <c>search</c> vector finds the matches, <c>ts_rank_cd</c> over it plus
/// over the exact <c>search_exact</c> vector gives the relevance, and <see cref="SearchAssembly"/> applies the same
/// filters, score, order, facets and trends as the SQLite engine.
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
        var rows = await MatchAsync(source, query, cancellationToken);
        return await SearchAssembly.AssembleAsync(query, paging, now, rows, ids => DetailsAsync(source, ids, cancellationToken), matched => TermFacetsAsync(source, matched, cancellationToken));
    }

    public static async Task<IReadOnlyList<TrendPoint>> TrendAsync(NpgsqlDataSource source, SearchQuery query, TrendInterval interval, CancellationToken cancellationToken) =>
        SearchAssembly.Trend(await MatchAsync(source, query, cancellationToken), interval);

    private static async Task<List<SearchAssembly.Match>> MatchAsync(NpgsqlDataSource source, SearchQuery query, CancellationToken cancellationToken)
    {
        var termSets = new List<HashSet<long>>();
        foreach (var (kind, wanted) in SearchAssembly.TermFilters(query.Filters))
        {
            termSets.Add(await FiledUnderAsync(source, kind, wanted, cancellationToken));
        }

        var accept = SearchAssembly.Filter(query.Filters, termSets);
        var positive = TsQuery.Positive(query);
        var negative = TsQuery.Negative(query);
        await using var command = source.CreateCommand();
        const string Columns = $"a.id, a.language, a.published_start, a.source, a.url, t.value";
        const string Site = $"LEFT JOIN article_terms t ON t.article_id = a.id AND t.kind = '{ArticleTerms.Source}'";
        if (positive is not null)
        {
            command.CommandText = $"""
                SELECT {Columns}, (ts_rank_cd({Weights}, a.search, q) + ts_rank_cd({Weights}, a.search_exact, qe))
                       * CASE WHEN a.search_exact @@ qe THEN {ExactMatchFactor} ELSE 1 END
                FROM articles a {Site}, to_tsquery('simple', $1) q, to_tsquery('simple', $2) qe
                WHERE a.search @@ q
                """;
            command.Parameters.AddWithValue(positive);
            command.Parameters.AddWithValue(TsQuery.ExactBoost(query)!);
        }
        else
        {
            command.CommandText = negative is null
                ? $"SELECT {Columns}, 0.0::real FROM articles a {Site}"
                : $"SELECT {Columns}, 0.0::real FROM articles a {Site}, to_tsquery('simple', $1) n WHERE NOT a.search @@ n";
            if (negative is not null)
            {
                command.Parameters.AddWithValue(negative);
            }
        }

        var rows = new List<SearchAssembly.Match>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt64(0);
            var articleSource = reader.GetString(3);
            var url = reader.IsDBNull(4) ? null : reader.GetString(4);
            var values = new ArticleValues(
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetDateTime(2),
                reader.IsDBNull(5) ? ArticleTerms.SiteOf(articleSource, url) : reader.GetString(5),
                articleSource.ToLowerInvariant(),
                url?.ToLowerInvariant());
            if (accept(id, values))
            {
                rows.Add(new SearchAssembly.Match(id, values, Convert.ToDouble(reader.GetValue(6), System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        return rows;
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

    private static async Task<Dictionary<string, IReadOnlyList<FacetValue>>> TermFacetsAsync(NpgsqlDataSource source, HashSet<long> matched, CancellationToken cancellationToken)
    {
        await using var command = source.CreateCommand($"SELECT article_id, kind, value, label FROM article_terms WHERE kind IN ('{ArticleTerms.Topic}', '{ArticleTerms.Entity}') AND article_id = ANY($1)");
        command.Parameters.AddWithValue(matched.ToArray());
        var terms = new List<(long, string, string, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            terms.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return SearchAssembly.TermFacets(terms, matched);
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
