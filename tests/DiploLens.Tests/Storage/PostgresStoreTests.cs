using DiploLens.Storage;
using DiploLens.Storage.Postgres;
using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Storage;

/// <summary>The store contract on a real PostgreSQL server started by the tests.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreTests(PostgresServer server) : StoreContractTests
{
    private string? database;

    protected override async Task<INewsStore> OpenAsync()
    {
        database ??= await server.CreateDatabaseAsync();
        return await PostgresNewsStore.OpenAsync(database);
    }

    [Fact]
    public async Task Open_Twice_MigratesOnce()
    {
        var db = await server.CreateDatabaseAsync();
        await using (var store = await PostgresNewsStore.OpenAsync(db))
        {
            Assert.Equal(PostgresMigrations.Steps[^1].Version, await store.SchemaVersionAsync());
        }

        await using var again = await PostgresNewsStore.OpenAsync(db);
        Assert.Equal(PostgresMigrations.Steps[^1].Version, await again.SchemaVersionAsync());
    }

    [Fact]
    public async Task Open_NoServerThere_FailsWithoutThePassword()
    {
        var error = await Assert.ThrowsAsync<StoreException>(() => PostgresNewsStore.OpenAsync("postgres://me:secret@127.0.0.1:1/none"));
        Assert.Contains("postgres://me@127.0.0.1:1/none", error.Message);
        Assert.DoesNotContain("secret", error.Message);
    }

    [Theory]
    [InlineData("postgres://ana:p%40ss@db.local:6543/news?Pooling=false", "Host=db.local;Port=6543;Database=news;Username=ana;Password=p@ss;Pooling=False")]
    [InlineData("postgresql://db.local/news", "Host=db.local;Port=5432;Database=news")]
    public void ConnectionString_FromUrl(string url, string expected) =>
        Assert.Equal(new Npgsql.NpgsqlConnectionStringBuilder(expected), new Npgsql.NpgsqlConnectionStringBuilder(PostgresConnectionString.From(url)));
}
