using DiploLens.Extraction;
using DiploLens.Ingest;
using DiploLens.Pipeline;
using DiploLens.Storage.Postgres;
using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Storage;

[Collection(PostgresCollection.Name)]
public sealed class PostgresIngestQueueTests(PostgresServer server) : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static RawArticle Raw(int i) => new() { Source = $"t{i}", Key = $"https://example.org/{i}", Body = $"Dispatch {i}: ASEAN ministers discussed water security." };

    [Fact]
    public async Task TwoWorkersDrainingTogether_ProcessEveryRowOnceAndReportFailures()
    {
        await using var store = await PostgresNewsStore.OpenAsync(await server.CreateDatabaseAsync());
        var queue = new PostgresIngestQueue(store);
        var articles = Enumerable.Range(0, 200).Select(Raw).ToList();
        articles.Add(new RawArticle { Source = "caption-only", Body = "Le ministre. Photo : VNA" });
        articles.Add(Raw(7));
        await queue.EnqueueAsync(articles);
        var pipeline = AnalysisPipeline.CreateDefault();

        async Task DrainAsync(string name)
        {
            while ((await queue.ProcessBatchAsync(name, 16, pipeline, ArticleExtraction.Default)).Claimed > 0)
            {
            }
        }

        await Task.WhenAll(Task.Run(() => DrainAsync("a")), Task.Run(() => DrainAsync("b")));
        Assert.Equal(new PostgresIngestQueue.QueueCounts(0, 201, 1), await queue.CountsAsync());
        Assert.Equal(200, await store.CountAsync());
    }

    [Fact]
    public async Task WorkerKilledMidBatch_RestartedWorkerEndsWithTheCountsOfACleanRun()
    {
        const int count = 10000;
        var input = folder.Write("in.jsonl", string.Join('\n', Enumerable.Range(0, count).Select(i =>
            $$"""{"url":"https://example.org/{{i}}","text":"Dispatch {{i}}: the ministry met partners about food security."}""")));
        var faulty = await server.CreateDatabaseAsync();
        var clean = await server.CreateDatabaseAsync();
        Assert.Equal(0, CliRunner.Run(folder.Path, null, "enqueue", input, "--db", faulty).ExitCode);
        Assert.Equal(0, CliRunner.Run(folder.Path, null, "enqueue", input, "--db", clean).ExitCode);

        await using var store = await PostgresNewsStore.OpenAsync(faulty);
        var queue = new PostgresIngestQueue(store);
        using (var worker = CliRunner.Start(folder.Path, "worker", "--until-empty", "--batch", "500", "--db", faulty))
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while ((await queue.CountsAsync()).Done == 0 && DateTime.UtcNow < deadline && !worker.HasExited)
            {
                await Task.Delay(10);
            }

            await Task.Delay(150);
            worker.Kill();
            await worker.WaitForExitAsync();
        }

        var atKill = await queue.CountsAsync();
        Assert.True(atKill.Pending > 0, "the worker finished before it could be killed");
        Assert.Equal(0, atKill.Done % 500);

        Assert.Equal(0, CliRunner.Run(folder.Path, null, "worker", "--until-empty", "--batch", "500", "--db", faulty).ExitCode);
        Assert.Equal(0, CliRunner.Run(folder.Path, null, "worker", "--until-empty", "--batch", "500", "--db", clean).ExitCode);

        await using var cleanStore = await PostgresNewsStore.OpenAsync(clean);
        Assert.Equal(await new PostgresIngestQueue(cleanStore).CountsAsync(), await queue.CountsAsync());
        Assert.Equal(await cleanStore.CountAsync(), await store.CountAsync());
        Assert.Equal(count, await store.CountAsync());

        // The workers rebuilt the stories once the queue ran dry: every article is in one, as after a clean run.
        Assert.Equal(count, (await store.ListStoryAssignmentsAsync()).Count);
        Assert.Equal(
            (await cleanStore.ListStoryAssignmentsAsync()).Select(a => a.StoryId).Distinct().Count(),
            (await store.ListStoryAssignmentsAsync()).Select(a => a.StoryId).Distinct().Count());
    }
}
