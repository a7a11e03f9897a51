using System.CommandLine;
using System.Text.Json;
using DiploLens.Storage;
using DiploLens.Stories;

namespace DiploLens.Cli.Commands;

/// <summary><c>diplolens story ID [--why]</c>: one story, and with <c>--why</c> the evidence of every link.</summary>
internal static class StoryCommand
{
    public static Command Create()
    {
        var id = new Argument<int>("id") { Description = "The story id (from 'diplolens stories')." };
        var why = new Option<bool>("--why") { Description = "Show why each article is in the story: the shared entities, concepts, figures, dates and terms with their weights." };
        var compare = new Option<long[]>("--compare") { Description = "Also compare these article ids with each article of the story (why they were, or were not, linked).", AllowMultipleArgumentsPerToken = true };
        var command = new Command("story", "Show one story with its articles in every language.") { id, why, compare, CliOptions.Json, CliOptions.Knowledge };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var compared = parse.GetValue(compare) ?? [];
            var rebuild = await StoriesCommand.OpenAsync(parse.GetValue(CliOptions.Db)!, parse.GetValue(CliOptions.Knowledge), false, cancellationToken);
            if (rebuild is null)
            {
                return ExitCodes.SomeInputsFailed;
            }

            var storyId = parse.GetValue(id);
            var story = rebuild.Stories.FirstOrDefault(s => s.Id == storyId);
            if (story is null)
            {
                Console.Error.WriteLine($"error: no story {storyId}; 'diplolens stories' lists them.");
                return ExitCodes.Usage;
            }

            if (parse.GetValue(CliOptions.Json))
            {
                Console.Out.WriteLine(StoryPrinter.ToJson(story, rebuild).ToJsonString(new JsonSerializerOptions(DocumentJson.Options) { WriteIndented = true }));
            }
            else if (parse.GetValue(why))
            {
                StoryPrinter.PrintWhy(story, rebuild, Console.Out);
            }
            else
            {
                StoryPrinter.PrintSummary(story, rebuild, Console.Out);
            }

            foreach (var other in compared)
            {
                if (!rebuild.Signatures.ContainsKey(other))
                {
                    Console.Error.WriteLine($"error: no article {other}.");
                    return ExitCodes.Usage;
                }

                foreach (var member in story.ArticleIds)
                {
                    var (score, evidence) = (rebuild.Clusterer ?? StoryRebuild.Run(rebuild.Signatures.ToDictionary(), rebuild.Documents.ToDictionary(), StoryOptions.Default).Clusterer!).Compare(other, member);
                    var labels = rebuild.Signatures[other].Features.Concat(rebuild.Signatures[member].Features)
                        .DistinctBy(f => f.Key).ToDictionary(f => f.Key, f => f.Label);
                    Console.Out.WriteLine($"   compare {other} with {member}: {score:0.000}; shared: {string.Join("; ", evidence.Select(e => $"{labels.GetValueOrDefault(e.Feature, e.Label)} {e.Weight:0.00}"))}");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
