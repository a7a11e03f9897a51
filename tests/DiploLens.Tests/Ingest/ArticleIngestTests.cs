using DiploLens.Extraction;
using DiploLens.Ingest;
using DiploLens.Pipeline;
using DiploLens.Storage.Sqlite;
using DiploLens.Tests.TestKit;
using Microsoft.Data.Sqlite;

namespace DiploLens.Tests.Ingest;

public sealed class ArticleIngestTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private static ArticleIngest Ingest(SqliteNewsStore store, AnalysisOptions? options = null)
    {
        options ??= AnalysisOptions.Default;
        return new ArticleIngest(store, AnalysisPipeline.CreateDefault(), ArticleExtraction.Default, options);
    }

    [Fact]
    public async Task Run_SameFolderTwice_AddsNothingTheSecondTime()
    {
        await using var store = await SqliteNewsStore.OpenAsync(folder.File("a.db"));
        var first = await Ingest(store).RunAsync([Paths.Samples]);
        var second = await Ingest(store).RunAsync([Paths.Samples]);
        Assert.Equal((5, 0, 0, 0), (first.Added, first.Updated, first.Unchanged, first.Failed));
        Assert.Equal((0, 0, 5, 0), (second.Added, second.Updated, second.Unchanged, second.Failed));
        Assert.Equal(5, await store.CountAsync());
    }

    [Fact]
    public async Task Run_BadInputs_AreReportedByNameAndTheRestIsStored()
    {
        var inputs = folder.Path;
        folder.Write("empty.txt", string.Empty);
        folder.Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        folder.Write("latin1.txt", [.. "Le ministre a d"u8, 0xE9, .. "clar\u00e9."u8]);
        folder.Write("good.txt", "Le vice-ministre a parlé de la sécurité hydrique.");
        folder.Write("copy.txt", "Le vice-ministre a parlé de la sécurité hydrique.");
        folder.Write("dump.jsonl", "{\"url\":\"u1\",\"text\":\"One record.\"}\nnot json\n");
        await using var store = await SqliteNewsStore.OpenAsync(folder.File("b.db"));
        var summary = await Ingest(store).RunAsync([inputs, folder.File("missing.txt")]);
        Assert.Equal(3, summary.Added);
        Assert.Equal(1, summary.Unchanged);
        Assert.Contains(summary.Failures, f => f.Source.EndsWith("empty.txt", StringComparison.Ordinal) && f.Problem.Contains("empty"));
        Assert.Contains(summary.Failures, f => f.Source.EndsWith("image.txt", StringComparison.Ordinal) && f.Problem.Contains("PNG"));
        Assert.Contains(summary.Failures, f => f.Source.EndsWith("dump.jsonl:2", StringComparison.Ordinal));
        Assert.Contains(summary.Failures, f => f.Source.EndsWith("missing.txt", StringComparison.Ordinal));
        Assert.Contains(summary.Warnings, w => w.Contains("latin1.txt") && w.Contains("windows-1252"));
    }

    [Fact]
    public async Task Run_CancelledAfterFirstBatch_KeepsWholeBatchesAndARerunCompletesWithoutDuplicates()
    {
        for (var i = 0; i < 10; i++)
        {
            folder.Write($"in/{i:00}.txt", $"Article number {i} about ASEAN.");
        }

        var options = AnalysisOptions.Default with { StoreBatchSize = 3 };
        using var cancel = new CancellationTokenSource();
        await using var store = await SqliteNewsStore.OpenAsync(folder.File("c.db"));
        var progress = new SyncProgress(p =>
        {
            if (p.Processed >= 3)
            {
                cancel.Cancel();
            }
        });
        var interrupted = await Ingest(store, options).RunAsync([folder.File("in")], progress, cancel.Token);
        Assert.True(interrupted.Cancelled);
        Assert.Equal(3, await store.CountAsync());

        var resumed = await Ingest(store, options).RunAsync([folder.File("in")]);
        Assert.Equal((7, 3), (resumed.Added, resumed.Unchanged));
        Assert.Equal(10, await store.CountAsync());
    }

    [Fact]
    public async Task Run_EditedFile_IsUpdatedNotDuplicated()
    {
        var path = folder.Write("article.txt", "First version of the dispatch.");
        await using var store = await SqliteNewsStore.OpenAsync(folder.File("d.db"));
        await Ingest(store).RunAsync([path]);
        File.WriteAllText(path, "Second version of the dispatch.");
        var summary = await Ingest(store).RunAsync([path]);
        Assert.Equal(1, summary.Updated);
        Assert.Equal(1, await store.CountAsync());
    }

    private sealed class SyncProgress(Action<IngestProgress> action) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => action(value);
    }
}
