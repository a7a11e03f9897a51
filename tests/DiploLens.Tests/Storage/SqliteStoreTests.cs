using DiploLens.Storage;
using DiploLens.Storage.Sqlite;
using DiploLens.Tests.TestKit;
using Microsoft.Data.Sqlite;

namespace DiploLens.Tests.Storage;

/// <summary>The store contract on the embedded SQLite engine, plus what only a file-based engine has.</summary>
public sealed class SqliteStoreTests : StoreContractTests, IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    protected override async Task<INewsStore> OpenAsync() => await SqliteNewsStore.OpenAsync(folder.File("store.db"));

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
        var latest = SqliteMigrations.Steps.Max(s => s.Version);
        await using (var store = await SqliteNewsStore.OpenAsync(folder.File("twice.db")))
        {
            Assert.Equal(latest, await store.SchemaVersionAsync());
        }

        await using var again = await SqliteNewsStore.OpenAsync(folder.File("twice.db"));
        Assert.Equal(latest, await again.SchemaVersionAsync());
    }

    [Fact]
    public async Task Open_MissingFolder_FailsNamingIt()
    {
        var error = await Assert.ThrowsAsync<StoreException>(() => SqliteNewsStore.OpenAsync("/no/such/folder/x.db"));
        Assert.Contains("/no/such/folder", error.Message);
    }
}
