using DiploLens.Documents;

namespace DiploLens.Storage;

/// <summary>
/// The store contract every engine implements (SQLite embedded, PostgreSQL for teams). Saving is idempotent: an
/// article with a known key and the same content and analysis is unchanged; the same key with new content or analysis
/// is updated in place; the same normalised content under another key is recognised and not stored twice.
/// A batch is saved in one transaction: it is stored whole or not at all.
/// </summary>
public interface INewsStore : IAsyncDisposable
{
    Task<IReadOnlyList<SaveOutcome>> SaveAsync(IReadOnlyList<ArticleToSave> batch, CancellationToken cancellationToken = default);

    Task<Document?> GetAsync(long id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ArticleSummary>> ListAsync(ArticleQuery query, CancellationToken cancellationToken = default);

    Task<long> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>Every stored article in id order, streamed (for migration between engines and re-analysis).</summary>
    IAsyncEnumerable<StoredArticle> ExportAsync(CancellationToken cancellationToken = default);

    /// <summary>Ids of articles whose folded title or body matches a full-text query in the engine's own syntax; <see cref="ISearchStore.SearchAsync"/> is the query language.</summary>
    Task<IReadOnlyList<long>> MatchAsync(string foldedQuery, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs <paramref name="work"/> on the story state tables in one transaction that holds the store-wide story lock
    /// (so that concurrent writers, workers included, cluster one after the other, each seeing every committed article),
    /// and commits when it returns. See <see cref="Stories.StoryIndexer"/>.
    /// </summary>
    Task<T> WithStoryStateAsync<T>(Func<Stories.IStoryStateTables, Task<T>> work, CancellationToken cancellationToken = default);

    /// <summary>
    /// Holds the store-wide story update lock until disposed, across the transactions of one update, so that one
    /// writer clusters a backlog from start to end while the others wait, then find nothing left (and the writer's
    /// clusterer stays valid between its chunks). Engines with a single writer return a lock that holds nothing.
    /// With <paramref name="wait"/> false, null when another writer holds it.
    /// </summary>
    Task<IAsyncDisposable?> HoldStoryUpdateAsync(bool wait = true, CancellationToken cancellationToken = default);

    /// <summary>Every stored story assignment, by story then article id.</summary>
    Task<IReadOnlyList<StoryAssignment>> ListStoryAssignmentsAsync(CancellationToken cancellationToken = default);

    /// <summary>The assignments of one story, by article id; empty when there is no such story.</summary>
    Task<IReadOnlyList<StoryAssignment>> ListStoryAssignmentsAsync(int storyId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The ids of the stories the clusterer merged into this one (table <c>story_merges</c>), ascending; empty when none
    /// was. They are the ids of the <c>stories</c> table and of the story pages, and include a story merged into one that
    /// was later merged into this one (a merge re-points the earlier merges at the survivor). A merged story's row is
    /// deleted and its articles are refiled under the survivor, so none of these ids has articles or a page of its own.
    /// </summary>
    Task<IReadOnlyList<int>> ListMergedStoriesAsync(int storyId, CancellationToken cancellationToken = default);
}
