using System.Globalization;
using DiploLens.Documents;
using DiploLens.Storage;

namespace DiploLens.Stories;

/// <summary>
/// The stories of a whole store with what displaying them needs (each article's signature and document): loaded from
/// the stored assignments (<see cref="StoryIndexer"/> keeps them current), or clustered in memory over given signatures
/// (for comparing two articles).
/// </summary>
public sealed class StoryRebuild
{
    private StoryRebuild(IReadOnlyList<Story> stories, StoryClusterer? clusterer, IReadOnlyDictionary<long, ArticleSignature> signatures, IReadOnlyDictionary<long, Document> documents)
    {
        Stories = stories;
        Clusterer = clusterer;
        Signatures = signatures;
        Documents = documents;
    }

    /// <summary>The stories, lowest id first.</summary>
    public IReadOnlyList<Story> Stories { get; }

    /// <summary>The clusterer when the stories were clustered in memory (for comparisons); null when they were loaded.</summary>
    public StoryClusterer? Clusterer { get; }

    public IReadOnlyDictionary<long, ArticleSignature> Signatures { get; }

    public IReadOnlyDictionary<long, Document> Documents { get; }

    public static StoryRebuild Run(Dictionary<long, ArticleSignature> signatures, Dictionary<long, Document> documents, StoryOptions options)
    {
        var clusterer = new StoryClusterer(options);
        clusterer.AddBatch(signatures.Values);
        return new StoryRebuild(clusterer.Stories, clusterer, signatures, documents);
    }

    /// <summary>
    /// The stored stories when they cover exactly the stored articles; else null (articles were added or removed
    /// since the last rebuild).
    /// </summary>
    public static async Task<StoryRebuild?> LoadAsync(INewsStore store, ArticleSignatureBuilder builder, CancellationToken cancellationToken = default)
    {
        var assignments = await store.ListStoryAssignmentsAsync(cancellationToken);
        if (assignments.Count == 0)
        {
            return null;
        }

        var (signatures, documents) = await ReadAsync(store, builder, cancellationToken);
        if (assignments.Count != signatures.Count || assignments.Any(a => !signatures.ContainsKey(a.ArticleId)))
        {
            return null;
        }

        var stories = new Dictionary<int, Story>();
        foreach (var a in assignments.OrderBy(a => a.StoryId).ThenBy(a => a.Link == "new" ? 0 : 1).ThenBy(a => a.ArticleId))
        {
            if (!stories.TryGetValue(a.StoryId, out var story))
            {
                story = new Story(a.StoryId);
                stories.Add(a.StoryId, story);
            }

            story.Add(ToLink(a), signatures[a.ArticleId]);
        }

        return new StoryRebuild(stories.Values.OrderBy(s => s.Id).ToList(), null, signatures, documents);
    }

    /// <summary>
    /// A stored assignment read back as the link it records (kind, member, canonical, score, cross-lingual flag and
    /// evidence), on any engine: the one place the evidence JSON of <see cref="StoryAssignment.EvidenceJson"/> is parsed.
    /// </summary>
    public static StoryLink ToLink(StoryAssignment assignment) =>
        new(assignment.ArticleId, assignment.StoryId, Enum.Parse<LinkKind>(assignment.Link, ignoreCase: true), assignment.LinkedTo, assignment.Score, ReadEvidence(assignment.EvidenceJson))
        {
            DuplicateOf = assignment.DuplicateOf,
            CrossLingual = assignment.CrossLingual,
        };

    /// <summary>The evidence of a stored link, strongest first as it was written; an empty array or JSON null is no evidence.</summary>
    public static IReadOnlyList<LinkEvidence> ReadEvidence(string evidenceJson) =>
        StoryIndexer.DeserializeEvidence(evidenceJson);

    private static async Task<(Dictionary<long, ArticleSignature>, Dictionary<long, Document>)> ReadAsync(INewsStore store, ArticleSignatureBuilder builder, CancellationToken cancellationToken, bool keepDocuments = true)
    {
        var signatures = new Dictionary<long, ArticleSignature>();
        var documents = new Dictionary<long, Document>();
        await foreach (var article in store.ExportAsync(cancellationToken))
        {
            signatures[article.Id] = builder.Build(article.Id, article.Document);
            if (keepDocuments)
            {
                documents[article.Id] = article.Document;
            }
        }

        return (signatures, documents);
    }
}
