using System.CommandLine;
using DiploLens.Pipeline;

namespace DiploLens.Cli.Commands;

/// <summary><c>diplolens demo</c>: ingests the sample articles and prints what DiploLens made of each.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var samples = new Option<string?>("--samples") { Description = "Folder of sample articles (default: ./samples, else the copy beside the program)." };
        var serve = new Option<bool>("--serve") { Description = "Then start the web workbench on the store (see 'serve')." };
        var command = new Command("demo", "Ingest samples/ into the store and print a report per article.") { samples, serve, ServeCommand.Urls, CliOptions.Knowledge };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = parse.GetValue(samples) ?? FindSamples();
            if (folder is null || !Directory.Exists(folder))
            {
                Console.Error.WriteLine($"error: sample folder '{folder ?? "samples"}' not found; pass --samples DIR.");
                return ExitCodes.Usage;
            }

            var db = parse.GetValue(CliOptions.Db)!;
            Console.Out.WriteLine($"DiploLens demo: ingesting {folder} into {db}");
            Console.Out.WriteLine();
            var stored = new List<(long Id, string Action)>();
            var code = await IngestCommand.RunAsync(db, [folder], AnalysisOptions.Default, Console.Out, cancellationToken, summary =>
                stored.AddRange(summary.Articles.Select(a => (a.Outcome.Id, a.Outcome.Action.ToString().ToLowerInvariant()))), parse.GetValue(CliOptions.Knowledge));
            Console.Out.WriteLine();
            await using var store = await StoreOpener.TryOpenAsync(db, cancellationToken);
            if (store is null)
            {
                return ExitCodes.SomeInputsFailed;
            }

            foreach (var (id, action) in stored)
            {
                if (await store.GetAsync(id, cancellationToken) is { } document)
                {
                    DocumentPrinter.PrintReport(id, action, document, Console.Out);
                }
            }

            Console.Out.WriteLine($"Next: 'diplolens list --db {db}', 'diplolens show ID --db {db}', 'diplolens search QUERY --db {db}'.");
            if (parse.GetValue(serve))
            {
                await store.DisposeAsync();
                return await ServeCommand.RunAsync(db, parse.GetValue(ServeCommand.Urls)!, cancellationToken);
            }

            return code;
        });
        return command;
    }

    private static string? FindSamples()
    {
        foreach (var candidate in new[] { Path.Combine(Environment.CurrentDirectory, "samples"), Path.Combine(AppContext.BaseDirectory, "samples") })
        {
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
