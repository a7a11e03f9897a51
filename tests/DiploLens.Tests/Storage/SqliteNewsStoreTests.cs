using DiploLens.Documents;
using DiploLens.Extraction;
using DiploLens.Ingest;
using DiploLens.Pipeline;
using DiploLens.Storage;
using DiploLens.Storage.Sqlite;
using DiploLens.Tests.TestKit;
using Microsoft.Data.Sqlite;

namespace DiploLens.Tests.Storage;

public sealed class SqliteNewsStoreTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly AnalysisPipeline pipeline = AnalysisPipeline.CreateDefault();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private Task<SqliteNewsStore> OpenAsync() => SqliteNewsStore.OpenAsync(folder.File("store.db"));

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
    }

    [Fact]
    public async Task Match_FoldedQuery_FindsDiacriticText()
    {
        await using var store = await OpenAsync();
        await store.SaveAsync([Article("Bộ trưởng Bùi Thanh Sơn thăm Đông Nam Á."), Article("Unrelated English text.")]);
        Assert.Single(await store.MatchAsync("\"bui thanh son\"", 10));
        Assert.Single(await store.MatchAsync("dong", 10));
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
        Assert.Equal(4, (await store.ListAsync(new ArticleQuery())).Count);
        Assert.Equal("Un", (await store.ListAsync(new ArticleQuery())).First().Title);
        Assert.Equal(["fr"], (await store.ListAsync(new ArticleQuery { Language = "fr" })).Select(r => r.Language));
        Assert.Equal(2, (await store.ListAsync(new ArticleQuery { From = PartialDate.OfYear(2021) })).Count);
        Assert.Equal(["Ba"], (await store.ListAsync(new ArticleQuery { To = PartialDate.OfDay(2020, 11, 5) })).Select(r => r.Title));
        Assert.Equal(2, (await store.ListAsync(new ArticleQuery { Source = "vna.example" })).Count);
        Assert.Single(await store.ListAsync(new ArticleQuery { Limit = 1 }));
    }

    [Fact]
    public async Task Open_FileThatIsNotADatabase_FailsNamingIt()
    {
        var path = folder.Write("notes.db", "These are notes, not a database. ".PadRight(5000, 'x'));
        var error = await Assert.ThrowsAsync<StoreException>(() => SqliteNewsStore.OpenAsync(path));
        Assert.Contains(path, error.Message);
        Assert.StartsWith("These are notes", await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task Open_Twice_MigratesOnce()
    {
        await using (var store = await OpenAsync())
        {
            await store.SaveAsync([Article("Kept across reopen.")]);
        }

        await using var again = await OpenAsync();
        Assert.Equal(1, await again.SchemaVersionAsync());
        Assert.Equal(1, await again.CountAsync());
    }
}
