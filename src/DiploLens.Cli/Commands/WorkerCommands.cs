using DiploLens.Stories;
using System.CommandLine;
using System.Runtime.InteropServices;
using DiploLens.Extraction;
using DiploLens.Ingest;
using DiploLens.Pipeline;
using DiploLens.Storage.Postgres;

namespace DiploLens.Cli.Commands;

/// <summary>
/// <c>diplolens enqueue PATH… --db postgres://…</c> fills the shared ingest queue; <c>diplolens worker --db postgres://…</c>
/// drains it, and several workers (on one machine or many) run safely side by side.
/// </summary>
internal static class WorkerCommands
{

    public static IEnumerable<Command> Create()
    {
        yield return Enqueue();
        yield return Worker();
    }

    private static Command Enqueue()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders or - (as for ingest).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("enqueue", "Add articles to the PostgreSQL ingest queue for workers (reading and decoding errors are reported here).") { paths, IngestCommand.MaxSize };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await OpenPostgresAsync(parse.GetValue(CliOptions.Db)!, cancellationToken);
            if (store is null)
            {
                return ExitCodes.SomeInputsFailed;
            }

            var queue = new PostgresIngestQueue(store);
            var reader = new InputReader((long)(parse.GetValue(IngestCommand.MaxSize) * 1024 * 1024));
            var batch = new List<RawArticle>();
            int queued = 0, failed = 0;
            foreach (var item in reader.Read(parse.GetValue(paths)!))
            {
                if (item.Failure is { } failure)
                {
                    Console.Error.WriteLine($"failed: {failure}");
                    failed++;
                    continue;
                }

                batch.Add(item.Article!);
                if (batch.Count == 1000)
                {
                    queued += await queue.EnqueueAsync(batch, cancellationToken);
                    batch.Clear();
                }
            }

            if (batch.Count > 0)
            {
                queued += await queue.EnqueueAsync(batch, cancellationToken);
            }

            var counts = await queue.CountsAsync(cancellationToken);
            Console.Out.WriteLine($"Queued {queued:N0} articles ({failed} inputs failed); queue: {counts.Pending:N0} pending, {counts.Done:N0} done, {counts.Failed:N0} failed.");
            return failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
        });
        return command;
    }

    private static Command Worker()
    {
        var batchSize = new Option<int>("--batch") { Description = "Articles claimed per transaction.", DefaultValueFactory = _ => 64 };
        var name = new Option<string?>("--name") { Description = "This worker's name in the queue (default host:pid)." };
        var untilEmpty = new Option<bool>("--until-empty") { Description = "Stop when the queue has no pending article instead of waiting for more." };
        var threads = new Option<int>("--threads") { Description = "Analysis threads (default: one per core).", DefaultValueFactory = _ => 0 };
        var storiesEvery = new Option<int>("--stories-every") { Description = "Add the stored articles to the stories after this many (and when the queue is dry), so stories keep up with a long queue.", DefaultValueFactory = _ => 2000 };
        var command = new Command("worker", "Process the PostgreSQL ingest queue; safe to run several at once, and to kill.") { batchSize, name, untilEmpty, threads, storiesEvery };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await OpenPostgresAsync(parse.GetValue(CliOptions.Db)!, cancellationToken);
            if (store is null)
            {
                return ExitCodes.SomeInputsFailed;
            }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            void Stop(PosixSignalContext context)
            {
                context.Cancel = true;
                stop.Cancel();
            }

            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            var options = AnalysisOptions.Default with { Parallelism = parse.GetValue(threads) };
            var pipeline = AnalysisPipeline.CreateDefault(StageContext.Default with { Options = options });
            var queue = new PostgresIngestQueue(store);
            var workerName = parse.GetValue(name) ?? $"{Environment.MachineName}:{Environment.ProcessId}";
            long processed = 0, failed = 0, changedSinceStories = 0;
            var started = DateTime.UtcNow;

            // One indexer for the worker's life: each update continues with the clusterer of the last one when no
            // other worker clustered in between.
            var indexer = new StoryIndexer(ArticleSignatureBuilder.Default, StoryOptions.Default);
            while (!stop.IsCancellationRequested)
            {
                var result = await queue.ProcessBatchAsync(workerName, parse.GetValue(batchSize), pipeline, ArticleExtraction.Default, CancellationToken.None);
                processed += result.Claimed;
                failed += result.Failed;
                changedSinceStories += result.Added + result.Updated;
                if (result.Claimed == 0 || changedSinceStories >= parse.GetValue(storiesEvery))
                {
                    // The queue ran dry (or this worker stored --stories-every articles since it last did): cluster the
                    // articles in no story yet. Each chunk is one transaction under the store-wide story lock, so
                    // workers take turns, and the last one to find the queue dry sees every commit.
                    // A periodic update is skipped while another worker updates (it will take these articles too);
                    // the update when the queue is dry waits for the lock, so that nothing stays pending.
                    if (changedSinceStories > 0
                        && await indexer.TryUpdateAsync(store, rebuild: false, wait: result.Claimed == 0, cancellationToken: CancellationToken.None) is { } stories)
                    {
                        Console.Out.WriteLine($"Worker {workerName}: {stories.Articles} articles clustered ({stories.NewStories} new stories{(stories.Rebuilt ? ", rebuilt" : "")}).");
                        changedSinceStories = 0;
                    }

                    if (result.Claimed > 0)
                    {
                        continue;
                    }

                    if (parse.GetValue(untilEmpty))
                    {
                        break;
                    }

                    await Task.Delay(TimeSpan.FromSeconds(1), stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                }
            }

            var seconds = (DateTime.UtcNow - started).TotalSeconds;
            Console.Out.WriteLine($"Worker {workerName}: {processed:N0} articles ({failed:N0} failed) in {seconds:0.0} s ({processed / Math.Max(seconds, 0.001):N0}/s).");
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<PostgresNewsStore?> OpenPostgresAsync(string db, CancellationToken cancellationToken)
    {
        if (!PostgresConnectionString.IsPostgres(db))
        {
            Console.Error.WriteLine($"error: the ingest queue needs a PostgreSQL store (--db postgres://…), not '{db}'.");
            return null;
        }

        return await StoreOpener.TryOpenAsync(db, cancellationToken) as PostgresNewsStore;
    }
}
