using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using DiploLens.Storage;

namespace DiploLens.Stories;

/// <summary>
/// Keeps a store's stories current: the articles in no story yet are clustered in chunks of <see cref="ChunkSize"/>
/// (each chunk in <see cref="StoryClusterer.Order"/>) by a clusterer that reads the persisted state it needs on demand
/// (<see cref="IStoryStateSource"/>), and each chunk's delta, links and merges are written in one transaction under the
/// store-wide story lock. The cost of a chunk depends on the chunk, not on the archive.
/// <para>
/// Everything is reclustered (chunk by chunk, in id order) when asked, when the state was written by other options or
/// another version, or when a clustered article was changed or deleted since (the store marks the state stale: a
/// changed article's old features cannot be taken back out of the document frequencies and centroids).
/// </para>
/// </summary>
public sealed class StoryIndexer(ArticleSignatureBuilder builder, StoryOptions options)
{
    /// <summary>Bumped whenever the persisted state's meaning changes; a state of another version is rebuilt.</summary>
    public const int StateVersion = 1;

    private static readonly JsonSerializerOptions EvidenceJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private Warm? kept;

    public static StoryIndexer Default { get; } = new(ArticleSignatureBuilder.Default, StoryOptions.Default);

    /// <summary>Articles clustered per transaction.</summary>
    public int ChunkSize { get; init; } = 2000;

    /// <summary>
    /// Between the chunks of one update the clusterer is kept, with everything it read, as long as no other writer
    /// changed the state in between (a random generation token, renewed by every chunk, says so) and it holds at most
    /// this many features (about 100 bytes each with their postings and members); above that each chunk starts afresh.
    /// </summary>
    public int WarmFeatureLimit { get; init; } = 2_000_000;

    public StoryOptions Options => options;

