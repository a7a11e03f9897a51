using System.Text.Json;
using System.Text.Json.Serialization;
using DiploLens.Documents;
using DiploLens.Extraction;
using DiploLens.Ingest;
using DiploLens.Pipeline;
using DiploLens.Evaluation;
using DiploLens.Storage;
using DiploLens.Stories;
using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Storage;

/// <summary>
/// The store contract: every behaviour here must hold on every engine. Each engine's test class derives from this one
/// and supplies a fresh, empty store per test (and a second connection to it, for concurrent writers).
/// </summary>
public abstract class StoreContractTests
{
    private readonly AnalysisPipeline pipeline = AnalysisPipeline.CreateDefault();

    /// <summary>A fresh empty store; calling it again in the same test opens another connection to the same store.</summary>
    protected abstract Task<INewsStore> OpenAsync();

    private ArticleToSave Article(string text, string? key = null, string? date = null, string? lang = null)
    {
        var raw = new RawArticle { Source = key ?? "inline", Key = key, Body = text, DateText = date, Language = lang };
        return new ArticleToSave(pipeline.Run(ArticleExtraction.Default.Extract(raw)), key, pipeline.Signature);
    }

    [Fact]
    public async Task Save_SameKeyAndContentTwice_IsUnchanged()
    {
        await using var store = await OpenAsync();
        var first = await store.SaveAsync([Article("Le vice-ministre a parlé.", "file:a")]);
        var second = await store.SaveAsync([Article("Le vice-ministre a parlé.", "file:a")]);
        Assert.Equal(SaveAction.Added, first[0].Action);
        Assert.Equal(new SaveOutcome(SaveAction.Unchanged, first[0].Id), second[0]);
        Assert.Equal(1, await store.CountAsync());
    }

    [Fact]
    public async Task Save_SameKeyNewContent_UpdatesInPlace()
    {
        await using var store = await OpenAsync();
        var first = await store.SaveAsync([Article("Version one.", "https://example.org/a")]);
        var second = await store.SaveAsync([Article("Version two.", "https://example.org/a")]);
        Assert.Equal(SaveAction.Updated, second[0].Action);
        Assert.Equal(first[0].Id, second[0].Id);
        Assert.Equal("Version two.", (await store.GetAsync(first[0].Id))!.Text);
        Assert.Empty(await store.MatchAsync("one", 10));
        Assert.Single(await store.MatchAsync("two", 10));
    }

    [Fact]
    public async Task Save_SameKeyDifferentPipeline_IsReanalysed()
    {
        await using var store = await OpenAsync();
        var article = Article("Same text, new analysis.", "file:x");
        var first = await store.SaveAsync([article]);
        var second = await store.SaveAsync([article with { PipelineSignature = "v0:other" }]);
        Assert.Equal((SaveAction.Updated, first[0].Id, "re-analysed"), (second[0].Action, second[0].Id, second[0].Note));
    }

    [Fact]
    public async Task Save_SameContentUnderAnotherKey_IsNotStoredTwice()
    {
        await using var store = await OpenAsync();
        var first = await store.SaveAsync([Article("Same   text.\n", "https://a.example/1")]);
        var second = await store.SaveAsync([Article("Same text.", "https://b.example/2")]);
        Assert.Equal(SaveAction.Unchanged, second[0].Action);
        Assert.Contains($"article {first[0].Id}", second[0].Note);
        Assert.Equal(1, await store.CountAsync());
    }

    [Fact]
    public async Task Save_DuplicateInsideOneBatch_IsStoredOnce()
    {
        await using var store = await OpenAsync();
        var outcomes = await store.SaveAsync([Article("Twice in a batch."), Article("Twice in a batch.")]);
        Assert.Equal([SaveAction.Added, SaveAction.Unchanged], outcomes.Select(o => o.Action));
    }

