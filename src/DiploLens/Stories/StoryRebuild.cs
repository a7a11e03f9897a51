using DiploLens.Documents;
using DiploLens.Storage;

namespace DiploLens.Stories;

/// <summary>
/// Stories of a whole store, rebuilt from the stored documents: every article's signature, then one
/// <see cref="StoryClusterer.AddBatch"/> over all of them (dated by publication, then undated by id). The signatures
/// and documents are kept for display.
/// </summary>
public sealed class StoryRebuild
{
    private StoryRebuild(StoryClusterer clusterer, IReadOnlyDictionary<long, ArticleSignature> signatures, IReadOnlyDictionary<long, Document> documents)
    {
        Clusterer = clusterer;
        Signatures = signatures;
        Documents = documents;
    }

    public StoryClusterer Clusterer { get; }

    public IReadOnlyDictionary<long, ArticleSignature> Signatures { get; }

    public IReadOnlyDictionary<long, Document> Documents { get; }

    public static async Task<StoryRebuild> RunAsync(INewsStore store, ArticleSignatureBuilder builder, StoryOptions options, CancellationToken cancellationToken = default)
    {
        var signatures = new Dictionary<long, ArticleSignature>();
        var documents = new Dictionary<long, Document>();
        await foreach (var article in store.ExportAsync(cancellationToken))
        {
            signatures[article.Id] = builder.Build(article.Id, article.Document);
            documents[article.Id] = article.Document;
        }

        return Run(signatures, documents, options);
    }

    public static StoryRebuild Run(Dictionary<long, ArticleSignature> signatures, Dictionary<long, Document> documents, StoryOptions options)
    {
        var clusterer = new StoryClusterer(options);
        clusterer.AddBatch(signatures.Values);
        return new StoryRebuild(clusterer, signatures, documents);
    }
}
