namespace DiploLens.Stories;

/// <summary>
/// What a clusterer continuing from persisted state reads while it clusters, as it needs it: the posting entries of
/// the features an article queries, and the candidate stories it then compares the article with. Reading on demand
/// keeps what a batch reads proportional to the batch (at most <see cref="StoryOptions.MaxQueryFeatures"/> postings
/// and <see cref="StoryOptions.MaxCandidates"/> stories per article), whatever the size of the archive.
/// </summary>
public interface IStoryStateSource
{
    /// <summary>For each feature (global id), its <paramref name="perFeature"/> most recently touched entries; and, for the story ids they name that were merged, the story each went into.</summary>
    (IReadOnlyList<StoredPosting> Postings, IReadOnlyDictionary<int, int> MergedInto) Postings(IReadOnlyCollection<long> featureIds, int perFeature);

    /// <summary>These stories with their <paramref name="perLanguage"/> most recent members per language, their centroids, and the features those name that are not <paramref name="known"/>.</summary>
    StoryStateSlice Stories(IReadOnlyCollection<int> storyIds, int perLanguage, Func<long, bool> known);
}