    [Fact]
    public async Task Save_ConcurrentWritersWithOverlappingBatches_StoreEachArticleOnce()
    {
        await using var first = await OpenAsync();
        await using var second = await OpenAsync();
        var articles = Enumerable.Range(0, 60).Select(i => Article($"Dispatch {i} on water security.", $"https://example.org/{i}")).ToList();
        await Task.WhenAll(
            Task.Run(async () =>
            {
                for (var i = 0; i < 60; i += 10)
                {
                    await first.SaveAsync(articles.Skip(i).Take(10).ToList());
                }
            }),
            Task.Run(async () =>
            {
                for (var i = 50; i >= 0; i -= 10)
                {
                    await second.SaveAsync(articles.Skip(i).Take(10).Reverse().ToList());
                }
            }));
        Assert.Equal(60, await first.CountAsync());
    }

    [Fact]
    public async Task Get_ReturnsTheDocumentWithItsLayersAndRemovedSegments()
    {
        await using var store = await OpenAsync();
        var saved = Article(File.ReadAllText(Paths.Seed("004")), "file:seed4");
        var id = (await store.SaveAsync([saved]))[0].Id;
        var loaded = (await store.GetAsync(id))!;
        Assert.Equal(saved.Document.Text, loaded.Text);
        Assert.Equal(saved.Document.Removed, loaded.Removed);
        Assert.Equal(saved.Document.Metadata, loaded.Metadata);
        Assert.Equal(saved.Document.Get(Layers.Sentences), loaded.Get(Layers.Sentences));
        Assert.False(loaded.Has(Layers.Tokens));
        Assert.Null(await store.GetAsync(id + 1000));
    }

    [Fact]
    public async Task Match_FoldedQuery_FindsDiacriticText()
    {
        await using var store = await OpenAsync();
        await store.SaveAsync([Article("Bộ trưởng Bùi Thanh Sơn thăm Đông Nam Á."), Article("Unrelated English text.")]);
        Assert.Single(await store.MatchAsync("\"bui thanh son\"", 10));
        Assert.Single(await store.MatchAsync("dong", 10));
        Assert.Empty(await store.MatchAsync("\"son thanh bui\"", 10));
    }

    [Fact]
    public async Task List_FiltersByLanguageDateRangeAndSource()
    {
        await using var store = await OpenAsync();
        await store.SaveAsync([
            Article("Un.", "https://vna.example/fr/1", "2023-12", "fr"),
            Article("Two.", "https://vna.example/en/2", "2021-11-23", "en"),
            Article("Ba.", "file:/x/vi.txt", "05/11/2020 14:06", "vi"),
            Article("Undated.", "file:/x/undated.txt"),
        ]);
        Assert.Equal(["Un", "Two", "Ba", "Undated"], (await store.ListAsync(new ArticleQuery())).Select(r => r.Title));
        Assert.Equal(["fr"], (await store.ListAsync(new ArticleQuery { Language = "fr" })).Select(r => r.Language));
        Assert.Equal(2, (await store.ListAsync(new ArticleQuery { From = PartialDate.OfYear(2021) })).Count);
        Assert.Equal(["Ba"], (await store.ListAsync(new ArticleQuery { To = PartialDate.OfDay(2020, 11, 5) })).Select(r => r.Title));
        Assert.Equal(2, (await store.ListAsync(new ArticleQuery { Source = "vna.example" })).Count);
        Assert.Equal(["Two"], (await store.ListAsync(new ArticleQuery { Limit = 1, Offset = 1 })).Select(r => r.Title));
    }

    [Fact]
    public async Task Export_YieldsEveryArticleInIdOrderWithItsKey()
    {
        await using var store = await OpenAsync();
        await store.SaveAsync([Article("First.", "k1"), Article("Second."), Article("Third.", "k3")]);
        var exported = new List<StoredArticle>();
        await foreach (var article in store.ExportAsync())
        {
            exported.Add(article);
        }

        Assert.Equal(["k1", null, "k3"], exported.Select(a => a.Key));
        Assert.Equal(["First.", "Second.", "Third."], exported.Select(a => a.Document.Text));
        Assert.True(exported.Select(a => a.Id).SequenceEqual(exported.Select(a => a.Id).Order()));
    }

