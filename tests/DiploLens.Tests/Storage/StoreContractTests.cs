using System.Text.Json;
using System.Text.Json.Serialization;
using DiploLens.Documents;
using DiploLens.Extraction;
using DiploLens.Ingest;
using DiploLens.Pipeline;
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

    [Fact]
    public async Task ReplaceStories_ThenList_ReturnsTheAssignmentsAndSummaries()
    {
        await using var store = await OpenAsync();
        var ids = (await store.SaveAsync([Article("Le ministre est arrivé à Tokyo.", "k1", "2024-03-12", "fr"), Article("The minister arrived in Tokyo.", "k2", "2024-03-13", "en"), Article("Hội nghị khai mạc.", "k3")]))
            .Select(o => o.Id).ToArray();
        await store.ReplaceStoriesAsync(
        [
            new StoryAssignment(ids[0], 1, "new", null, null, 0, false, "[]"),
            new StoryAssignment(ids[1], 1, "joined", ids[0], null, 0.5, true, """[{"feature":"person:bui-thanh-son","label":"Bùi Thanh Sơn","weight":3.2}]"""),
            new StoryAssignment(ids[2], 2, "new", null, null, 0, false, "[]"),
        ]);

        var stored = await store.ListStoryAssignmentsAsync();

        Assert.Equal([1, 1, 2], stored.Select(a => a.StoryId));
        var joined = stored.Single(a => a.ArticleId == ids[1]);
        Assert.Equal(("joined", ids[0], true, 0.5), (joined.Link, joined.LinkedTo, joined.CrossLingual, joined.Score));
        Assert.Contains("Bùi Thanh Sơn", joined.EvidenceJson);
    }

    [Fact]
    public async Task ListStoryAssignments_OfOneStory_ReturnsItsLinksWithParsableEvidence()
    {
        await using var store = await OpenAsync();
        var ids = (await store.SaveAsync([Article("Le ministre est arrivé à Tokyo.", "k1", "2024-03-12", "fr"), Article("Hội nghị khai mạc.", "k2"), Article("The minister arrived in Tokyo.", "k3", "2024-03-13", "en"), Article("The minister arrived in Tokyo today.", "k4", "2024-03-13", "en")]))
            .Select(o => o.Id).ToArray();
        LinkEvidence[] evidence = [new("person:bui-thanh-son", FeatureKind.Person, "Bùi Thanh Sơn", 3.25), new("concept:un", FeatureKind.Concept, "United Nations", 1.5)];
        var written = JsonSerializer.Serialize(evidence, new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) } });
        await store.ReplaceStoriesAsync(
        [
            new StoryAssignment(ids[0], 7, "new", null, null, 0, false, "[]"),
            new StoryAssignment(ids[1], 8, "new", null, null, 0, false, "[]"),
            new StoryAssignment(ids[2], 7, "joined", ids[0], null, 0.625, true, written),
            new StoryAssignment(ids[3], 7, "duplicate", ids[2], ids[2], 0.9, false, """[{"feature":"shingles","label":"shingle Jaccard","weight":0.9}]"""),
        ]);

        var story = await store.ListStoryAssignmentsAsync(7);

        Assert.Equal([ids[0], ids[2], ids[3]], story.Select(a => a.ArticleId));
        Assert.All(story, a => Assert.Equal(7, a.StoryId));
        var joined = StoryRebuild.ToLink(story[1]);
        Assert.Equal((LinkKind.Joined, (long?)ids[0], true, 0.625), (joined.Kind, joined.LinkedTo, joined.CrossLingual, joined.Score));
        Assert.Equal(evidence, joined.Evidence);
        var copy = StoryRebuild.ToLink(story[2]);
        Assert.Equal((LinkKind.Duplicate, (long?)ids[2]), (copy.Kind, copy.DuplicateOf));
        Assert.Null(Assert.Single(copy.Evidence).Kind);
        Assert.Empty(StoryRebuild.ToLink(story[0]).Evidence);
        Assert.Equal([ids[1]], (await store.ListStoryAssignmentsAsync(8)).Select(a => a.ArticleId));
        Assert.Empty(await store.ListStoryAssignmentsAsync(9));
    }

    [Fact]
    public async Task ReplaceStories_Again_ReplacesEveryAssignment()
    {
        await using var store = await OpenAsync();
        var ids = (await store.SaveAsync([Article("Premier article.", "k1"), Article("Second article, une copie.", "k2")])).Select(o => o.Id).ToArray();
        await store.ReplaceStoriesAsync([new StoryAssignment(ids[0], 1, "new", null, null, 0, false, "[]"), new StoryAssignment(ids[1], 2, "new", null, null, 0, false, "[]")]);
        await store.ReplaceStoriesAsync([new StoryAssignment(ids[0], 1, "new", null, null, 0, false, "[]"), new StoryAssignment(ids[1], 1, "duplicate", ids[0], ids[0], 0.9, false, "[]")]);

        var stored = await store.ListStoryAssignmentsAsync();

        Assert.Equal(2, stored.Count);
        Assert.All(stored, a => Assert.Equal(1, a.StoryId));
        Assert.Equal(ids[0], stored.Single(a => a.Link == "duplicate").DuplicateOf);
    }
}
