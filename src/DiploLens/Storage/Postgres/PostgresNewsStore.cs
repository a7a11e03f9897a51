using DiploLens.Stories;
using System.Runtime.CompilerServices;
using DiploLens.Analysis;
using DiploLens.Documents;
using DiploLens.Search;
using Npgsql;
using NpgsqlTypes;

namespace DiploLens.Storage.Postgres;

/// <summary>
/// The server engine for the same contract as SQLite: plain SQL over Npgsql, numbered migrations, a generated
/// tsvector over the folded title and body with a GIN index. Several writers may save at once: each article's key and
/// content hash are locked for the transaction (advisory locks), so two writers never store the same article twice.
/// </summary>
public sealed class PostgresNewsStore : ISearchStore
{
    private readonly NpgsqlDataSource dataSource;
    private readonly TimeProvider clock;

    private PostgresNewsStore(NpgsqlDataSource dataSource, TimeProvider clock)
    {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public static async Task<PostgresNewsStore> OpenAsync(string db, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        var connectionString = PostgresConnectionString.From(db);
        var dataSource = NpgsqlDataSource.Create(connectionString);
        var store = new PostgresNewsStore(dataSource, clock ?? TimeProvider.System);
        try
        {
            await store.MigrateAsync(cancellationToken);
            return store;
        }
        catch (Exception e) when (e is NpgsqlException or PostgresException)
        {
            await dataSource.DisposeAsync();
            throw new StoreException($"Cannot open database '{PostgresConnectionString.Describe(connectionString)}': {e.Message}", e);
        }
    }

    public async Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT coalesce(max(version), 0) FROM schema_migrations");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // One migrator at a time: workers starting together must not race to create the schema.
        await Execute(connection, transaction, "SELECT pg_advisory_xact_lock(7291001)", cancellationToken);
        await Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)", cancellationToken);
        await using var current = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_migrations", connection, transaction);
        var version = Convert.ToInt32(await current.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (step, description, sql) in PostgresMigrations.Steps.Where(s => s.Version > version))
        {
            await Execute(connection, transaction, sql, cancellationToken);
            await using var record = new NpgsqlCommand("INSERT INTO schema_migrations(version, description, applied_at) VALUES ($1, $2, $3)", connection, transaction);
            record.Parameters.AddWithValue(step);
            record.Parameters.AddWithValue(description);
            record.Parameters.AddWithValue(clock.GetUtcNow());
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<SaveOutcome>> SaveAsync(IReadOnlyList<ArticleToSave> batch, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // A batch commits whole or rolls back whole; once begun it is not cancelled half-way.
        await using var transaction = await connection.BeginTransactionAsync(CancellationToken.None);
        var outcomes = await SaveAsync(connection, transaction, batch);
        await transaction.CommitAsync(CancellationToken.None);
        return outcomes;
    }

    internal NpgsqlDataSource DataSource => dataSource;

    private const long StoryLock = 7291002;

    private const long StoryUpdateLock = 7291003;

    /// <summary>
    /// Saves a batch inside a transaction the caller owns (the ingest queue commits it with the queue's own rows).
    /// The decisions are those of the SQLite engine, taken in batch order, with five round trips per batch: lock, look up
    /// keys, look up hashes, reserve ids, write.
    /// </summary>
    internal async Task<IReadOnlyList<SaveOutcome>> SaveAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<ArticleToSave> batch)
    {
        var rows = batch.Select(ArticleRow.From).ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        await LockAsync(connection, transaction, rows);
        var byKey = new Dictionary<string, (long Id, string Hash, string Pipeline)>(StringComparer.Ordinal);
        await using (var find = new NpgsqlCommand("SELECT source_key, id, content_hash, pipeline FROM articles WHERE source_key = ANY($1)", connection, transaction))
        {
            find.Parameters.AddWithValue(rows.Where(r => r.Key is not null).Select(r => r.Key!).Distinct().ToArray());
            await using var reader = await find.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                byKey[reader.GetString(0)] = (reader.GetInt64(1), reader.GetString(2), reader.GetString(3));
            }
        }

