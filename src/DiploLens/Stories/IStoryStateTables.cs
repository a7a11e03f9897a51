using DiploLens.Storage;

namespace DiploLens.Stories;

/// <summary>
/// The persisted story state of a store, as the <see cref="StoryIndexer"/> reads and writes it: inside one transaction
/// that holds the store-wide story lock (<see cref="INewsStore.WithStoryStateAsync{T}"/>). Every read is bounded by its
/// arguments (keys of one batch, a number per feature or per story), never by the size of the archive.
/// </summary>
public interface IStoryStateTables
{
    /// <summary>A named value of the state (<c>version</c>, <c>stale</c>, counters); null when unset.</summary>
    Task<string?> GetAsync(string name, CancellationToken cancellationToken);

    Task SetAsync(string name, string value, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> stored articles that are in no story yet, lowest id first.</summary>
    Task<IReadOnlyList<StoredArticle>> UnstoriedAsync(int limit, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredFeature>> FeaturesByKeyAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredFeature>> FeaturesByIdAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken);

    /// <summary>For each feature, its <paramref name="perFeature"/> most recently touched (feature, story) entries.</summary>
    Task<IReadOnlyList<StoredPosting>> RecentPostingsAsync(IReadOnlyCollection<long> featureIds, int perFeature, CancellationToken cancellationToken);

    /// <summary>The sketched articles filed under any of these LSH band keys.</summary>
    Task<IReadOnlyList<StoredSketch>> SketchesByBandAsync(IReadOnlyCollection<long> bandKeys, CancellationToken cancellationToken);

    /// <summary>The surviving story each of these ids was merged into, for the ids that were merged.</summary>
    Task<IReadOnlyDictionary<int, int>> MergedIntoAsync(IReadOnlyCollection<int> storyIds, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredStory>> StoriesAsync(IReadOnlyCollection<int> storyIds, CancellationToken cancellationToken);

    /// <summary>For each story and each of its languages, its <paramref name="perLanguage"/> most recent members.</summary>
    Task<IReadOnlyList<StoredMember>> RecentMembersAsync(IReadOnlyCollection<int> storyIds, int perLanguage, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredCentroid>> CentroidsAsync(IReadOnlyCollection<int> storyIds, CancellationToken cancellationToken);

    /// <summary>
    /// Writes a batch's delta in that transaction: state, links (as <paramref name="assignments"/>), merges, and each
    /// article filed under its story in the search terms.
    /// </summary>
    Task ApplyAsync(StoryStateDelta delta, IReadOnlyList<StoryAssignment> assignments, StoryOptions options, CancellationToken cancellationToken);

    /// <summary>Forgets every story and the whole state (before a rebuild).</summary>
    Task ClearAsync(CancellationToken cancellationToken);

}