    /// <summary>The version and options the persisted state was written with.</summary>
    public string StateSignature { get; } = StateVersion.ToString(CultureInfo.InvariantCulture) + ":" +
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(options.ToString())))[..16].ToLowerInvariant();

    /// <summary>The evidence of a link as stored (JSON), and back.</summary>
    public static string SerializeEvidence(IReadOnlyList<LinkEvidence> evidence) => JsonSerializer.Serialize(evidence, EvidenceJson);

    public static List<LinkEvidence> DeserializeEvidence(string json) => JsonSerializer.Deserialize<List<LinkEvidence>>(json, EvidenceJson) ?? [];

    /// <summary>A link as it is stored (the evidence as JSON); <see cref="StoryRebuild.ToLink"/> reads it back.</summary>
    public static StoryAssignment ToAssignment(StoryLink link) =>
        new(link.ArticleId, link.StoryId, link.Kind.ToString().ToLowerInvariant(), link.LinkedTo, link.DuplicateOf, link.Score, link.CrossLingual, SerializeEvidence(link.Evidence));

    /// <summary>
    /// Clusters every stored article that is in no story yet (everything, when <paramref name="rebuild"/> or when the
    /// state must be rebuilt); each chunk also files its articles under their story for search.
    /// </summary>
    public async Task<StoryIndexResult> UpdateAsync(INewsStore store, bool rebuild = false, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        await TryUpdateAsync(store, rebuild, wait: true, progress, cancellationToken) ?? new StoryIndexResult();

    /// <summary>As <see cref="UpdateAsync"/>; with <paramref name="wait"/> false, null (nothing done) when another writer is updating the stories.</summary>
    public async Task<StoryIndexResult?> TryUpdateAsync(INewsStore store, bool rebuild, bool wait, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var result = new StoryIndexResult();
        await using var hold = await store.HoldStoryUpdateAsync(wait, cancellationToken);
        if (hold is null)
        {
            return null;
        }

        var first = true;

        // The clusterer kept by the previous update of this indexer (a worker's next update continues with it, when
        // no other writer changed the state since); taken, so that concurrent updates never share it.
        var warm = Interlocked.Exchange(ref kept, null);
        while (true)
        {
            var chunk = await store.WithStoryStateAsync(tables => ChunkAsync(tables, first ? rebuild : false, warm, cancellationToken), cancellationToken);
            first = false;
            if (chunk is null)
            {
                Volatile.Write(ref kept, warm);
                return result;
            }

            // Committed: the clusterer now holds exactly what the state says, for all it has read.
            warm = chunk.Clusterer is { } clusterer && clusterer.FeatureCount <= WarmFeatureLimit ? new Warm(clusterer, chunk.Generation!) : null;

            result.Rebuilt |= chunk.Rebuilt;
            result.Articles += chunk.Links.Count;
            result.NewStories += chunk.Links.Count(l => l.Kind == LinkKind.New);
            result.Merges += chunk.Merges;
            result.Chunks++;
            progress?.Report(result.Articles);
        }
    }

    private async Task<Chunk?> ChunkAsync(IStoryStateTables tables, bool rebuild, Warm? warm, CancellationToken cancellationToken)
    {
        var rebuilt = false;
        var generation = await tables.GetAsync("generation", cancellationToken);
        var version = await tables.GetAsync("version", cancellationToken);
        var stale = await tables.GetAsync("stale", cancellationToken) == "1";
        if (rebuild || version != StateSignature || stale)
        {
            await tables.ClearAsync(cancellationToken);
            await tables.SetAsync("version", StateSignature, cancellationToken);
            await tables.SetAsync("stale", "0", cancellationToken);

            // A store that never had stories is not rebuilt, only started.
            rebuilt = rebuild || version is not null || stale;
            warm = null;
        }

        var articles = await tables.UnstoriedAsync(ChunkSize, cancellationToken);
        if (articles.Count == 0)
        {
            return rebuilt ? new Chunk([], 0, true, null, null) : null;
        }

        var signatures = articles.Select(a => builder.Build(a.Id, a.Document)).ToList();
        var clusterer = warm is not null && warm.Generation == generation
            ? await ExtendAsync(warm.Clusterer, tables, signatures, cancellationToken)
            : await ContinueAsync(tables, signatures, cancellationToken);
        clusterer.AddBatch(signatures);
        var delta = clusterer.TakeDelta();
        var assignments = delta.Links.Select(ToAssignment).ToList();
        await tables.ApplyAsync(delta, assignments, options, cancellationToken);
        var next = Guid.NewGuid().ToString("N");
        await tables.SetAsync("generation", next, cancellationToken);

        return new Chunk(delta.Links, delta.Merges.Count, rebuilt, clusterer, next);
    }

    /// <summary>
    /// A clusterer continuing from the persisted state for <paramref name="signatures"/>: it starts with the counters,
    /// the batch's features (with their document frequencies) and the sketches sharing an LSH band with the batch, and
    /// reads postings and candidate stories from <paramref name="tables"/> as it needs them.
    /// </summary>
    public async Task<StoryClusterer> ContinueAsync(IStoryStateTables tables, IReadOnlyList<ArticleSignature> signatures, CancellationToken cancellationToken)
    {
        long Counter(string? value, long fallback) => value is null ? fallback : long.Parse(value, CultureInfo.InvariantCulture);

        var (keys, bands) = KeysOf(signatures, known: _ => false);
        var slice = new StoryStateSlice
        {
            ArticleCount = Counter(await tables.GetAsync("articles", cancellationToken), 0),
            NextFeatureId = Counter(await tables.GetAsync("next_feature", cancellationToken), 1),
            NextStoryId = (int)Counter(await tables.GetAsync("next_story", cancellationToken), 1),
            Features = await tables.FeaturesByKeyAsync(keys, cancellationToken),
            Sketches = await tables.SketchesByBandAsync(bands, cancellationToken),
        };
        return StoryClusterer.FromSlice(options, slice, new TablesSource(tables, cancellationToken));
    }

    /// <summary>
    /// The clusterer of the previous chunk, given what the next chunk brings that it has not read: features it does not
    /// know and the sketches sharing a band with the chunk; it reads the rest on demand from the new transaction.
    /// </summary>
    private async Task<StoryClusterer> ExtendAsync(StoryClusterer clusterer, IStoryStateTables tables, IReadOnlyList<ArticleSignature> signatures, CancellationToken cancellationToken)
    {
        var (keys, bands) = KeysOf(signatures, clusterer.Knows);
        var more = new StoryStateSlice
        {
            Features = keys.Count > 0 ? await tables.FeaturesByKeyAsync(keys, cancellationToken) : [],
            Sketches = bands.Count > 0 ? await tables.SketchesByBandAsync(bands, cancellationToken) : [],
        };
        clusterer.Extend(more, new TablesSource(tables, cancellationToken));
        return clusterer;
    }

    /// <summary>The feature keys of a batch that are not <paramref name="known"/>, and the LSH band keys of its sketches.</summary>
    private (HashSet<string> Keys, HashSet<long> Bands) KeysOf(IReadOnlyList<ArticleSignature> signatures, Func<string, bool> known) =>
        (signatures.SelectMany(s => s.Features.Select(f => f.Key)).Where(k => !known(k)).ToHashSet(StringComparer.Ordinal),
         signatures.Where(s => NearDuplicateIndex.IsSketched(s, options)).SelectMany(s => NearDuplicateIndex.BandKeys(s.MinHash, options)).ToHashSet());

    /// <summary>
    /// The clusterer reads on demand, synchronously, inside the batch's transaction; the engines' async calls complete
    /// on the same connection (a console or worker process has no synchronisation context to deadlock on).
    /// </summary>
    private sealed class TablesSource(IStoryStateTables tables, CancellationToken cancellationToken) : IStoryStateSource
    {
        public (IReadOnlyList<StoredPosting> Postings, IReadOnlyDictionary<int, int> MergedInto) Postings(IReadOnlyCollection<long> featureIds, int perFeature)
        {
            var postings = tables.RecentPostingsAsync(featureIds, perFeature, cancellationToken).GetAwaiter().GetResult();
            var merged = tables.MergedIntoAsync(postings.Select(p => p.StoryId).ToHashSet(), cancellationToken).GetAwaiter().GetResult();
            return (postings, merged);
        }

        public StoryStateSlice Stories(IReadOnlyCollection<int> storyIds, int perLanguage, Func<long, bool> known)
        {
            var stories = tables.StoriesAsync(storyIds, cancellationToken).GetAwaiter().GetResult();
            var members = tables.RecentMembersAsync(storyIds, perLanguage, cancellationToken).GetAwaiter().GetResult();
            var centroids = tables.CentroidsAsync(storyIds, cancellationToken).GetAwaiter().GetResult();
            var more = members.SelectMany(m => m.Features.Select(f => f.Feature))
                .Concat(centroids.SelectMany(c => c.Sums.Select(f => f.Feature)))
                .Where(id => !known(id)).ToHashSet();
            var features = more.Count > 0 ? tables.FeaturesByIdAsync(more, cancellationToken).GetAwaiter().GetResult() : [];
            return new StoryStateSlice { Stories = stories, Members = members, Centroids = centroids, Features = features };
        }
    }

    /// <summary>A clusterer that holds exactly what the state said when <paramref name="Generation"/> was written.</summary>
    private sealed record Warm(StoryClusterer Clusterer, string Generation);

    private sealed record Chunk(IReadOnlyList<StoryLink> Links, int Merges, bool Rebuilt, StoryClusterer? Clusterer, string? Generation);
}

/// <summary>What one <see cref="StoryIndexer.UpdateAsync"/> did.</summary>
public sealed class StoryIndexResult
{
    public int Articles { get; set; }

    public int NewStories { get; set; }

    public int Merges { get; set; }

    public int Chunks { get; set; }

    /// <summary>Whether the state was rebuilt from scratch (asked for, other options, or a changed article).</summary>
    public bool Rebuilt { get; set; }
}
