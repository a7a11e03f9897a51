using DiploLens.Stories;
using System.Globalization;
using DiploLens.Analysis;
using DiploLens.Documents;
using DiploLens.Search;
using Microsoft.Data.Sqlite;

namespace DiploLens.Storage.Sqlite;

/// <summary>
/// The embedded engine: one SQLite file in WAL mode, a versioned schema, batched transactions and an FTS5 index
/// over folded text. One writer at a time (SQLite's rule); readers are not blocked by the writer.
/// </summary>
public sealed class SqliteNewsStore : ISearchStore
{
    private readonly SqliteConnection connection;
    private readonly TimeProvider clock;
    private readonly SemaphoreSlim gate = new(1, 1);

    private readonly string readerConnectionString;
    private readonly SemaphoreSlim valuesGate = new(1, 1);
    private SqliteConnection? valuesConnection;
    private DocValues? docValues;
    private long saves;

    private SqliteNewsStore(SqliteConnection connection, string path, TimeProvider clock)
    {
        this.connection = connection;
        this.clock = clock;
        Path = path;

        // Reads go through pooled connections of their own, so concurrent readers (the web server) neither share the
        // writer's connection nor wait for it; WAL lets them read while a batch is being written.
        readerConnectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, Mode = SqliteOpenMode.ReadWrite }.ToString();
    }

    public string Path { get; }

    /// <summary>
    /// Whether searches that <see cref="PostingsIndex"/> covers are evaluated over postings in memory (the default) or
    /// by FTS5 row by row; both give the same results, which the tests check by switching this off.
    /// </summary>
    internal bool SearchWithPostings { get; set; } = true;

    public static async Task<SqliteNewsStore> OpenAsync(string path, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new StoreException($"Cannot open database '{path}': folder '{directory}' does not exist.");
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            await ExecuteAsync(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536; PRAGMA mmap_size = 1073741824;", cancellationToken);
            RegisterFunctions(connection);
            var store = new SqliteNewsStore(connection, path, clock ?? TimeProvider.System);
            await store.MigrateAsync(cancellationToken);
            return store;
        }
        catch (SqliteException e)
        {
            await connection.DisposeAsync();
            throw new StoreException($"Cannot open database '{path}': {e.Message.TrimEnd('.')} (is it a DiploLens SQLite file?).", e);
        }
    }

    public async Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_migrations";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)", cancellationToken);
        var current = await SchemaVersionAsync(cancellationToken);
        foreach (var (version, description, sql) in SqliteMigrations.Steps.Where(s => s.Version > current))
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = sql;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_migrations(version, description, applied_at) VALUES ($v, $d, $t)";
                record.Parameters.AddWithValue("$v", version);
                record.Parameters.AddWithValue("$d", description);
                record.Parameters.AddWithValue("$t", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
    }

    public async Task<IReadOnlyList<SaveOutcome>> SaveAsync(IReadOnlyList<ArticleToSave> batch, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Deliberately not cancellable once begun: a batch commits whole or rolls back whole.
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, CancellationToken.None);
            using var commands = new Commands(connection, transaction);
            var outcomes = new List<SaveOutcome>(batch.Count);
            var now = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
            foreach (var article in batch)
            {
                outcomes.Add(await SaveOneAsync(commands, article, now));
            }

            await transaction.CommitAsync(CancellationToken.None);
            Interlocked.Increment(ref saves);
            return outcomes;
        }
        finally
        {
            gate.Release();
        }
    }

    private static async Task<SaveOutcome> SaveOneAsync(Commands commands, ArticleToSave article, string now)
    {
        var document = article.Document;
        var hash = document.Metadata.ContentHash;
        if (article.Key is not null)
        {
            commands.FindByKey.Parameters["$key"].Value = article.Key;
            await using var reader = await commands.FindByKey.ExecuteReaderAsync();
            if (await reader.ReadAsync())
            {
                var id = reader.GetInt64(0);
                var sameContent = reader.GetString(1) == hash;
                var sameAnalysis = reader.GetString(2) == article.PipelineSignature;
                await reader.DisposeAsync();
                if (sameContent && sameAnalysis)
                {
                    return new SaveOutcome(SaveAction.Unchanged, id);
                }

                await WriteAsync(commands, article, now, id);
                return new SaveOutcome(SaveAction.Updated, id, sameContent ? "re-analysed" : "content changed");
            }
        }

        commands.FindByHash.Parameters["$hash"].Value = hash;
        if (await commands.FindByHash.ExecuteScalarAsync() is long existing)
        {
            return new SaveOutcome(SaveAction.Unchanged, existing, $"same content as article {existing}");
        }

        var newId = await WriteAsync(commands, article, now, id: null);
        return new SaveOutcome(SaveAction.Added, newId);
    }

    private static async Task<long> WriteAsync(Commands commands, ArticleToSave article, string now, long? id)
    {
        var row = ArticleRow.From(article);
        var command = id is null ? commands.Insert : commands.Update;
        var p = command.Parameters;
        p["$key"].Value = (object?)row.Key ?? DBNull.Value;
        p["$source"].Value = row.Source;
        p["$url"].Value = (object?)row.Url ?? DBNull.Value;
        p["$hash"].Value = row.ContentHash;
        p["$pipeline"].Value = row.Pipeline;
        p["$title"].Value = (object?)row.Title ?? DBNull.Value;
        p["$language"].Value = row.Language;
        p["$published"].Value = (object?)row.Published ?? DBNull.Value;
        p["$published_start"].Value = row.PublishedStart is { } start ? ArticleRow.SortableText(start) : DBNull.Value;
        p["$length"].Value = row.TextLength;
        p["$removed"].Value = row.RemovedCount;
        p["$document"].Value = row.DocumentJson;
        p["$now"].Value = now;
        p["$id"].Value = (object?)id ?? DBNull.Value;
        var rowId = id ?? (long)(await command.ExecuteScalarAsync())!;
        if (id is not null)
        {
            await command.ExecuteNonQueryAsync();
            commands.DeleteFts.Parameters["$id"].Value = rowId;
            await commands.DeleteFts.ExecuteNonQueryAsync();
        }

        commands.InsertFts.Parameters["$id"].Value = rowId;
        commands.InsertFts.Parameters["$title"].Value = row.FoldedTitle;
        commands.InsertFts.Parameters["$body"].Value = row.FoldedBody;
        commands.InsertFts.Parameters["$title_exact"].Value = row.Title ?? string.Empty;
        commands.InsertFts.Parameters["$body_exact"].Value = article.Document.Text;
        await commands.InsertFts.ExecuteNonQueryAsync();

        // Terms from the document's layers are rewritten on every save; terms of other kinds (stories) are kept.
        var terms = ArticleTerms.Of(article.Document);
        commands.DeleteTerms.Parameters["$id"].Value = rowId;
        commands.DeleteTerms.Parameters["$kinds"].Value = string.Join(',', terms.Select(t => t.Kind).Append(ArticleTerms.Source).Distinct());
        await commands.DeleteTerms.ExecuteNonQueryAsync();
        foreach (var term in terms)
        {
            commands.InsertTerm.Parameters["$id"].Value = rowId;
            commands.InsertTerm.Parameters["$kind"].Value = term.Kind;
            commands.InsertTerm.Parameters["$value"].Value = term.Value;
            commands.InsertTerm.Parameters["$label"].Value = term.Label;
            commands.InsertTerm.Parameters["$folded"].Value = TextFolder.Fold(term.Label);
            await commands.InsertTerm.ExecuteNonQueryAsync();
        }

        return rowId;
    }

    public async Task<Document?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var reading = await OpenReaderAsync(cancellationToken);
        await using var command = reading.CreateCommand();
        command.CommandText = "SELECT document FROM articles WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? DocumentJson.Deserialize(json) : null;
    }

    public async Task<IReadOnlyList<ArticleSummary>> ListAsync(ArticleQuery query, CancellationToken cancellationToken = default)
    {
        await using var reading = await OpenReaderAsync(cancellationToken);
        await using var command = reading.CreateCommand();
        var where = new List<string>();
        if (query.Language is not null)
        {
            where.Add("language = $language");
            command.Parameters.AddWithValue("$language", query.Language);
        }

        if (query.From is not null)
        {
            where.Add("published_start >= $from");
            command.Parameters.AddWithValue("$from", ArticleRow.SortableText(query.From.Start));
        }

        if (query.To is not null)
        {
            where.Add("published_start < $to");
            command.Parameters.AddWithValue("$to", ArticleRow.SortableText(ArticleRow.EndOf(query.To)));
        }

        if (query.Source is not null)
        {
            where.Add("instr(source, $source) > 0");
            command.Parameters.AddWithValue("$source", query.Source);
        }

        command.CommandText = $"""
            SELECT {ArticleSummary.Columns}
            FROM articles {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : string.Empty)}
            ORDER BY published_start IS NULL, published_start DESC, id
            LIMIT $limit OFFSET $offset
            """;
        command.Parameters.AddWithValue("$limit", query.Limit);
        command.Parameters.AddWithValue("$offset", query.Offset);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await ArticleSummary.ReadAllAsync(reader, cancellationToken);
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var reading = await OpenReaderAsync(cancellationToken);
        await using var command = reading.CreateCommand();
        command.CommandText = "SELECT count(*) FROM articles";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<IReadOnlyList<long>> MatchAsync(string foldedQuery, int limit, CancellationToken cancellationToken = default)
    {
        await using var reading = await OpenReaderAsync(cancellationToken);
        await using var command = reading.CreateCommand();
        command.CommandText = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH '{title body} : (' || $q || ')' ORDER BY rank LIMIT $limit";
        command.Parameters.AddWithValue("$q", foldedQuery);
        command.Parameters.AddWithValue("$limit", limit);
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    public async Task<SearchResult> SearchAsync(SearchQuery query, SearchPaging paging, CancellationToken cancellationToken = default)
    {
        var values = await DocValuesAsync(cancellationToken);
        await using var reading = await OpenReaderAsync(cancellationToken);
        return await SqliteSearch.SearchAsync(reading, values, query, paging, clock.GetUtcNow(), SearchWithPostings, cancellationToken);
    }

    public async Task<IReadOnlyList<TrendPoint>> TrendAsync(SearchQuery query, TrendInterval interval, CancellationToken cancellationToken = default)
    {
        var values = await DocValuesAsync(cancellationToken);
        await using var reading = await OpenReaderAsync(cancellationToken);
        return await SqliteSearch.TrendAsync(reading, values, query, interval, SearchWithPostings, cancellationToken);
    }

    /// <summary>The current doc values, reloaded when any connection (this store's writer or another process) committed since they were loaded.</summary>
    private async Task<DocValues> DocValuesAsync(CancellationToken cancellationToken)
    {
        await valuesGate.WaitAsync(cancellationToken);
        try
        {
            if (valuesConnection is null)
            {
                valuesConnection = new SqliteConnection(readerConnectionString.Replace("Pooling=True", "Pooling=False", StringComparison.OrdinalIgnoreCase));
                await valuesConnection.OpenAsync(cancellationToken);
            }

            var version = await DocValues.VersionAsync(valuesConnection, cancellationToken);

            // data_version changes with commits by any other connection or process; the save counter makes this
            // store's own commits certain to be seen as well.
            var stamp = version * 1_000_000 + Volatile.Read(ref saves);
            if (docValues is null || docValues.Version != stamp)
            {
                docValues = await DocValues.LoadAsync(valuesConnection, stamp, cancellationToken);
            }

            return docValues;
        }
        finally
        {
            valuesGate.Release();
        }
    }

    public async Task SetTermsAsync(long articleId, string kind, IReadOnlyList<ArticleTerm> terms, CancellationToken cancellationToken = default)
    {
        if (terms.Any(t => t.Kind != kind))
        {
            throw new ArgumentException($"Every term must be of kind '{kind}'.", nameof(terms));
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(CancellationToken.None);
            var commands = new Commands(connection, transaction);
            commands.DeleteTerms.Parameters["$id"].Value = articleId;
            commands.DeleteTerms.Parameters["$kinds"].Value = kind;
            await commands.DeleteTerms.ExecuteNonQueryAsync(CancellationToken.None);
            foreach (var term in terms)
            {
                commands.InsertTerm.Parameters["$id"].Value = articleId;
                commands.InsertTerm.Parameters["$kind"].Value = term.Kind;
                commands.InsertTerm.Parameters["$value"].Value = term.Value;
                commands.InsertTerm.Parameters["$label"].Value = term.Label;
                commands.InsertTerm.Parameters["$folded"].Value = TextFolder.Fold(term.Label);
                await commands.InsertTerm.ExecuteNonQueryAsync(CancellationToken.None);
            }

            await transaction.CommitAsync(CancellationToken.None);
            Interlocked.Increment(ref saves);
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<IReadOnlyList<ArticleTerm>> TermsAsync(long articleId, CancellationToken cancellationToken = default)
    {
        await using var reading = await OpenReaderAsync(cancellationToken);
        await using var command = reading.CreateCommand();
        command.CommandText = "SELECT kind, value, label FROM article_terms WHERE article_id = $id ORDER BY kind, label";
        command.Parameters.AddWithValue("$id", articleId);
        var terms = new List<ArticleTerm>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            terms.Add(new ArticleTerm(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return terms;
    }

    private async Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        var reading = new SqliteConnection(readerConnectionString);
        await reading.OpenAsync(cancellationToken);
        return reading;
    }

    private static void RegisterFunctions(SqliteConnection connection)
    {
        connection.CreateFunction("diplolens_fold", (string? text) => text is null ? null : TextFolder.Fold(text), isDeterministic: true);
        connection.CreateFunction("diplolens_site", (string source, string? url) => ArticleTerms.SiteOf(source, url), isDeterministic: true);
    }

    /// <summary>SQLite has one writer at a time: each chunk's transaction is enough.</summary>
    public Task<IAsyncDisposable?> HoldStoryUpdateAsync(bool wait = true, CancellationToken cancellationToken = default) =>
        Task.FromResult<IAsyncDisposable?>(NoLock.Instance);

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    public async Task<T> WithStoryStateAsync<T>(Func<IStoryStateTables, Task<T>> work, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            var result = await work(new SqlStoryStateTables(connection, transaction, postgres: false));
            await transaction.CommitAsync(CancellationToken.None);
            Interlocked.Increment(ref saves); // the story terms changed: cached doc values are stale
            return result;
        }
        finally
        {
            gate.Release();
        }
    }

    public async IAsyncEnumerable<StoredArticle> ExportAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, source_key, pipeline, document FROM articles ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new StoredArticle(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2), DocumentJson.Deserialize(reader.GetString(3)));
        }
    }


    public async Task<IReadOnlyList<StoryAssignment>> ListStoryAssignmentsAsync(CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT article_id, story_id, link, linked_to, duplicate_of, score, cross_lingual, evidence FROM story_articles ORDER BY story_id, article_id";
        return await ReadStoryAssignmentsAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<StoryAssignment>> ListStoryAssignmentsAsync(int storyId, CancellationToken cancellationToken = default)
    {
        // A pooled reader: the workbench asks for one story per request, concurrently with saves on the writer.
        await using var reading = await OpenReaderAsync(cancellationToken);
        await using var command = reading.CreateCommand();
        command.CommandText = "SELECT article_id, story_id, link, linked_to, duplicate_of, score, cross_lingual, evidence FROM story_articles WHERE story_id = $story ORDER BY article_id";
        command.Parameters.AddWithValue("$story", storyId);
        return await ReadStoryAssignmentsAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<int>> ListMergedStoriesAsync(int storyId, CancellationToken cancellationToken = default)
    {
        // A pooled reader, as for one story's assignments: the story page asks for both.
        await using var reading = await OpenReaderAsync(cancellationToken);
        await using var command = reading.CreateCommand();
        command.CommandText = "SELECT story_id FROM story_merges WHERE into_id = $story ORDER BY story_id";
        command.Parameters.AddWithValue("$story", storyId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(reader.GetInt32(0));
        }

        return list;
    }

    private static async Task<IReadOnlyList<StoryAssignment>> ReadStoryAssignmentsAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<StoryAssignment>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new StoryAssignment(reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetInt64(3),
                reader.IsDBNull(4) ? null : reader.GetInt64(4), reader.GetDouble(5), reader.GetInt64(6) != 0, reader.GetString(7)));
        }

        return list;
    }

    public async ValueTask DisposeAsync()
    {
        using (var pooled = new SqliteConnection(readerConnectionString))
        {
            // Pooled readers would keep the file open after the store is disposed.
            SqliteConnection.ClearPool(pooled);
        }

        if (valuesConnection is not null)
        {
            await valuesConnection.DisposeAsync();
        }

        await connection.DisposeAsync();
        gate.Dispose();
        valuesGate.Dispose();
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The prepared statements of one save transaction.</summary>
    private sealed class Commands : IDisposable
    {
        private const string Columns = "source_key = $key, source = $source, url = $url, content_hash = $hash, pipeline = $pipeline, title = $title, language = $language, published = $published, published_start = $published_start, text_length = $length, removed_count = $removed, document = $document, updated_at = $now";

        public Commands(SqliteConnection connection, SqliteTransaction transaction)
        {
            FindByKey = Create(connection, transaction, "SELECT id, content_hash, pipeline FROM articles WHERE source_key = $key", "$key");
            FindByHash = Create(connection, transaction, "SELECT id FROM articles WHERE content_hash = $hash ORDER BY id LIMIT 1", "$hash");
            string[] all = ["$key", "$source", "$url", "$hash", "$pipeline", "$title", "$language", "$published", "$published_start", "$length", "$removed", "$document", "$now", "$id"];
            Insert = Create(connection, transaction, """
                INSERT INTO articles(source_key, source, url, content_hash, pipeline, title, language, published, published_start, text_length, removed_count, document, ingested_at, updated_at)
                VALUES ($key, $source, $url, $hash, $pipeline, $title, $language, $published, $published_start, $length, $removed, $document, $now, $now)
                RETURNING id
                """, all);
            Update = Create(connection, transaction, $"UPDATE articles SET {Columns} WHERE id = $id", all);
            DeleteFts = Create(connection, transaction, "DELETE FROM articles_fts WHERE rowid = $id", "$id");
            InsertFts = Create(connection, transaction, "INSERT INTO articles_fts(rowid, title, body, title_exact, body_exact) VALUES ($id, $title, $body, $title_exact, $body_exact)", "$id", "$title", "$body", "$title_exact", "$body_exact");
            DeleteTerms = Create(connection, transaction, "DELETE FROM article_terms WHERE article_id = $id AND instr(',' || $kinds || ',', ',' || kind || ',') > 0", "$id", "$kinds");
            InsertTerm = Create(connection, transaction, "INSERT OR IGNORE INTO article_terms(article_id, kind, value, label, folded) VALUES ($id, $kind, $value, $label, $folded)", "$id", "$kind", "$value", "$label", "$folded");
        }

        public SqliteCommand DeleteTerms { get; }

        public SqliteCommand InsertTerm { get; }

        public SqliteCommand FindByKey { get; }

        public SqliteCommand FindByHash { get; }

        public SqliteCommand Insert { get; }

        public SqliteCommand Update { get; }

        public SqliteCommand DeleteFts { get; }

        public SqliteCommand InsertFts { get; }

        public void Dispose()
        {
            foreach (var command in new[] { FindByKey, FindByHash, Insert, Update, DeleteFts, InsertFts })
            {
                command.Dispose();
            }
        }

        private static SqliteCommand Create(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var name in parameters)
            {
                command.Parameters.Add(new SqliteParameter(name, null));
            }

            return command;
        }
    }
}
