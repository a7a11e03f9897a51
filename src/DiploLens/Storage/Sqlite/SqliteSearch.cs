using DiploLens.Analysis;
using DiploLens.Documents;
using DiploLens.Search;
using Microsoft.Data.Sqlite;

namespace DiploLens.Storage.Sqlite;

/// <summary>
/// Search and trends over <c>articles_fts</c> and <c>article_terms</c> on one read connection. Matching and BM25 happen
/// in FTS5 (matching for every match, BM25 only for the candidates <see cref="SearchAssembly"/> scores); filters,
/// scores (BM25 × recency), the page order and the language, source and month facets are computed over the matches
/// with the in-memory <see cref="DocValues"/>, which keeps the ranking formula engine-neutral (<see cref="Ranking"/>)
/// and avoids a row lookup per match.
/// </summary>
internal static class SqliteSearch
{
    // Column weights for bm25(): title, body, title_exact, body_exact (PostingsIndex.ColumnWeights).
    private static readonly string Bm25 =
        $"bm25(articles_fts, {string.Join(", ", PostingsIndex.ColumnWeights.Select(w => w.ToString("0.0##", System.Globalization.CultureInfo.InvariantCulture)))})";

    // A query that cannot match more articles than this is matched and scored in one pass: below it, BM25 for every
    // match (about 1.3 µs a row) costs less than iterating the matches a second time for the candidates. Phrases are
    // dearer to iterate (position lists), so the second iteration costs more and one pass pays off up to more matches.
    private const int OnePassLimit = 3_000;
    private const int OnePassLimitWithPhrases = 8_000;

    public static async Task<SearchResult> SearchAsync(SqliteConnection connection, DocValues values, SearchQuery query, SearchPaging paging, DateTimeOffset now, bool withPostings, CancellationToken cancellationToken)
    {
        // Most queries (words and phrases) are evaluated over postings in memory, with FTS5's own results and scores.
        if (withPostings && await values.Postings.MatchAsync(connection, query, cancellationToken) is { } evaluated)
        {
            using var found = Accepted(values, evaluated.Ids, query.Filters.IsEmpty ? null : await FilterAsync(connection, query.Filters, cancellationToken));
            return await AssembleAsync(connection, values, query, paging, now, found, ids => Task.FromResult(evaluated.Relevance(ids)), evaluated.TitleMatches, cancellationToken);
        }

        // One pass over the matches, whatever their number. When the query certainly matches few articles, that pass
        // reads every match's BM25 (what scoring them afterwards would cost anyway). Otherwise, when there are enough
        // title matches to fill the candidates (SearchAssembly takes title matches first), it reads BM25 only for them;
        // with fewer, for every match. Should a candidate still lack its BM25 (a title match removed by an exclusion),
        // it is scored in a second, restricted pass. Every way gives the same result.
        var positive = FtsExpression.Positive(query);
        if (positive is null)
        {
            var (all, _, _) = await MatchAsync(connection, values, query, Scoring.None, null, cancellationToken);
            return await AssembleAsync(connection, values, query, paging, now, all, null, null, cancellationToken);
        }

        var limit = query.HighlightTerms.Any(t => t.FoldedWords.Count > 1) ? OnePassLimitWithPhrases : OnePassLimit;
        if (await UpperBoundAsync(connection, values, query, cancellationToken) <= limit)
        {
            var (rows, _, scores) = await MatchAsync(connection, values, query, Scoring.All, null, cancellationToken);
            return await AssembleAsync(connection, values, query, paging, now, rows, ids => Task.FromResult(scores!), null, cancellationToken);
        }

        var title = await TitleMatchesAsync(connection, query, cancellationToken);
        var accept = await FilterAsync(connection, query.Filters, cancellationToken);
        var likely = title.Where(id => values.TryGet(id, out var e) && accept(id, e))
            .Select(id => new SearchAssembly.Match(id, values.Entries[id]))
            .ToList();
        likely.Sort(SearchAssembly.CandidateOrder(title));
        if (likely.Count < Ranking.RankedCandidates)
        {
            // Too few title matches to fill the candidates: the others are the newest matches, unknown before the pass,
            // and a second pass to score them costs about what scoring every match in this one does.
            var (rows, _, scores) = await MatchAsync(connection, values, query, Scoring.All, null, cancellationToken, accept);
            return await AssembleAsync(connection, values, query, paging, now, rows, ids => Task.FromResult(scores!), title, cancellationToken);
        }

        var scoredIds = likely.Take(Ranking.RankedCandidates).Select(m => m.Id).ToHashSet();
        var (matches, matched, known) = await MatchAsync(connection, values, query, Scoring.Some, scoredIds, cancellationToken, accept);
        return await AssembleAsync(
            connection,
            values,
            query,
            paging,
            now,
            matches,
            async ids =>
            {
                var missing = ids.Where(id => !known!.ContainsKey(id)).ToList();
                if (missing.Count > 0)
                {
                    foreach (var (id, relevance) in await RelevanceAsync(connection, positive, missing, all: missing.Count == matched, cancellationToken))
                    {
                        known![id] = relevance;
                    }
                }

                return known!;
            },
            title,
            cancellationToken);
    }

