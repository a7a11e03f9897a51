using System.CommandLine;
using System.Runtime.InteropServices;
using DiploLens.Extraction;
using DiploLens.Ingest;
using DiploLens.Pipeline;

namespace DiploLens.Cli.Commands;

/// <summary><c>diplolens ingest PATH…</c>: reads files, folders, JSON Lines and stdin into the store.</summary>
internal static class IngestCommand
{
    public static readonly Option<double> MaxSize = new("--max-size")
    {
        Description = "Refuse input files larger than this many megabytes.",
        DefaultValueFactory = _ => AnalysisOptions.Default.MaxInputBytes / (1024.0 * 1024.0),
    };

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders (recursive) or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Ingest .txt, .html and .jsonl articles into the store; the same input twice changes nothing.");
        command.Arguments.Add(paths);
        command.Options.Add(MaxSize);
        command.Options.Add(CliOptions.Knowledge);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = AnalysisOptions.Default with { MaxInputBytes = (long)(parse.GetValue(MaxSize) * 1024 * 1024) };
            return await RunAsync(parse.GetValue(CliOptions.Db)!, parse.GetValue(paths)!, options, Console.Out, cancellationToken, knowledge: parse.GetValue(CliOptions.Knowledge));
        });
        return command;
    }

    /// <summary>Runs an ingest and prints its summary; returns the exit code. Cancelling (Ctrl+C) stops after the current batch.</summary>
    public static async Task<int> RunAsync(string db, IReadOnlyList<string> paths, AnalysisOptions options, TextWriter output, CancellationToken cancellationToken, Action<IngestSummary>? after = null, string? knowledge = null)
    {
        await using var store = await StoreOpener.TryOpenAsync(db, cancellationToken);
        if (store is null)
        {
            return ExitCodes.SomeInputsFailed;
        }

        // SIGINT (Ctrl+C) and SIGTERM stop the run after the current batch instead of killing the process.
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            if (!interrupt.IsCancellationRequested)
            {
                Console.Error.WriteLine("\nInterrupted: finishing the current batch, then stopping. Run the same ingest again to complete it.");
                interrupt.Cancel();
            }
        }

        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        if (!CliOptions.TryContext(knowledge, options, out var context))
        {
            return ExitCodes.Usage;
        }

        var pipeline = AnalysisPipeline.CreateDefault(context);
        var ingest = new ArticleIngest(store, pipeline, ArticleExtraction.Default, options);
        var progress = new ProgressRenderer();
        var summary = await ingest.RunAsync(paths, progress, interrupt.Token);
        progress.Finish();
        PrintSummary(summary, output);
        if (!summary.Cancelled)
        {
            // The new articles (and any left pending by an interrupted run) join the stored stories incrementally;
            // a changed article makes the store rebuild them (see StoryIndexer).
            var stories = await StoriesCommand.IndexAsync(store, knowledge, rebuild: false, cancellationToken);
            if (stories.Articles > 0 || stories.Rebuilt)
            {
                output.WriteLine($"Stories: {stories.Articles} article{(stories.Articles == 1 ? "" : "s")} {(stories.Rebuilt ? "reclustered" : "clustered")}, {stories.NewStories} new stor{(stories.NewStories == 1 ? "y" : "ies")}, {stories.Merges} merge{(stories.Merges == 1 ? "" : "s")}.");
            }
        }

        after?.Invoke(summary);
        return summary.Failed > 0 || summary.Cancelled ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }

    private static void PrintSummary(IngestSummary summary, TextWriter output)
    {
        foreach (var warning in summary.Warnings)
        {
            Console.Error.WriteLine($"warning: {warning}");
        }

        foreach (var failure in summary.Failures)
        {
            Console.Error.WriteLine($"failed: {failure}");
        }

        var rate = summary.Processed / Math.Max(summary.Elapsed.TotalSeconds, 0.001);
        output.WriteLine(
            $"{(summary.Cancelled ? "Interrupted" : "Done")}: {summary.Added} ingested, {summary.Updated} updated, {summary.Unchanged} unchanged, {summary.Failed} failed " +
            $"in {summary.Elapsed.TotalSeconds:0.00} s ({rate:N0} articles/s).");
    }
}
