using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using DiploLens.Analysis;
using DiploLens.Documents;
using DiploLens.Knowledge;
using DiploLens.Storage;
using DiploLens.Stories;

namespace DiploLens.Cli.Commands;

/// <summary>
/// <c>diplolens stories</c>: the stories of the store (syndicated copies and versions in other languages grouped),
/// with filters. Stories are rebuilt from the stored documents on each run (see <see cref="StoryRebuild"/>).
/// </summary>
internal static class StoriesCommand
{
    public static Command Create()
    {
        var from = new Option<string?>("--from") { Description = "Stories with an article published on or after this date (2023, 2023-12, 2023-12-05)." };
        var to = new Option<string?>("--to") { Description = "Stories with an article published on or before this date." };
        var language = new Option<string?>("--lang") { Description = "Stories with an article in this language." };
        var topic = new Option<string?>("--topic") { Description = "Stories with this topic (id or name, e.g. diplomacy.multilateral)." };
        var entity = new Option<string?>("--entity") { Description = "Stories mentioning this entity (id or name, e.g. person:bui-thanh-son)." };
        var rebuildOption = new Option<bool>("--rebuild") { Description = "Recluster every stored article from scratch and store the stories (ingest adds new articles to them incrementally)." };
        var command = new Command("stories", "List stories: one per event, with every language version and copy.") { from, to, language, topic, entity, rebuildOption, CliOptions.Json, CliOptions.Knowledge };
        command.SetAction(async (parse, cancellationToken) =>
        {
            PartialDate? fromDate = null, toDate = null;
            if ((parse.GetValue(from) is { } f && !PartialDate.TryParseIso(f, out fromDate)) || (parse.GetValue(to) is { } t && !PartialDate.TryParseIso(t, out toDate)))
            {
                Console.Error.WriteLine("error: --from/--to must be dates such as 2023, 2023-12 or 2023-12-05.");
                return ExitCodes.Usage;
            }

            var rebuild = await OpenAsync(parse.GetValue(CliOptions.Db)!, parse.GetValue(CliOptions.Knowledge), parse.GetValue(rebuildOption), cancellationToken);
            if (rebuild is null)
            {
                return ExitCodes.SomeInputsFailed;
            }

            var selected = rebuild.Stories.Where(s =>
                (fromDate is null || (s.To is { } end && end >= fromDate.Start))
                && (toDate is null || (s.From is { } start && start <= ArticleSignatureBuilder.EndOf(toDate)))
                && (parse.GetValue(language) is not { } lang || s.Languages.Contains(lang))
                && (parse.GetValue(topic) is not { } tp || HasTopic(s, rebuild, tp))
                && (parse.GetValue(entity) is not { } en || HasEntity(s, rebuild, en)))
                .ToList();
            if (parse.GetValue(CliOptions.Json))
            {
                var array = new JsonArray(selected.Select(s => (JsonNode)StoryPrinter.ToJson(s, rebuild)).ToArray());
                Console.Out.WriteLine(array.ToJsonString(new JsonSerializerOptions(DocumentJson.Options) { WriteIndented = true }));
                return ExitCodes.Success;
            }

            foreach (var story in selected)
            {
                StoryPrinter.PrintSummary(story, rebuild, Console.Out);
            }

            Console.Out.WriteLine($"{selected.Count} stor{(selected.Count == 1 ? "y" : "ies")} of {rebuild.Stories.Count}, {rebuild.Signatures.Count} articles.");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// Opens the store and returns its stored stories, after clustering any article not in a story yet (everything,
    /// with <paramref name="rebuild"/>). Null (with the error printed) when the store cannot be opened.
    /// </summary>
    public static async Task<StoryRebuild?> OpenAsync(string db, string? knowledge, bool rebuild, CancellationToken cancellationToken)
    {
        await using var store = await StoreOpener.TryOpenAsync(db, cancellationToken);
        if (store is null)
        {
            return null;
        }

        await IndexAsync(store, knowledge, rebuild, cancellationToken);
        return await StoryRebuild.LoadAsync(store, Builder(knowledge), cancellationToken)
            ?? StoryRebuild.Run([], [], StoryOptions.Default);
    }

    /// <summary>Clusters the stored articles that are in no story yet (what ingest runs after saving), or every article with <paramref name="rebuild"/>.</summary>
    public static Task<StoryIndexResult> IndexAsync(INewsStore store, string? knowledge, bool rebuild, CancellationToken cancellationToken) =>
        new StoryIndexer(Builder(knowledge), StoryOptions.Default).UpdateAsync(store, rebuild, cancellationToken: cancellationToken);

    private static ArticleSignatureBuilder Builder(string? knowledge) => knowledge is null
        ? ArticleSignatureBuilder.Default
        : new ArticleSignatureBuilder(KnowledgeData.For(DataFiles.WithOverrides(knowledge)), new LanguageData(DataFiles.WithOverrides(knowledge)), StoryOptions.Default);

    private static bool HasTopic(Story story, StoryRebuild rebuild, string topic) =>
        story.ArticleIds.Any(id => rebuild.Documents[id].TryGet(Layers.Topics, out var topics)
            && topics.Any(t => t.Id.Equals(topic, StringComparison.OrdinalIgnoreCase) || t.Name.Equals(topic, StringComparison.OrdinalIgnoreCase)));

    private static bool HasEntity(Story story, StoryRebuild rebuild, string entity)
    {
        var folded = TextFolder.Fold(entity);
        return story.ArticleIds.Any(id => rebuild.Documents[id].TryGet(Layers.Entities, out var mentions)
            && mentions.Any(m => string.Equals(m.EntityId, entity, StringComparison.OrdinalIgnoreCase) || TextFolder.Fold(m.Name) == folded));
    }
}
