using DiploLens.Storage;
using DiploLens.Storage.Postgres;
using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Storage;

/// <summary>The search contract on a real PostgreSQL server started by the tests.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSearchTests(PostgresServer server) : SearchContractTests
{
    protected override async Task<ISearchStore> OpenStoreAsync(params ArticleToSave[] articles)
    {
        var store = await PostgresNewsStore.OpenAsync(await server.CreateDatabaseAsync(), new FixedClock(StoreBuilder.Now));
        if (articles.Length > 0)
        {
            await store.SaveAsync(articles);
        }

        return store;
    }
}