    /// <summary>
    /// Incremental clustering through the store (chunks of 5 articles, each reading the persisted state it needs;
    /// with the clusterer kept between chunks, or started afresh for each) must give exactly the links one in-memory
    /// clusterer gives when fed the same chunks: same stories, same kinds, same linked members, same scores. The
    /// articles are the labelled story fixture set (vi/fr/en events, copies, look-alikes).
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task StoryIndexer_InChunks_GivesTheLinksOfOneClustererFedTheSameChunks(bool keepClustererBetweenChunks)
    {
        await using var store = await OpenAsync();
        await SaveStoryFixturesAsync(store);
        var indexer = new StoryIndexer(ArticleSignatureBuilder.Default, StoryOptions.Default)
        {
            ChunkSize = 5,
            WarmFeatureLimit = keepClustererBetweenChunks ? int.MaxValue : 0,
        };

        var result = await indexer.UpdateAsync(store);

        var signatures = new List<ArticleSignature>();
        await foreach (var article in store.ExportAsync())
        {
            signatures.Add(ArticleSignatureBuilder.Default.Build(article.Id, article.Document));
        }

        var reference = new StoryClusterer(StoryOptions.Default);
        var links = signatures.OrderBy(s => s.ArticleId).Chunk(5).SelectMany(reference.AddBatch).ToList();
        var stored = (await store.ListStoryAssignmentsAsync()).ToDictionary(a => a.ArticleId);
        Assert.Equal(signatures.Count, result.Articles);
        Assert.Equal(signatures.Count, stored.Count);
        Assert.All(links, link =>
        {
            var row = stored[link.ArticleId];
            Assert.Equal(
                (reference.StoryOf(link.ArticleId), link.Kind.ToString().ToLowerInvariant(), link.LinkedTo, link.DuplicateOf, link.Score, link.CrossLingual),
                (row.StoryId, row.Link, row.LinkedTo, row.DuplicateOf, row.Score, row.CrossLingual));
        });
        Assert.Contains(stored.Values, a => a.Link == "duplicate");
        Assert.Contains(stored.Values, a => a.CrossLingual);
    }

    [Fact]
    public async Task ListStoryAssignments_OfOneStory_ReturnsItsLinksWithParsableEvidence()
    {
        await using var store = await OpenAsync();
        await SaveStoryFixturesAsync(store);
        await StoryIndexer.Default.UpdateAsync(store);
        var all = await store.ListStoryAssignmentsAsync();
        var storyId = all.GroupBy(a => a.StoryId).First(g => g.Any(a => a.Link == "duplicate") && g.Any(a => a.Link == "joined")).Key;

        var story = await store.ListStoryAssignmentsAsync(storyId);

        Assert.Equal(all.Where(a => a.StoryId == storyId).Select(a => a.ArticleId).Order(), story.Select(a => a.ArticleId).Order());
        Assert.All(story, a => Assert.Equal(storyId, a.StoryId));
        var joined = StoryRebuild.ToLink(story.First(a => a.Link == "joined"));
        Assert.Equal(LinkKind.Joined, joined.Kind);
        Assert.NotNull(joined.LinkedTo);
        Assert.NotEmpty(joined.Evidence);
        Assert.All(joined.Evidence, e => Assert.NotNull(e.Kind));
        var copy = StoryRebuild.ToLink(story.First(a => a.Link == "duplicate"));
        Assert.NotNull(copy.DuplicateOf);
        Assert.Null(Assert.Single(copy.Evidence).Kind);
        Assert.Empty(StoryRebuild.ToLink(story.First(a => a.Link == "new")).Evidence);
        Assert.Empty(await store.ListStoryAssignmentsAsync(all.Max(a => a.StoryId) + 1));
    }

