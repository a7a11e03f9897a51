using System.CommandLine;
using System.Text.Json;
using DiploLens.Storage;

namespace DiploLens.Cli.Commands;

/// <summary><c>diplolens show ID</c>: one article with its removed boilerplate and every layer.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<long>("id") { Description = "The article id (see 'diplolens list')." };
        var command = new Command("show", "Show one article: text, removed segments and every layer.") { id, CliOptions.Json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await StoreOpener.TryOpenAsync(parse.GetValue(CliOptions.Db)!, cancellationToken);
            if (store is null)
            {
                return ExitCodes.SomeInputsFailed;
            }

            var articleId = parse.GetValue(id);
            var document = await store.GetAsync(articleId, cancellationToken);
            if (document is null)
            {
                Console.Error.WriteLine($"error: no article {articleId} in '{parse.GetValue(CliOptions.Db)}'.");
                return ExitCodes.SomeInputsFailed;
            }

            if (parse.GetValue(CliOptions.Json))
            {
                var json = DocumentJson.ToJson(document);
                json.Insert(0, "id", articleId);
                Console.Out.WriteLine(json.ToJsonString(new JsonSerializerOptions(DocumentJson.Options) { WriteIndented = true }));
            }
            else
            {
                DocumentPrinter.PrintFull(articleId, document, Console.Out);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
