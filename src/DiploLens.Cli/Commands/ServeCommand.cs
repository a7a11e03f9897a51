using System.CommandLine;
using DiploLens.Storage;
using DiploLens.Web;
using Microsoft.AspNetCore.Builder;

namespace DiploLens.Cli.Commands;

/// <summary><c>diplolens serve</c>: the web workbench and JSON API on the store, on 127.0.0.1 unless <c>--urls</c> says otherwise.</summary>
internal static class ServeCommand
{
    public static readonly Option<string> Urls = new("--urls")
    {
        Description = $"Addresses to listen on (default {WorkbenchOptions.DefaultUrls}; loopback only unless you name another).",
        DefaultValueFactory = _ => WorkbenchOptions.DefaultUrls,
    };

    public static readonly Option<int> CacheSeconds = new("--cache-seconds")
    {
        Description = "Reuse a search result for this many seconds (paging, reloads); 0 turns the cache off.",
        DefaultValueFactory = _ => 30,
    };

    public static Command Create()
    {
        var command = new Command("serve", "Start the web workbench and the HTTP API.") { Urls, CliOptions.Concepts, CacheSeconds };
        command.SetAction(async (parse, cancellationToken) =>
            await RunAsync(parse.GetValue(CliOptions.Db)!, parse.GetValue(Urls)!, cancellationToken, parse.GetValue(CliOptions.Concepts), parse.GetValue(CacheSeconds)));
        return command;
    }

    public static async Task<int> RunAsync(string db, string urls, CancellationToken cancellationToken, string? concepts = null, int cacheSeconds = 30)
    {
        WebApplication app;
        try
        {
            app = WorkbenchHost.Build(new WorkbenchOptions { DbPath = db, Urls = urls, ConceptLabels = CliOptions.LoadConcepts(concepts), SearchCacheTimeToLive = TimeSpan.FromSeconds(Math.Max(0, cacheSeconds)) });
        }
        catch (Exception e) when (e is StoreException or IOException or System.Text.Json.JsonException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.SomeInputsFailed;
        }

        await app.StartAsync(cancellationToken);
        Console.Out.WriteLine($"DiploLens workbench on {string.Join(", ", app.Urls)} (store {db}); API at /api, OpenAPI at /openapi/v1.json. Ctrl+C stops.");
        // Ctrl+C arrives through the command's token; SIGTERM (service managers, `kill`) through the host's lifetime.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, app.Lifetime.ApplicationStopping);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Stop cleanly below.
        }

        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
        return ExitCodes.Success;
    }
}
