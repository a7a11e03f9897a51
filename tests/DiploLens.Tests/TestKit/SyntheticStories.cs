using DiploLens.Storage;
using DiploLens.Stories;

namespace DiploLens.Tests.TestKit;

/// <summary>
/// A synthetic archive of story signatures large enough that every part of the story state is exercised (merges of
/// stories by bridging articles, exact copies, cross-lingual links), and the way to cluster it through a store's state
/// tables in chunks, as <see cref="StoryIndexer"/> does for stored articles.
/// </summary>
internal static class SyntheticStories
{
    /// <summary>
    /// Events of 3–39 articles in vi/fr/en, each article with its event's person, forum, day and figure (each shared
    /// with other events: 23 people, 11 forums recur), a common country, a topic and within-language terms; one event in 15 is later bridged to the previous one by an article that
    /// carries both; one article in 20 is re-posted as an exact copy.
    /// </summary>
    public static List<ArticleSignature> Signatures(int count, int seed)
    {
        var random = new Random(seed);
        var languages = new[] { "vi", "fr", "en" };
        var list = new List<ArticleSignature>();
        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var eventId = 0;
        while (list.Count < count)
        {
            eventId++;
            var size = random.Next(3, 40);
            var day = start.AddDays(list.Count / 4.0);
            SignatureFeature F(string key, double weight) => new(key, StoryFeatures.KindOf(key), weight, key);
            List<SignatureFeature> EventFeatures(int e) =>
                [F($"person:p{e % 23}", 3), F($"forum:f{e % 11}", 2.5), F($"day:{e % 28}-{e % 12}", 2), F($"fig:count:{e % 50}", 1.5)];
            for (var i = 0; i < size && list.Count < count; i++)
            {
                var language = languages[random.Next(3)];
                var features = EventFeatures(eventId);
                features.Add(F($"country:c{random.Next(5)}", 0.8));
                features.Add(F($"topic:t{random.Next(12)}", 1));
                for (var t = 0; t < 8; t++)
                {
                    features.Add(F($"term:{language}:w{(eventId + random.Next(40)) % 300}", 1));
                }

                if (i == size - 1 && eventId % 15 == 0)
                {
                    features.AddRange(EventFeatures(eventId - 1));
                }

                var sketch = Enumerable.Range(0, StoryOptions.Default.MinHashCount).Select(_ => (ulong)random.NextInt64()).ToArray();
                var time = day.AddHours(random.Next(72));
                var signature = new ArticleSignature(list.Count + 1, language, features.DistinctBy(f => f.Key).ToList())
                {
                    TimeStart = time, TimeEnd = time.AddDays(1), MinHash = sketch, ShingleCount = 40,
                };
                list.Add(signature);
                if (random.Next(20) == 0 && list.Count < count)
                {
                    list.Add(signature with { ArticleId = list.Count + 1 });
                }
            }
        }

        return list;
    }

    /// <summary>
    /// Clusters <paramref name="signatures"/> in chunks through the store's story state, each chunk in one transaction
    /// by a clusterer continuing from the state (<see cref="StoryIndexer.ContinueAsync"/>), and returns the links of
    /// every chunk. With <paramref name="storeLinks"/> the links are stored too (and the articles filed under their
    /// story), which needs a stored article for every signature id.
    /// </summary>
    public static async Task<List<StoryLink>> ClusterThroughAsync(INewsStore store, IReadOnlyList<ArticleSignature> signatures, int chunkSize, bool storeLinks)
    {
        var indexer = StoryIndexer.Default;
        var links = new List<StoryLink>();
        foreach (var chunk in signatures.Chunk(chunkSize))
        {
            links.AddRange(await store.WithStoryStateAsync(async tables =>
            {
                var clusterer = await indexer.ContinueAsync(tables, chunk, CancellationToken.None);
                clusterer.AddBatch(chunk);
                var delta = clusterer.TakeDelta();
                await tables.ApplyAsync(delta, storeLinks ? delta.Links.Select(StoryIndexer.ToAssignment).ToList() : [], indexer.Options, CancellationToken.None);
                return delta.Links;
            }));
        }

        return links;
    }
}
