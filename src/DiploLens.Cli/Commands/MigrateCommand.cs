using System.CommandLine;
using DiploLens.Storage;

namespace DiploLens.Cli.Commands;

/// <summary><c>diplolens migrate --from sqlite:FILE --to postgres://…</c>: copies an archive between engines and verifies the counts.</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "Source store: sqlite:FILE, FILE, or postgres://…", Required = true };
        var to = new Option<string>("--to") { Description = "Target store: postgres://…, sqlite:FILE or FILE.", Required = true };
        var command = new Command("migrate", "Copy every article from one store to another, with progress and verification counts.") { from, to };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var source = await StoreOpener.TryOpenAsync(StripScheme(parse.GetValue(from)!), cancellationToken);
            await using var target = source is null ? null : await StoreOpener.TryOpenAsync(StripScheme(parse.GetValue(to)!), cancellationToken);
            if (source is null || target is null)
            {
                return ExitCodes.SomeInputsFailed;
            }

            var progress = new Progress<long>(n => Console.Error.Write($"\r{n:N0} articles copied"));
            var result = await StoreCopy.CopyAsync(source, target, progress: progress, cancellationToken: cancellationToken);
            Console.Error.WriteLine();
            Console.Out.WriteLine($"Source: {result.SourceCount:N0} articles; read {result.Read:N0}; target: {result.Added:N0} added, {result.Updated:N0} updated, {result.Unchanged:N0} unchanged; target now holds {result.TargetCount:N0}.");
            Console.Out.WriteLine(result.Verified ? "Verified: every source article is in the target." : "NOT verified: counts differ.");
            return result.Verified ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
        });
        return command;
    }

    private static string StripScheme(string db) => db.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase) ? db["sqlite:".Length..] : db;
}