    public static async Task<IReadOnlyList<TrendPoint>> TrendAsync(SqliteConnection connection, DocValues values, SearchQuery query, TrendInterval interval, bool withPostings, CancellationToken cancellationToken)
    {
        if (withPostings && await values.Postings.MatchAsync(connection, query, cancellationToken) is { } evaluated)
        {
            using var found = Accepted(values, evaluated.Ids, query.Filters.IsEmpty ? null : await FilterAsync(connection, query.Filters, cancellationToken));
            return SearchAssembly.Trend(found, interval);
        }

        return SearchAssembly.Trend((await MatchAsync(connection, values, query, Scoring.None, null, cancellationToken)).Rows, interval);
    }

    /// <summary>The matched ids whose values are loaded and pass the filters, if any (an article saved since the values loaded is found once they reload).</summary>
    private static SearchAssembly.MatchBuffer Accepted(DocValues values, long[] ids, Func<long, ArticleValues, bool>? accept)
    {
        var rows = new SearchAssembly.MatchBuffer(ids.Length);
        foreach (var id in ids)
        {
            if (values.TryGet(id, out var entry) && (accept is null || accept(id, entry)))
            {
                rows.Add(new SearchAssembly.Match(id, entry));
            }
        }

        return rows;
    }

    private static Task<SearchResult> AssembleAsync(
        SqliteConnection connection,
        DocValues values,
        SearchQuery query,
        SearchPaging paging,
        DateTimeOffset now,
        IReadOnlyList<SearchAssembly.Match> rows,
        Func<IReadOnlyList<long>, Task<Dictionary<long, double>>>? relevance,
        HashSet<long>? title,
        CancellationToken cancellationToken) =>
        SearchAssembly.AssembleAsync(
            query,
            paging,
            now,
            rows,
            new SearchAssembly.Sources(
                relevance,
                title is null ? () => TitleMatchesAsync(connection, query, cancellationToken) : () => Task.FromResult(title),
                ids => DetailsAsync(connection, ids, cancellationToken),
                values.HasLayerTerms ? matched => Task.FromResult(TermFacets(values, matched)) : null));

    /// <summary>Which BM25 values the pass over the matches reads: none, every match's, or only the given ids'.</summary>
    private enum Scoring
    {
        None,
        All,
        Some,
    }

