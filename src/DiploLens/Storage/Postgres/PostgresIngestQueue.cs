using System.Text.Json;
using DiploLens.Extraction;
using DiploLens.Ingest;
using DiploLens.Pipeline;
using Npgsql;

namespace DiploLens.Storage.Postgres;

/// <summary>
/// A queue of raw articles in PostgreSQL that several worker processes drain together. A worker claims a batch with
/// <c>FOR UPDATE SKIP LOCKED</c>, analyses it, and saves the articles and marks the rows done in the same transaction:
/// a worker killed mid-batch loses nothing (its transaction rolls back, the rows stay pending and its locks go with
/// its connection) and duplicates nothing (the articles it did not commit were never stored).
/// </summary>
public sealed class PostgresIngestQueue(PostgresNewsStore store)
{
    private static readonly JsonSerializerOptions Json = Storage.DocumentJson.Options;

    public sealed record QueueCounts(long Pending, long Done, long Failed);

    public sealed record BatchResult(int Claimed, int Added, int Updated, int Unchanged, int Failed);

    /// <summary>Adds raw articles to the queue, in one transaction.</summary>
    public async Task<int> EnqueueAsync(IReadOnlyList<RawArticle> articles, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            INSERT INTO ingest_queue(source, article, enqueued_at)
            SELECT s, a, now() FROM unnest($1::text[], $2::jsonb[]) AS t(s, a)
            """, connection, transaction);
        command.Parameters.AddWithValue(articles.Select(a => a.Source).ToArray());
        command.Parameters.Add(new NpgsqlParameter { Value = articles.Select(a => JsonSerializer.Serialize(a, Json)).ToArray(), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Jsonb });
        var count = await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    /// <summary>Claims up to <paramref name="batchSize"/> pending rows, analyses and stores them; 0 claimed means the queue is empty (for now).</summary>
    public async Task<BatchResult> ProcessBatchAsync(string worker, int batchSize, AnalysisPipeline pipeline, ArticleExtraction extraction, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var claimed = new List<(long Id, RawArticle Raw)>();
        await using (var claim = new NpgsqlCommand("""
            SELECT id, article::text FROM ingest_queue WHERE state = 'pending' ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED
            """, connection, transaction))
        {
            claim.Parameters.AddWithValue(batchSize);
            await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                claimed.Add((reader.GetInt64(0), JsonSerializer.Deserialize<RawArticle>(reader.GetString(1), Json)!));
            }
        }

        if (claimed.Count == 0)
        {
            return new BatchResult(0, 0, 0, 0, 0);
        }

        // Analysis is CPU work on this worker's cores; the rows stay locked meanwhile, so no other worker takes them.
        var analysed = new (ArticleToSave? Save, string? Error)[claimed.Count];
        Parallel.For(0, claimed.Count, i => analysed[i] = ArticleAnalysis.Analyse(claimed[i].Raw, pipeline, extraction));

        var toSave = analysed.Where(a => a.Save is not null).Select(a => a.Save!).ToList();
        var outcomes = await store.SaveAsync(connection, transaction, toSave);
        int added = 0, updated = 0, unchanged = 0, failed = 0, next = 0;
        var ids = new long[claimed.Count];
        var states = new string[claimed.Count];
        var articleIds = new long?[claimed.Count];
        var outcomeNames = new string?[claimed.Count];
        var errors = new string?[claimed.Count];
        for (var i = 0; i < claimed.Count; i++)
        {
            ids[i] = claimed[i].Id;
            if (analysed[i].Error is { } error)
            {
                failed++;
                (states[i], errors[i]) = ("failed", error);
                continue;
            }

            var outcome = outcomes[next++];
            _ = outcome.Action switch { SaveAction.Added => added++, SaveAction.Updated => updated++, _ => unchanged++ };
            (states[i], articleIds[i], outcomeNames[i]) = ("done", outcome.Id, outcome.Action.ToString().ToLowerInvariant());
        }

        await using (var mark = new NpgsqlCommand("""
            UPDATE ingest_queue q SET state = t.state, attempts = attempts + 1, article_id = t.article_id, outcome = t.outcome,
                error = t.error, worker = $6, done_at = now()
            FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::text[], $5::text[]) AS t(id, state, article_id, outcome, error)
            WHERE q.id = t.id
            """, connection, transaction))
        {
            mark.Parameters.AddWithValue(ids);
            mark.Parameters.AddWithValue(states);
            mark.Parameters.AddWithValue(articleIds);
            mark.Parameters.AddWithValue(outcomeNames);
            mark.Parameters.AddWithValue(errors);
            mark.Parameters.AddWithValue(worker);
            await mark.ExecuteNonQueryAsync(CancellationToken.None);
        }

        await transaction.CommitAsync(CancellationToken.None);
        return new BatchResult(claimed.Count, added, updated, unchanged, failed);
    }

    public async Task<QueueCounts> CountsAsync(CancellationToken cancellationToken = default)
    {
        await using var command = store.DataSource.CreateCommand("""
            SELECT count(*) FILTER (WHERE state = 'pending'), count(*) FILTER (WHERE state = 'done'), count(*) FILTER (WHERE state = 'failed') FROM ingest_queue
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new QueueCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }
}
