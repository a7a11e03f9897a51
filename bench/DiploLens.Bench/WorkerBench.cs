using System.Diagnostics;
using DiploLens.Evaluation;
using DiploLens.Ingest;
using DiploLens.Storage.Postgres;
using Npgsql;

namespace DiploLens.Bench;

/// <summary>
/// Ingest throughput on PostgreSQL with 1, 2 and 4 worker processes: for each count, a fresh database, the corpus
/// enqueued, then N `diplolens worker --until-empty` processes started together and timed until the last one exits.
/// </summary>
internal static class WorkerBench
{
    public static async Task RunAsync(string adminConnection, string shared, int limit, int[] workerCounts, string cliDll)
    {
        var articles = CorpusReader.ReadVntc(Path.Combine(shared, "corpus", "vntc10_train.jsonl.gz"), limit).ToList();
        Console.WriteLine($"PostgreSQL workers: {articles.Count:N0} VNTC articles, worker batches of 64, {Environment.ProcessorCount} cores");
        Console.WriteLine("| workers | seconds | articles/s | stored | stories |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        foreach (var workers in workerCounts)
        {
            var database = $"bench_workers_{workers}_{Environment.ProcessId}";
            await ExecuteAsync(adminConnection, $"DROP DATABASE IF EXISTS {database}");
            await ExecuteAsync(adminConnection, $"CREATE DATABASE {database}");
            var connection = new NpgsqlConnectionStringBuilder(adminConnection) { Database = database }.ConnectionString;
            await using (var store = await PostgresNewsStore.OpenAsync(connection))
            {
                var queue = new PostgresIngestQueue(store);
                foreach (var chunk in articles.Chunk(1000))
                {
                    await queue.EnqueueAsync(chunk);
                }
            }

            var watch = Stopwatch.StartNew();
            var processes = Enumerable.Range(0, workers).Select(i => Process.Start(new ProcessStartInfo("dotnet")
            {
                ArgumentList = { cliDll, "worker", "--until-empty", "--name", $"w{i}", "--db", connection },
                RedirectStandardOutput = true,
                UseShellExecute = false,
            })!).ToList();
            foreach (var process in processes)
            {
                await process.WaitForExitAsync();
                process.Dispose();
            }

            var seconds = watch.Elapsed.TotalSeconds;
            await using var check = await PostgresNewsStore.OpenAsync(connection);
            var stories = (await check.ListStoryAssignmentsAsync()).Select(a => a.StoryId).Distinct().Count();
            Console.WriteLine($"| {workers} | {seconds:0.0} | {articles.Count / seconds:N0} | {await check.CountAsync():N0} | {stories:N0} |");
            await check.DisposeAsync();
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(adminConnection, $"DROP DATABASE IF EXISTS {database}");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