    [Fact]
    public async Task StoryIndexer_SecondRun_AddsOnlyTheNewArticlesAndKeepsTheStoriesOfTheFirst()
    {
        await using var store = await OpenAsync();
        await SaveStoryFixturesAsync(store, take: 20);
        await StoryIndexer.Default.UpdateAsync(store);
        var before = (await store.ListStoryAssignmentsAsync()).ToDictionary(a => a.ArticleId);

        Assert.Equal(0, (await StoryIndexer.Default.UpdateAsync(store)).Articles);
        await SaveStoryFixturesAsync(store, skip: 20);
        var second = await StoryIndexer.Default.UpdateAsync(store);

        var after = (await store.ListStoryAssignmentsAsync()).ToDictionary(a => a.ArticleId);
        Assert.False(second.Rebuilt);
        Assert.Equal(after.Count - before.Count, second.Articles);
        Assert.True(second.Articles > 0);
        Assert.All(before.Values, b =>
        {
            var a = after[b.ArticleId];
            Assert.Equal((b.Link, b.LinkedTo, b.DuplicateOf, b.Score, b.EvidenceJson), (a.Link, a.LinkedTo, a.DuplicateOf, a.Score, a.EvidenceJson));
            if (second.Merges == 0)
            {
                Assert.Equal(b.StoryId, a.StoryId);
            }
        });
    }

    [Fact]
    public async Task StoryIndexer_ChangedArticle_RebuildsEveryStory()
    {
        await using var store = await OpenAsync();
        await store.SaveAsync([Article("Le ministre est arrivé à Tokyo pour le dialogue.", "k1", "2024-03-12", "fr"), Article("Hội nghị khai mạc tại Hà Nội.", "k2", "2024-03-12", "vi")]);
        var first = await StoryIndexer.Default.UpdateAsync(store);
        await store.SaveAsync([Article("Le ministre est reparti de Tokyo.", "k1", "2024-03-13", "fr")]);

        var second = await StoryIndexer.Default.UpdateAsync(store);

        Assert.False(first.Rebuilt);
        Assert.True(second.Rebuilt);
        Assert.Equal(2, second.Articles);
        Assert.Equal(2, (await store.ListStoryAssignmentsAsync()).Count);
        Assert.False((await StoryIndexer.Default.UpdateAsync(store)).Rebuilt);
    }

    [Fact]
    public async Task StoryIndexer_Evidence_IsStoredWithEachLink()
    {
        await using var store = await OpenAsync();
        await SaveStoryFixturesAsync(store);
        await StoryIndexer.Default.UpdateAsync(store);

        var joined = (await store.ListStoryAssignmentsAsync()).Where(a => a.Link == "joined").ToList();

        Assert.NotEmpty(joined);
        Assert.All(joined, a => Assert.NotEmpty(StoryIndexer.DeserializeEvidence(a.EvidenceJson)));
        Assert.All(joined, a => Assert.True(a.Score >= StoryOptions.Default.JoinThreshold));
    }

    /// <summary>
    /// The persisted state on its own, at a size where every part of it is exercised: 1,500 synthetic signatures
    /// (events with their own people and forums, common countries, bridging articles that merge two stories, exact
    /// copies) clustered in chunks of 100 through the store's state tables must give the links of one in-memory
    /// clusterer fed the same chunks.
    /// </summary>
    [Fact]
    public async Task StoryState_SyntheticArchiveInChunks_GivesTheLinksOfOneClusterer()
    {
        await using var store = await OpenAsync();
        var signatures = SyntheticStories.Signatures(1500, seed: 7);
        var reference = new StoryClusterer(StoryOptions.Default);
        var expected = signatures.Chunk(100).SelectMany(reference.AddBatch).Select(l => l with { StoryId = 0 }).ToList();
        var actual = (await SyntheticStories.ClusterThroughAsync(store, signatures, 100, storeLinks: false)).Select(l => l with { StoryId = 0 }).ToList();

        var merged = await store.WithStoryStateAsync(t => t.MergedIntoAsync(Enumerable.Range(1, 2000).ToList(), CancellationToken.None));
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(
                (expected[i].ArticleId, expected[i].Kind, expected[i].LinkedTo, expected[i].DuplicateOf, expected[i].Score, expected[i].CrossLingual, string.Join(",", expected[i].Merged)),
                (actual[i].ArticleId, actual[i].Kind, actual[i].LinkedTo, actual[i].DuplicateOf, actual[i].Score, actual[i].CrossLingual, string.Join(",", actual[i].Merged)));
            Assert.Equal(expected[i].Evidence, actual[i].Evidence);
        }