    /// <summary>
    /// Every article the query matches, filters applied, and how many rows the index matched before the filters, in one
    /// pass over the index, with the BM25 relevance <paramref name="scoring"/> asks for (of every match, or only of
    /// <paramref name="scored"/>: FTS5 computes bm25() only where the CASE needs it). BM25 costs a position-list decode
    /// and a docsize lookup per row (25 ms for a word in 19k articles, against 4 ms for the rowids).
    /// </summary>
    private static async Task<(List<SearchAssembly.Match> Rows, int Matched, Dictionary<long, double>? Scores)> MatchAsync(
        SqliteConnection connection, DocValues values, SearchQuery query, Scoring scoring, HashSet<long>? scored, CancellationToken cancellationToken, Func<long, ArticleValues, bool>? accept = null)
    {
        accept ??= await FilterAsync(connection, query.Filters, cancellationToken);
        var rows = new List<SearchAssembly.Match>();
        var expression = scoring == Scoring.None ? FtsExpression.Matching(query) : FtsExpression.Positive(query);
        if (expression is not null)
        {
            var scores = scoring == Scoring.None ? null : new Dictionary<long, double>();
            await using var command = connection.CreateCommand();
            command.CommandText = scoring switch
            {
                Scoring.All => $"SELECT rowid, {Bm25} FROM articles_fts WHERE articles_fts MATCH $match",

                // The ids are numbers from the index itself, so writing them inline cannot inject anything.
                Scoring.Some when scored!.Count > 0 =>
                    $"SELECT rowid, CASE WHEN rowid IN ({string.Join(',', scored.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)))}) THEN {Bm25} END FROM articles_fts WHERE articles_fts MATCH $match",
                Scoring.Some => "SELECT rowid, NULL FROM articles_fts WHERE articles_fts MATCH $match",
                _ => "SELECT rowid FROM articles_fts WHERE articles_fts MATCH $match",
            };
            command.Parameters.AddWithValue("$match", expression);
            var matched = 0;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                matched++;

                // An article saved after the values were loaded is found on the next search, once they reload.
                var id = reader.GetInt64(0);
                if (values.TryGet(id, out var entry) && accept(id, entry))
                {
                    rows.Add(new SearchAssembly.Match(id, entry));

                    // FTS5's bm25() is lower-is-better (negative); relevance is higher-is-better.
                    if (scores is not null && !reader.IsDBNull(1))
                    {
                        scores.Add(id, -reader.GetDouble(1));
                    }
                }
            }

            return (rows, matched, scores);
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
                rows.Add(new SearchAssembly.Match(id, entry));
            }
        }

        return (rows, rows.Count, null);
    }

    /// <summary>
    /// At least as many articles as the positive clauses can match, from how many articles contain each word: a clause
    /// matches at most the sum over its alternatives of their rarest word's count; the query at most its smallest
    /// clause. Prefix terms are not bounded (long.MaxValue).
    /// </summary>
    private static async Task<long> UpperBoundAsync(SqliteConnection connection, DocValues values, SearchQuery query, CancellationToken cancellationToken)
    {
        var clauses = query.Clauses.Where(c => !c.Excluded).ToList();
        if (clauses.Count == 0 || clauses.SelectMany(c => c.Alternatives).Any(t => t.IsPrefix || t.FoldedWords.Count == 0))
        {
            return long.MaxValue;
        }

        var missing = clauses.SelectMany(c => c.Alternatives).SelectMany(t => t.FoldedWords).Distinct(StringComparer.Ordinal)
            .Where(w => !values.WordRows.ContainsKey(w))
            .ToList();
        if (missing.Count > 0)
        {
            await using (var create = connection.CreateCommand())
            {
                // Per connection (temp schema); pooled connections keep it.
                create.CommandText = "CREATE VIRTUAL TABLE IF NOT EXISTS temp.articles_fts_rows USING fts5vocab(main, articles_fts, row)";
                await create.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT term, doc FROM temp.articles_fts_rows WHERE term IN ({string.Join(", ", missing.Select((w, i) => Parameter(command, $"$w{i}", w)))})";
            var found = new Dictionary<string, long>(StringComparer.Ordinal);
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    found[reader.GetString(0)] = reader.GetInt64(1);
                }
            }

            if (values.WordRows.Count > 100_000)
            {
                values.WordRows.Clear();
            }

            foreach (var word in missing)
            {
                values.WordRows[word] = found.GetValueOrDefault(word);
            }
        }

        return clauses.Min(c => c.Alternatives.Sum(t => t.FoldedWords.Min(w => values.WordRows.GetValueOrDefault(w))));
    }

    /// <summary>
    /// BM25 relevance (higher better) of the given matches (<paramref name="all"/>: they are every row the index matches,
    /// so no rowid test is needed). The rowid test is written <c>+rowid IN (…)</c> so SQLite
    /// checks it on each match instead of handing FTS5 one seek per id (2 s for 1,000 ids against 8 ms this way).
    /// </summary>
    private static async Task<Dictionary<long, double>> RelevanceAsync(SqliteConnection connection, string positive, IReadOnlyList<long> ids, bool all, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        // The ids are numbers from the index itself, so writing them inline cannot inject anything.
        command.CommandText = $"SELECT rowid, {Bm25} FROM articles_fts WHERE articles_fts MATCH $match"
            + (all ? string.Empty : $" AND +rowid IN ({string.Join(',', ids.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)))})");
        command.Parameters.AddWithValue("$match", positive);
        var relevance = new Dictionary<long, double>(ids.Count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            // FTS5's bm25() is lower-is-better (negative); relevance is higher-is-better.
            relevance[reader.GetInt64(0)] = -reader.GetDouble(1);
        }

        return relevance;
    }

    /// <summary>The articles whose title alone matches the positive clauses (the first choice of candidates to score).</summary>
    private static async Task<HashSet<long>> TitleMatchesAsync(SqliteConnection connection, SearchQuery query, CancellationToken cancellationToken)
    {
        var ids = new HashSet<long>();
        if (FtsExpression.Title(query) is not { } title)
        {
            return ids;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH $match";
        command.Parameters.AddWithValue("$match", title);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    /// <summary>The filters as one predicate; topic, entity and story filters become id sets read from article_terms.</summary>
    private static async Task<Func<long, ArticleValues, bool>> FilterAsync(SqliteConnection connection, SearchFilters filters, CancellationToken cancellationToken)
    {
        var termSets = new List<HashSet<long>>();
        foreach (var (kind, wanted) in SearchAssembly.TermFilters(filters))
        {
            termSets.Add(await FiledUnderAsync(connection, kind, wanted, cancellationToken));
        }

        return SearchAssembly.Filter(filters, termSets);
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

    /// <summary>Topic and entity counts over the matches, counted into an array indexed by term (no hashing per filing).</summary>
    private static Dictionary<string, IReadOnlyList<FacetValue>> TermFacets(DocValues values, IReadOnlyList<long> matched)
    {
        var counts = System.Buffers.ArrayPool<int>.Shared.Rent(values.TermTable.Count);
        var touched = new List<int>();
        try
        {
            Array.Clear(counts, 0, values.TermTable.Count);
            foreach (var id in matched)
            {
                if (values.TermsOf(id) is { } terms)
                {
                    foreach (var term in terms)
                    {
                        if (counts[term]++ == 0)
                        {
                            touched.Add(term);
                        }
                    }
                }
            }

            // Only the top values of each kind become FacetValues (a common word touches thousands of entities). The
            // kinds are few: the touched terms are split by kind in one pass (kind strings are shared, compared by reference).
            var table = values.TermTable;
            var byKind = new Dictionary<string, List<int>>(ReferenceEqualityComparer.Instance);
            string? lastKind = null;
            List<int>? lastList = null;
            foreach (var t in touched)
            {
                var kind = table[t].Kind;
                if (!ReferenceEquals(kind, lastKind))
                {
                    if (!byKind.TryGetValue(kind, out lastList))
                    {
                        byKind[kind] = lastList = [];
                    }

                    lastKind = kind;
                }

                lastList!.Add(t);
            }

            Comparison<int> order = (a, b) => counts[a] != counts[b] ? counts[b].CompareTo(counts[a]) : string.CompareOrdinal(table[a].Value, table[b].Value);
            return byKind.ToDictionary(
                k => k.Key,
                k => (IReadOnlyList<FacetValue>)SearchAssembly.TopBy(k.Value, order, FacetNames.MaxValues).ConvertAll(t => new FacetValue(table[t].Value, table[t].Label, counts[t])),
                StringComparer.Ordinal);
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(counts);
        }
    }

    private static async Task<Dictionary<long, SearchAssembly.Details>> DetailsAsync(SqliteConnection connection, IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        var details = new Dictionary<long, SearchAssembly.Details>();
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
        await SearchAssembly.ReadDetailsAsync(reader, details, cancellationToken);
        return details;
    }
}
