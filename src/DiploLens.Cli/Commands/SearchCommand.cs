using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using DiploLens.Search;
using DiploLens.Storage;

namespace DiploLens.Cli.Commands;

/// <summary><c>diplolens search QUERY</c>: the query language of the workbench, printed as a list with snippets (or JSON).</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Words, \"phrases\", a OR b, -excluded, prefix*, lang: from: to: source: topic: entity: story: expand:off." };
        var page = new Option<int>("--page") { Description = "Page number, from 1.", DefaultValueFactory = _ => 1 };
        var size = new Option<int>("--size") { Description = $"Results per page (at most {SearchPaging.MaxPageSize}).", DefaultValueFactory = _ => 10 };
        var noExpand = new Option<bool>("--no-expand") { Description = "Do not search other-language labels of the concepts named." };
        var facets = new Option<bool>("--facets") { Description = "Also print facet counts." };
        var command = new Command("search", "Search the stored articles.") { query, page, size, noExpand, facets, CliOptions.Concepts, CliOptions.Json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var pageNumber = parse.GetValue(page);
            var pageSize = parse.GetValue(size);
            if (pageNumber < 1 || pageSize < 1 || pageSize > SearchPaging.MaxPageSize)
            {
                Console.Error.WriteLine($"error: --page must be 1 or more and --size between 1 and {SearchPaging.MaxPageSize}.");
                return ExitCodes.Usage;
            }

            await using var store = await StoreOpener.TryOpenAsync(parse.GetValue(CliOptions.Db)!, cancellationToken);
            if (store is null)
            {
                return ExitCodes.SomeInputsFailed;
            }

            if (store is not ISearchStore searchable)
            {
                Console.Error.WriteLine("error: this store's engine has no search yet; use a SQLite store.");
                return ExitCodes.SomeInputsFailed;
            }

            var text = parse.GetValue(query)!;
            SearchResult result;
            try
            {
                result = await new NewsSearch(searchable, CliOptions.LoadConcepts(parse.GetValue(CliOptions.Concepts))).SearchAsync(text, new SearchPaging(pageNumber, pageSize), !parse.GetValue(noExpand), cancellationToken);
            }
            catch (Exception e) when (e is IOException or JsonException)
            {
                Console.Error.WriteLine($"error: --concepts: {e.Message}");
                return ExitCodes.Usage;
            }
            catch (QuerySyntaxException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                Console.Error.WriteLine($"  {text}");
                Console.Error.WriteLine($"  {new string(' ', Math.Min(e.Position, text.Length))}^");
                return ExitCodes.Usage;
            }

            if (parse.GetValue(CliOptions.Json))
            {
                Console.Out.WriteLine(ToJson(result).ToJsonString(new JsonSerializerOptions(DocumentJson.Options) { WriteIndented = true }));
                return ExitCodes.Success;
            }

            Print(result, pageNumber, pageSize, parse.GetValue(facets));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Print(SearchResult result, int page, int size, bool withFacets)
    {
        var first = (page - 1) * size;
        Console.Out.WriteLine(result.Total == 0
            ? "No article matches."
            : $"{result.Total} article(s) match; {first + 1}–{first + result.Items.Count}:");
        foreach (var hit in result.Items)
        {
            Console.Out.WriteLine();
            Console.Out.WriteLine($"{hit.Id,5}  {hit.Language,-3} {hit.Published?.ToIso() ?? "-",-16} {hit.Title}");
            Console.Out.WriteLine($"{string.Empty,5}  {Marked(hit.Snippet)}");
            Console.Out.WriteLine($"{string.Empty,5}  {hit.Url ?? hit.Source}{(hit.StoryId is null ? string.Empty : $"  story {hit.StoryId}")}");
        }

        if (withFacets)
        {
            Console.Out.WriteLine();
            foreach (var (name, values) in result.Facets.Where(f => f.Value.Count > 0))
            {
                Console.Out.WriteLine($"{name}: {string.Join(", ", values.Select(v => $"{v.Label} ({v.Count})"))}");
            }
        }
    }

    /// <summary>Highlights as [brackets], readable on any terminal and in a pipe.</summary>
    public static string Marked(Snippet snippet)
    {
        var builder = new System.Text.StringBuilder();
        var at = 0;
        foreach (var span in snippet.Highlights)
        {
            builder.Append(snippet.Text, at, span.Start - at).Append('[').Append(snippet.Text, span.Start, span.Length).Append(']');
            at = span.End;
        }

        return builder.Append(snippet.Text, at, snippet.Text.Length - at).ToString();
    }

    private static JsonObject ToJson(SearchResult result) => new()
    {
        ["total"] = result.Total,
        ["items"] = new JsonArray(result.Items.Select(h => (JsonNode)new JsonObject
        {
            ["id"] = h.Id,
            ["title"] = h.Title,
            ["language"] = h.Language,
            ["published"] = h.Published?.ToIso(),
            ["snippet"] = h.Snippet.Text,
            ["highlights"] = new JsonArray(h.Snippet.Highlights.Select(s => (JsonNode)new JsonArray(s.Start, s.End)).ToArray()),
            ["story"] = h.StoryId,
            ["source"] = h.Source,
            ["url"] = h.Url,
            ["score"] = h.Score,
        }).ToArray()),
        ["facets"] = new JsonObject(result.Facets.Select(f => KeyValuePair.Create(f.Key, (JsonNode?)new JsonArray(f.Value.Select(v => (JsonNode)new JsonObject
        {
            ["value"] = v.Value,
            ["label"] = v.Label,
            ["count"] = v.Count,
        }).ToArray())))),
    };
}
