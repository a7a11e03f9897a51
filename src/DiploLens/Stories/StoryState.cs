namespace DiploLens.Stories;

/// <summary>
/// Part of the persisted clusterer state, handed to a clusterer that continues from it: at the start of a batch the
/// counters, the batch's features (with their document frequencies) and the MinHash sketches of earlier articles that
/// share an LSH band with the batch; then, read on demand through <see cref="IStoryStateSource"/>, candidate stories
/// with their most recent members and centroids (posting entries come through the source on their own). What is read depends on the batch, not on the
/// archive: that is what keeps the cost per article flat as the archive grows (<see cref="StoryIndexer"/>).
/// </summary>
public sealed record StoryStateSlice
{
    public static StoryStateSlice Empty { get; } = new();

    /// <summary>Articles clustered so far, copies excluded (the N of the rarity ln(1 + N/df)).</summary>
    public long ArticleCount { get; init; }

    public long NextFeatureId { get; init; } = 1;

    public int NextStoryId { get; init; } = 1;

    public IReadOnlyList<StoredFeature> Features { get; init; } = [];

    public IReadOnlyList<StoredStory> Stories { get; init; } = [];

    public IReadOnlyList<StoredMember> Members { get; init; } = [];

    public IReadOnlyList<StoredCentroid> Centroids { get; init; } = [];

    public IReadOnlyList<StoredSketch> Sketches { get; init; } = [];
}

/// <summary>What a batch changed in the clusterer's state: written back in one transaction with the batch's links.</summary>
public sealed record StoryStateDelta
{
    public long ArticleCount { get; init; }

    public long NextFeatureId { get; init; }

    public int NextStoryId { get; init; }

    /// <summary>New features and features whose document frequency changed (the whole row, to upsert).</summary>
    public IReadOnlyList<StoredFeature> Features { get; init; } = [];

    /// <summary>Posting entries to upsert: a (feature, story) pair keeps its latest touch.</summary>
    public IReadOnlyList<StoredPosting> Postings { get; init; } = [];

    /// <summary>Stories folded into another, in the order they happened (From → Into, Into a surviving story).</summary>
    public IReadOnlyList<(int From, int Into)> Merges { get; init; } = [];

    /// <summary>The surviving stories the batch touched (to upsert).</summary>
    public IReadOnlyList<StoredStory> Stories { get; init; } = [];

    public IReadOnlyList<StoredMember> Members { get; init; } = [];

    /// <summary>The centroids the batch touched, whole (to upsert); centroids of merged stories are folded in here.</summary>
    public IReadOnlyList<StoredCentroid> Centroids { get; init; } = [];

    public IReadOnlyList<StoredSketch> Sketches { get; init; } = [];

    /// <summary>The batch's links, in the order the articles were added.</summary>
    public IReadOnlyList<StoryLink> Links { get; init; } = [];
}

public sealed record StoredFeature(long Id, string Key, FeatureKind Kind, int Df);

/// <summary>A posting entry: the feature, a story (as it was numbered then: resolve merges) and the order of the last article that touched it.</summary>
public sealed record StoredPosting(long FeatureId, int StoryId, long Touch);

/// <summary>A surviving story's title (its first article's), languages (as first seen) and its dated members' time range.</summary>
public sealed record StoredStory(int Id, string Title, IReadOnlyList<string> Languages, DateTime? From, DateTime? To);

/// <summary>A clustered article (not a copy): its features by id with their weights before rarity, and its order.</summary>
public sealed record StoredMember(long ArticleId, int StoryId, string Language, long Order, DateTime? TimeStart, DateTime? TimeEnd, IReadOnlyList<(long Feature, float Weight)> Features);

/// <summary>The summed feature weights of a story's members in one language, and how many members were summed.</summary>
public sealed record StoredCentroid(int StoryId, string Language, int Count, IReadOnlyList<(long Feature, double Sum)> Sums);

/// <summary>A sketched article (never a copy: copies are not indexed) with its MinHash and its story as it was numbered then.</summary>
public sealed record StoredSketch(long ArticleId, int StoryId, ulong[] MinHash);