        Assert.Contains(expected, l => l.Merged.Count > 0);
        Assert.Contains(expected, l => l.Kind == LinkKind.Duplicate);
        Assert.Contains(expected, l => l.CrossLingual);
        Assert.NotEmpty(merged);
    }

    /// <summary>
    /// The merges a story lists are exactly the stories the clusterer folded into it, directly or through a story later
    /// folded into it: on the synthetic archive (whose bridging articles merge stories) clustered in chunks through the
    /// store, checked against one in-memory clusterer and against the <c>story_merges</c> rows themselves.
    /// </summary>
    [Fact]
    public async Task ListMergedStories_SyntheticArchiveInChunks_AreTheStoriesMergedIntoEachStory()
    {
        await using var store = await OpenAsync();
        var signatures = SyntheticStories.Signatures(1500, seed: 7);
        var reference = new StoryClusterer(StoryOptions.Default);
        var mergedIds = signatures.Chunk(100).SelectMany(reference.AddBatch).SelectMany(l => l.Merged).ToList();
        await SyntheticStories.ClusterThroughAsync(store, signatures, 100, storeLinks: false);

        var rows = await store.WithStoryStateAsync(t => t.MergedIntoAsync(Enumerable.Range(1, 2000).ToList(), CancellationToken.None));
        var expected = mergedIds.GroupBy(id => reference.Story(id).Id).ToDictionary(g => g.Key, g => g.Order().ToList());
        Assert.NotEmpty(expected);
        Assert.Equal(mergedIds.Order(), rows.Keys.Order());
        foreach (var story in reference.Stories)
        {
            var listed = await store.ListMergedStoriesAsync(story.Id);
            Assert.Equal(expected.GetValueOrDefault(story.Id, []), listed);
            Assert.Equal(rows.Where(r => r.Value == story.Id).Select(r => r.Key).Order(), listed);
        }

        foreach (var merged in mergedIds)
        {
            Assert.Empty(await store.ListMergedStoriesAsync(merged));
        }
    }

    /// <summary>
    /// Story 3 is merged into story 2, which is later merged into story 1, each article in its own transaction: story 1
    /// lists both (the earlier merge is re-pointed at the survivor), and neither merged story lists any.
    /// </summary>
    [Fact]
    public async Task ListMergedStories_StoryMergedAfterAbsorbingAnother_ListsBoth()
    {
        await using var store = await OpenAsync();
        string[] a = ["person:a", "forum:x", "fig:ordinal:31"], b = ["person:b", "forum:y", "fig:ordinal:13"], c = ["person:c", "forum:z", "fig:ordinal:7"];
        ArticleSignature[] signatures = [Hand(1, "fr", a), Hand(2, "vi", b), Hand(3, "en", c), Hand(4, "fr", [.. b, .. c]), Hand(5, "en", [.. a, .. b, .. c])];

        var links = await SyntheticStories.ClusterThroughAsync(store, signatures, chunkSize: 1, storeLinks: false);

        Assert.Equal([[], [], [], [3], [2]], links.Select(l => l.Merged.ToArray()));
        Assert.Equal([2, 3], await store.ListMergedStoriesAsync(1));
        Assert.Empty(await store.ListMergedStoriesAsync(2));
        Assert.Empty(await store.ListMergedStoriesAsync(3));
    }

    private static ArticleSignature Hand(long id, string language, params string[] keys) =>
        new(id, language, keys.Order(StringComparer.Ordinal).Select(k => new SignatureFeature(k, StoryFeatures.KindOf(k), StoryFeatures.BaseWeight(StoryFeatures.KindOf(k)), k)).ToList());

    private async Task<IReadOnlyList<long>> SaveStoryFixturesAsync(INewsStore store, int skip = 0, int take = int.MaxValue)
    {
        using var reader = new StreamReader(Path.Combine(Paths.Fixtures, "Stories", "stories.jsonl"));
        var items = StoryEvaluation.ReadJsonLines(reader, "stories.jsonl").Skip(skip).Take(take);
        var saved = await store.SaveAsync(items.Select(i => Article(i.Text, i.Url ?? i.Id, i.Date, i.Language)).ToList());
        return saved.Select(o => o.Id).ToList();
    }
}
