using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Web;

/// <summary>
/// The workbench on the seeds plus <see cref="Count"/> placeholder articles clustered as the synthetic story archive
/// (<see cref="SyntheticStories"/>: its bridging articles make the clusterer merge stories), through the store's story
/// state in chunks of 100 with every link stored and every article filed under its story, as the indexer stores them.
/// The seeds stay unclustered.
/// </summary>
public sealed class MergedStoriesWorkbenchFactory() : WorkbenchFactory(PrepareAsync)
{
    /// <summary>Enough articles for two merges (seed 7 of the synthetic archive).</summary>
    public const int Count = 700;

    private static async Task PrepareAsync(string db)
    {
        await using var store = await StoreBuilder.OpenAsync(db);
        var saved = await store.SaveAsync(Enumerable.Range(1, Count)
            .Select(i => StoreBuilder.Article($"Placeholder dispatch number {i} of the merged stories fixture.", $"https://merges.example/{i}", "en", "2024-01-01"))
            .ToList());
        var ids = saved.Select(o => o.Id).ToList();
        var signatures = SyntheticStories.Signatures(Count, seed: 7).Select(s => s with { ArticleId = ids[(int)s.ArticleId - 1] }).ToList();
        await SyntheticStories.ClusterThroughAsync(store, signatures, chunkSize: 100, storeLinks: true);
    }
}
