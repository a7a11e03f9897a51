using System.Globalization;
using System.Text.Json.Nodes;
using DiploLens.Documents;
using DiploLens.Stories;

namespace DiploLens.Cli;

/// <summary>Text and JSON forms of stories for <c>stories</c>, <c>story</c> and <c>demo</c>.</summary>
internal static class StoryPrinter
{
    public static void PrintSummary(Story story, StoryRebuild rebuild, TextWriter output)
    {
        output.WriteLine($"── story {story.Id}  ({story.Count} article{(story.Count == 1 ? "" : "s")}; {string.Join(", ", story.Languages)}; {DateRange(story)})");
        foreach (var language in story.Languages)
        {
            var first = story.Links.First(l => rebuild.Signatures[l.ArticleId].Language == language);
            output.WriteLine($"   {language,-3} {Shorten(rebuild.Signatures[first.ArticleId].Title ?? rebuild.Signatures[first.ArticleId].Source, 110)}");
        }

        var entities = TopEntities(story, rebuild, 5);
        if (entities.Count > 0)
        {
            output.WriteLine($"   entities  {string.Join("; ", entities)}");
        }

        var topics = TopTopics(story, rebuild, 4);
        if (topics.Count > 0)
        {
            output.WriteLine($"   topics    {string.Join("; ", topics)}");
        }

        output.WriteLine($"   articles  {string.Join(", ", story.Links.Select(l => l.DuplicateOf is { } d ? $"{l.ArticleId} (copy of {d})" : l.ArticleId.ToString(CultureInfo.InvariantCulture)))}");
    }

    public static void PrintWhy(Story story, StoryRebuild rebuild, TextWriter output)
    {
        PrintSummary(story, rebuild, output);
        output.WriteLine("   links");
        foreach (var link in story.Links)
        {
            var signature = rebuild.Signatures[link.ArticleId];
            var head = $"     {link.ArticleId} [{signature.Language}] {Path.GetFileName(signature.Source)}";
            switch (link.Kind)
            {
                case LinkKind.New:
                    output.WriteLine($"{head}: started the story");
                    break;
                case LinkKind.Duplicate:
                    output.WriteLine($"{head}: copy of {link.DuplicateOf} ({link.Evidence[0].Label} {link.Score:0.00})");
                    break;
                default:
                    output.WriteLine($"{head}: joined through {link.LinkedTo} [{rebuild.Signatures[link.LinkedTo!.Value].Language}], similarity {link.Score:0.000}{(link.CrossLingual ? ", cross-lingual" : "")}{(link.Merged.Count > 0 ? $", merged stories {string.Join(", ", link.Merged)}" : "")}");
                    output.WriteLine($"        shared: {string.Join("; ", link.Evidence.Select(e => $"{e.Label} ({Kind(e.Kind)}) {e.Weight.ToString("0.00", CultureInfo.InvariantCulture)}"))}");
                    break;
            }
        }
    }

    public static JsonObject ToJson(Story story, StoryRebuild rebuild) => new()
    {
        ["id"] = story.Id,
        ["languages"] = new JsonArray(story.Languages.Select(l => (JsonNode)JsonValue.Create(l)!).ToArray()),
        ["from"] = story.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = story.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["articles"] = new JsonArray(story.Links.Select(l => (JsonNode)new JsonObject
        {
            ["id"] = l.ArticleId,
            ["source"] = rebuild.Signatures[l.ArticleId].Source,
            ["language"] = rebuild.Signatures[l.ArticleId].Language,
            ["title"] = rebuild.Signatures[l.ArticleId].Title,
            ["duplicate_of"] = l.DuplicateOf,
            ["link"] = l.Kind.ToString().ToLowerInvariant(),
            ["linked_to"] = l.LinkedTo,
            ["score"] = l.Score,
            ["evidence"] = new JsonArray(l.Evidence.Select(e => (JsonNode)new JsonObject
            {
                ["feature"] = e.Feature,
                ["label"] = e.Label,
                ["weight"] = e.Weight,
            }).ToArray()),
        }).ToArray()),
    };

    public static List<string> TopEntities(Story story, StoryRebuild rebuild, int count) =>
        story.Links.SelectMany(l => rebuild.Documents[l.ArticleId].TryGet(Layers.Entities, out var e) ? e.Where(m => m.EntityId is not null).DistinctBy(m => m.EntityId) : [])
            .GroupBy(m => m.EntityId!)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(count)
            .Select(g => g.First().Name)
            .ToList();

    public static List<string> TopTopics(Story story, StoryRebuild rebuild, int count) =>
        story.Links.SelectMany(l => rebuild.Documents[l.ArticleId].TryGet(Layers.Topics, out var t) ? t : [])
            .GroupBy(t => t.Id)
            .OrderByDescending(g => g.Sum(t => t.Score)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(count)
            .Select(g => g.First().Name)
            .ToList();

    private static string DateRange(Story story) =>
        story.From is { } from && story.To is { } to
            ? from.Date == to.Date ? from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : $"{from:yyyy-MM-dd} – {to:yyyy-MM-dd}"
            : "undated";

    private static string Kind(FeatureKind? kind) => kind?.ToString().ToLowerInvariant() ?? "text";

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
