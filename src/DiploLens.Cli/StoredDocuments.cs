using DiploLens.Documents;
using DiploLens.Storage;

namespace DiploLens.Cli;

/// <summary>
/// Every stored article with its layers, read one by one. The entity, quote and topic listings aggregate over these;
/// an indexed mentions table in the store is the next step when collections grow past what a scan serves quickly.
/// </summary>
internal static class StoredDocuments
{
    public static async IAsyncEnumerable<(long Id, Document Document)> ReadAllAsync(INewsStore store, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        const int page = 500;
        for (var offset = 0; ; offset += page)
        {
            var rows = await store.ListAsync(new ArticleQuery { Limit = page, Offset = offset }, cancellationToken);
            foreach (var row in rows)
            {
                if (await store.GetAsync(row.Id, cancellationToken) is { } document)
                {
                    yield return (row.Id, document);
                }
            }

            if (rows.Count < page)
            {
                yield break;
            }
        }
    }
}
