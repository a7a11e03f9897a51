using DiploLens.Search;
using DiploLens.Storage;
using DiploLens.Storage.Sqlite;
using DiploLens.Tests.TestKit;
using Microsoft.Data.Sqlite;
using static DiploLens.Tests.TestKit.StoreBuilder;

namespace DiploLens.Tests.Storage;

/// <summary>The search contract on SQLite, plus what only this engine has (migrating a version-1 file).</summary>
public sealed class SqliteSearchTests : SearchContractTests, IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    protected override async Task<ISearchStore> OpenStoreAsync(params ArticleToSave[] articles) =>
        await OpenAsync(folder.File($"search-{Guid.NewGuid():N}.db"), articles);

    [Fact]
    public async Task Search_SeedArticles_FindNamesWithoutDiacritics()
    {
        var path = await SamplesAsync(folder.File("samples.db"));
        await using var store = await SqliteNewsStore.OpenAsync(path);
        var search = new NewsSearch(store);
        Assert.Equal(2, (await search.SearchAsync("Bui Thanh Son", new SearchPaging())).Total);
        Assert.True((await search.SearchAsync("dong", new SearchPaging())).Total >= 1);
        Assert.True((await search.SearchAsync("\"Liên hợp quốc\"", new SearchPaging())).Total >= 1);
    }

    [Fact]
    public async Task Open_VersionOneStore_MigratesIndexAndTerms()
    {
        var path = folder.File("v1.db");
        await using (var v1 = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await v1.OpenAsync();
            await using var command = v1.CreateCommand();
            command.CommandText = "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL);"
                + SqliteMigrations.Steps[0].Sql
                + "INSERT INTO schema_migrations VALUES (1, 'v1', '2024-01-01');"
                + "INSERT INTO articles(source_key, source, url, content_hash, pipeline, title, language, text_length, removed_count, document, ingested_at, updated_at) "
                + "VALUES ('https://x.vn/1', 'https://x.vn/1', 'https://x.vn/1', 'h', 'p', 'Đông Nam Á', 'vi', 10, 0, '{\"text\":\"Hợp tác Đông Nam Á\"}', 'now', 'now');";
            await command.ExecuteNonQueryAsync();
        }

        await using var store = await SqliteNewsStore.OpenAsync(path);
        Assert.True(await store.SchemaVersionAsync() >= 2);
        var result = await store.SearchAsync(QueryParser.Parse("dong nam a"), new SearchPaging());
        Assert.Equal(1, result.Total);
        Assert.Equal(["x.vn:1"], result.Facets[FacetNames.Source].Select(f => $"{f.Value}:{f.Count}"));
    }
}
