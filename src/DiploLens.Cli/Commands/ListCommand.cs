using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using DiploLens.Documents;
using DiploLens.Storage;

namespace DiploLens.Cli.Commands;

/// <summary><c>diplolens list</c>: the stored articles, newest first, with filters.</summary>
internal static class ListCommand
{
    public static Command Create()
    {
        var language = new Option<string?>("--lang") { Description = "Only articles in this language (vi, fr, en, und…)." };
        var from = new Option<string?>("--from") { Description = "Published on or after this date (2023, 2023-12, 2023-12-05)." };
        var to = new Option<string?>("--to") { Description = "Published on or before this date (inclusive)." };
        var source = new Option<string?>("--source") { Description = "Source path or URL contains this text." };
        var limit = new Option<int>("--limit") { Description = "At most this many rows.", DefaultValueFactory = _ => 100 };
        var command = new Command("list", "List stored articles.") { language, from, to, source, limit, CliOptions.Json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!TryDate(parse.GetValue(from), "--from", out var fromDate) || !TryDate(parse.GetValue(to), "--to", out var toDate))
            {
                return ExitCodes.Usage;
            }

            await using var store = await StoreOpener.TryOpenAsync(parse.GetValue(CliOptions.Db)!, cancellationToken);
            if (store is null)
            {
                return ExitCodes.SomeInputsFailed;
            }

            var rows = await store.ListAsync(new ArticleQuery
            {
                Language = parse.GetValue(language),
                From = fromDate,
                To = toDate,
                Source = parse.GetValue(source),
                Limit = parse.GetValue(limit),
            }, cancellationToken);
            if (parse.GetValue(CliOptions.Json))
            {
                var array = new JsonArray(rows.Select(r => (JsonNode)new JsonObject
                {
                    ["id"] = r.Id,
                    ["source"] = r.Source,
                    ["url"] = r.Url,
                    ["title"] = r.Title,
                    ["language"] = r.Language,
                    ["published"] = r.Published?.ToIso(),
                    ["length"] = r.Length,
                    ["removed"] = r.RemovedCount,
                }).ToArray());
                Console.Out.WriteLine(array.ToJsonString(new JsonSerializerOptions(DocumentJson.Options) { WriteIndented = true }));
                return ExitCodes.Success;
            }

            Console.Out.WriteLine($"{"id",5}  {"lang",-4}  {"published",-16}  title");
            foreach (var row in rows)
            {
                var title = row.Title is { Length: > 80 } t ? t[..79] + "…" : row.Title;
                Console.Out.WriteLine($"{row.Id,5}  {row.Language,-4}  {row.Published?.ToIso() ?? "-",-16}  {title}");
                Console.Out.WriteLine($"{string.Empty,5}  {string.Empty,-4}  {string.Empty,-16}  {row.Source}");
            }

            Console.Out.WriteLine($"{rows.Count} article(s).");
            return ExitCodes.Success;
        });
        return command;
    }

    private static bool TryDate(string? text, string option, out PartialDate? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (PartialDate.TryParseIso(text, out date))
        {
            return true;
        }

        Console.Error.WriteLine($"error: {option} '{text}' is not a date; use 2023, 2023-12 or 2023-12-05.");
        return false;
    }
}
