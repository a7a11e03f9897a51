namespace DiploLens.Storage;

/// <summary>
/// Copies every article of one store into another (SQLite → PostgreSQL, or back) in batches, keeping keys, documents
/// and analysis signatures, and verifies by counting both sides. Copying again changes nothing (saves are idempotent).
/// </summary>
public static class StoreCopy
{
    public sealed record Result(long SourceCount, long Read, int Added, int Updated, int Unchanged, long TargetCount)
    {
        /// <summary>True when every source article is in the target (the target may have held others before).</summary>
        public bool Verified => Read == SourceCount && TargetCount >= SourceCount;
    }

    public static async Task<Result> CopyAsync(INewsStore from, INewsStore to, int batchSize = 256, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var sourceCount = await from.CountAsync(cancellationToken);
        var batch = new List<ArticleToSave>(batchSize);
        long read = 0;
        int added = 0, updated = 0, unchanged = 0;

        async Task FlushAsync()
        {
            foreach (var outcome in await to.SaveAsync(batch, CancellationToken.None))
            {
                switch (outcome.Action)
                {
                    case SaveAction.Added: added++; break;
                    case SaveAction.Updated: updated++; break;
                    default: unchanged++; break;
                }
            }

            batch.Clear();
            progress?.Report(read);
        }

        await foreach (var article in from.ExportAsync(cancellationToken))
        {
            read++;
            batch.Add(new ArticleToSave(article.Document, article.Key, article.PipelineSignature));
            if (batch.Count >= batchSize)
            {
                await FlushAsync();
            }
        }

        if (batch.Count > 0)
        {
            await FlushAsync();
        }

        return new Result(sourceCount, read, added, updated, unchanged, await to.CountAsync(cancellationToken));
    }
}