        var byHash = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var find = new NpgsqlCommand("SELECT content_hash, min(id) FROM articles WHERE content_hash = ANY($1) GROUP BY content_hash", connection, transaction))
        {
            find.Parameters.AddWithValue(rows.Select(r => r.ContentHash).Distinct().ToArray());
            await using var reader = await find.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                byHash[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        var outcomes = new List<SaveOutcome>(rows.Count);
        var writes = new List<(ArticleRow Row, long Id, bool Insert)>();
        var newIds = new Queue<long>(await ReserveIdsAsync(connection, transaction, rows.Count));
        foreach (var row in rows)
        {
            if (row.Key is not null && byKey.TryGetValue(row.Key, out var existing))
            {
                if (existing.Hash == row.ContentHash && existing.Pipeline == row.Pipeline)
                {
                    outcomes.Add(new SaveOutcome(SaveAction.Unchanged, existing.Id));
                    continue;
                }

                writes.Add((row, existing.Id, Insert: false));
                byKey[row.Key] = (existing.Id, row.ContentHash, row.Pipeline);
                byHash.TryAdd(row.ContentHash, existing.Id);
                outcomes.Add(new SaveOutcome(SaveAction.Updated, existing.Id, existing.Hash == row.ContentHash ? "re-analysed" : "content changed"));
                continue;
            }

            if (byHash.TryGetValue(row.ContentHash, out var duplicate))
            {
                outcomes.Add(new SaveOutcome(SaveAction.Unchanged, duplicate, $"same content as article {duplicate}"));
                continue;
            }

            var id = newIds.Dequeue();
            writes.Add((row, id, Insert: true));
            byHash[row.ContentHash] = id;
            if (row.Key is not null)
            {
                byKey[row.Key] = (id, row.ContentHash, row.Pipeline);
            }

            outcomes.Add(new SaveOutcome(SaveAction.Added, id));
        }

        await WriteAsync(connection, transaction, writes, clock.GetUtcNow());
        return outcomes;
    }

    /// <summary>Takes ids from the sequence up front, so that later rows of the batch can name the article an earlier row added.</summary>
    private static async Task<long[]> ReserveIdsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, int count)
    {
        await using var command = new NpgsqlCommand("SELECT array_agg(nextval('articles_id_seq') ORDER BY g) FROM generate_series(1, $1) AS g", connection, transaction);
        command.Parameters.AddWithValue(count);
        return (long[])(await command.ExecuteScalarAsync())!;
    }


    /// <summary>
    /// Locks every key and content hash of the batch for the transaction, in ascending order: two writers saving the
    /// same article wait for each other, and taking the locks in one global order means they can never deadlock.
    /// </summary>
    private static async Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<ArticleRow> rows)
    {
        var keys = rows.SelectMany(r => r.Key is null ? [LockId("h:" + r.ContentHash)] : new[] { LockId("k:" + r.Key), LockId("h:" + r.ContentHash) })
            .Distinct().Order().ToArray();
        await using var command = new NpgsqlCommand("SELECT count(pg_advisory_xact_lock(k)) FROM unnest($1::bigint[]) WITH ORDINALITY AS t(k, i)", connection, transaction);
        command.Parameters.AddWithValue(keys);
        await command.ExecuteScalarAsync();
    }

    private static long LockId(string text) =>
        BitConverter.ToInt64(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)), 0);


    /// <summary>Inserts and updates in one round trip.</summary>
    private static async Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<(ArticleRow Row, long Id, bool Insert)> writes, DateTimeOffset now)
    {
        const string Insert = """
            INSERT INTO articles(source_key, source, url, content_hash, pipeline, title, language, published, published_start,
                                 text_length, removed_count, document, folded_title, folded_body, ingested_at, updated_at, id)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15, $16)
            """;
        const string Update = """
            UPDATE articles SET source_key = $1, source = $2, url = $3, content_hash = $4, pipeline = $5, title = $6, language = $7,
                published = $8, published_start = $9, text_length = $10, removed_count = $11, document = $12,
                folded_title = $13, folded_body = $14, updated_at = $15
            WHERE id = $16
            """;
        if (writes.Count == 0)
        {
            return;
        }

        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var (row, id, insert) in writes)
        {
            var command = new NpgsqlBatchCommand(insert ? Insert : Update);
            var p = command.Parameters;
            p.AddWithValue((object?)row.Key ?? DBNull.Value);
            p.AddWithValue(row.Source);
            p.AddWithValue((object?)row.Url ?? DBNull.Value);
            p.AddWithValue(row.ContentHash);
            p.AddWithValue(row.Pipeline);
            p.AddWithValue((object?)row.Title ?? DBNull.Value);
            p.AddWithValue(row.Language);
            p.AddWithValue((object?)row.Published ?? DBNull.Value);
            p.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Timestamp, Value = (object?)row.PublishedStart ?? DBNull.Value });
            p.AddWithValue(row.TextLength);
            p.AddWithValue(row.RemovedCount);
            p.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = row.DocumentJson });
            p.AddWithValue(row.FoldedTitle);
            p.AddWithValue(row.FoldedBody);
            p.AddWithValue(now);
            p.AddWithValue(id);
            batch.BatchCommands.Add(command);
        }

        // Terms from the document's layers are rewritten on every save; terms of other kinds (stories) are kept.
        foreach (var (row, id, _) in writes)
        {
            var terms = ArticleTerms.Of(row.Document);
            var delete = new NpgsqlBatchCommand("DELETE FROM article_terms WHERE article_id = $1 AND kind = ANY($2)");
            delete.Parameters.AddWithValue(id);
            delete.Parameters.AddWithValue(terms.Select(t => t.Kind).Append(ArticleTerms.Source).Distinct().ToArray());
            batch.BatchCommands.Add(delete);
            AddTermInserts(batch, id, terms);
        }

        await batch.ExecuteNonQueryAsync();
    }

    private static void AddTermInserts(NpgsqlBatch batch, long articleId, IReadOnlyList<ArticleTerm> terms)
    {
        if (terms.Count == 0)
        {
            return;
        }

        var insert = new NpgsqlBatchCommand("""
            INSERT INTO article_terms(article_id, kind, value, label, folded)
            SELECT $1, k, v, l, f FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS t(k, v, l, f)
            ON CONFLICT DO NOTHING
            """);
        insert.Parameters.AddWithValue(articleId);
        insert.Parameters.AddWithValue(terms.Select(t => t.Kind).ToArray());
        insert.Parameters.AddWithValue(terms.Select(t => t.Value).ToArray());
        insert.Parameters.AddWithValue(terms.Select(t => t.Label).ToArray());
        insert.Parameters.AddWithValue(terms.Select(t => TextFolder.Fold(t.Label)).ToArray());
        batch.BatchCommands.Add(insert);
    }

    public Task<SearchResult> SearchAsync(SearchQuery query, SearchPaging paging, CancellationToken cancellationToken = default) =>
        PostgresSearch.SearchAsync(dataSource, query, paging, clock.GetUtcNow(), cancellationToken);

    public Task<IReadOnlyList<TrendPoint>> TrendAsync(SearchQuery query, TrendInterval interval, CancellationToken cancellationToken = default) =>
        PostgresSearch.TrendAsync(dataSource, query, interval, cancellationToken);

    public async Task SetTermsAsync(long articleId, string kind, IReadOnlyList<ArticleTerm> terms, CancellationToken cancellationToken = default)
    {
        if (terms.Any(t => t.Kind != kind))
        {
            throw new ArgumentException($"Every term must be of kind '{kind}'.", nameof(terms));
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction);
        var delete = new NpgsqlBatchCommand("DELETE FROM article_terms WHERE article_id = $1 AND kind = $2");
        delete.Parameters.AddWithValue(articleId);
        delete.Parameters.AddWithValue(kind);
        batch.BatchCommands.Add(delete);
        AddTermInserts(batch, articleId, terms);
        await batch.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(CancellationToken.None);
    }

    public async Task<IReadOnlyList<ArticleTerm>> TermsAsync(long articleId, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT kind, value, label FROM article_terms WHERE article_id = $1 ORDER BY kind, label");
        command.Parameters.AddWithValue(articleId);
        var terms = new List<ArticleTerm>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            terms.Add(new ArticleTerm(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return terms;
    }


    public async Task<Document?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT document::text FROM articles WHERE id = $1");
        command.Parameters.AddWithValue(id);
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? DocumentJson.Deserialize(json) : null;
    }

    public async Task<IReadOnlyList<ArticleSummary>> ListAsync(ArticleQuery query, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand();
        var where = new List<string>();
        void Add(string clause, object value)
        {
            command.Parameters.AddWithValue(value);
            where.Add(clause.Replace("?", "$" + command.Parameters.Count, StringComparison.Ordinal));
        }

        if (query.Language is not null)
        {
            Add("language = ?", query.Language);
        }

        if (query.From is not null)
        {
            Add("published_start >= ?", query.From.Start);
        }

        if (query.To is not null)
        {
            Add("published_start < ?", ArticleRow.EndOf(query.To));
        }

        if (query.Source is not null)
        {
            Add("strpos(source, ?) > 0", query.Source);
        }

        command.Parameters.AddWithValue(query.Limit);
        command.Parameters.AddWithValue(query.Offset);
        var n = command.Parameters.Count;
        command.CommandText = $"""
            SELECT {ArticleSummary.Columns}
            FROM articles {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : string.Empty)}
            ORDER BY published_start IS NULL, published_start DESC, id
            LIMIT ${n - 1} OFFSET ${n}
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await ArticleSummary.ReadAllAsync(reader, cancellationToken);
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM articles");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async IAsyncEnumerable<StoredArticle> ExportAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT id, source_key, pipeline, document::text FROM articles ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new StoredArticle(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2), DocumentJson.Deserialize(reader.GetString(3)));
        }
    }

    public async Task<IReadOnlyList<long>> MatchAsync(string foldedQuery, int limit, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT id FROM articles, websearch_to_tsquery('simple', $1) AS q
            WHERE search @@ q ORDER BY ts_rank(search, q) DESC, id LIMIT $2
            """);
        command.Parameters.AddWithValue(foldedQuery);
        command.Parameters.AddWithValue(limit);
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    /// <summary>A session advisory lock on a connection of its own, released on dispose or when the connection dies (kill -9).</summary>
    public async Task<IAsyncDisposable?> HoldStoryUpdateAsync(bool wait = true, CancellationToken cancellationToken = default)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var take = new NpgsqlCommand(wait ? $"SELECT true FROM pg_advisory_lock({StoryUpdateLock})" : $"SELECT pg_try_advisory_lock({StoryUpdateLock})", connection);
            if (await take.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new SessionLock(connection);
            }

            await connection.DisposeAsync();
            return null;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class SessionLock(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({StoryUpdateLock})", connection);
                await release.ExecuteNonQueryAsync(CancellationToken.None);
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }

    /// <summary>The story lock is a transaction-level advisory lock: released by the commit, or by the server when the connection dies.</summary>
    public async Task<T> WithStoryStateAsync<T>(Func<IStoryStateTables, Task<T>> work, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({StoryLock})", cancellationToken);

        // Every story-state read is an indexed lookup; the tables grow inside long updates before autovacuum has
        // analysed them, and stale statistics make the planner scan them whole.
        await Execute(connection, transaction, "SET LOCAL enable_seqscan = off", cancellationToken);
        var result = await work(new SqlStoryStateTables(connection, transaction, postgres: true));
        await transaction.CommitAsync(CancellationToken.None);
        return result;
    }


    public async Task<IReadOnlyList<StoryAssignment>> ListStoryAssignmentsAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT article_id, story_id, link, linked_to, duplicate_of, score, cross_lingual, evidence::text FROM story_articles ORDER BY story_id, article_id");
        return await ReadStoryAssignmentsAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<StoryAssignment>> ListStoryAssignmentsAsync(int storyId, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT article_id, story_id, link, linked_to, duplicate_of, score, cross_lingual, evidence::text FROM story_articles WHERE story_id = $1 ORDER BY article_id");
        command.Parameters.Add(new NpgsqlParameter { Value = storyId });
        return await ReadStoryAssignmentsAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<int>> ListMergedStoriesAsync(int storyId, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT story_id FROM story_merges WHERE into_id = $1 ORDER BY story_id");
        command.Parameters.Add(new NpgsqlParameter { Value = storyId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(reader.GetInt32(0));
        }

        return list;
    }

    private static async Task<IReadOnlyList<StoryAssignment>> ReadStoryAssignmentsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<StoryAssignment>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new StoryAssignment(reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetInt64(3),
                reader.IsDBNull(4) ? null : reader.GetInt64(4), reader.GetDouble(5), reader.GetBoolean(6), reader.GetString(7)));
        }

        return list;
    }

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
