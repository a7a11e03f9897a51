using DiploLens.Extraction;
using DiploLens.Ingest;
using DiploLens.Pipeline;
using DiploLens.Storage;
using DiploLens.Storage.Postgres;
using DiploLens.Storage.Sqlite;
using DiploLens.Tests.TestKit;
using Microsoft.Data.Sqlite;

namespace DiploLens.Tests.Storage;

[Collection(PostgresCollection.Name)]
public sealed class StoreCopyTests(PostgresServer server) : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    [Fact]
    public async Task Copy_SqliteToPostgresAndBack_KeepsEveryDocumentAndIsIdempotent()
    {
        await using var sqlite = await SqliteNewsStore.OpenAsync(folder.File("a.db"));
        await new ArticleIngest(sqlite, AnalysisPipeline.CreateDefault(), ArticleExtraction.Default, AnalysisOptions.Default).RunAsync([Paths.Samples]);
        await using var postgres = await PostgresNewsStore.OpenAsync(await server.CreateDatabaseAsync());

        var first = await StoreCopy.CopyAsync(sqlite, postgres, batchSize: 2);
        Assert.True(first.Verified);
        Assert.Equal((5, 5, 5L), (first.SourceCount, first.Added, first.TargetCount));
        var again = await StoreCopy.CopyAsync(sqlite, postgres);
        Assert.Equal((0, 5), (again.Added, again.Unchanged));

        await using var back = await SqliteNewsStore.OpenAsync(folder.File("b.db"));
        await StoreCopy.CopyAsync(postgres, back);
        var original = new List<string>();
        await foreach (var a in sqlite.ExportAsync())
        {
            original.Add(DocumentJson.Serialize(a.Document));
        }

        var roundTrip = new List<string>();
        await foreach (var a in back.ExportAsync())
        {
            roundTrip.Add(DocumentJson.Serialize(a.Document));
        }

        Assert.Equal(original, roundTrip);
    }
}
