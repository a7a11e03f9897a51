using DiploLens.Documents;
using DiploLens.Storage;

namespace DiploLens.Cli;

/// <summary>
/// Every stored article with its layers, streamed in id order. The entity, quote and topic listings aggregate over
/// this scan; an indexed mentions table in the store is the next step when collections outgrow a scan.
/// </summary>
internal static class StoredDocuments
{
    public static async IAsyncEnumerable<(long Id, Document Document)> ReadAllAsync(INewsStore store, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var article in store.ExportAsync(cancellationToken))
        {
            yield return (article.Id, article.Document);
        }
    }
}
