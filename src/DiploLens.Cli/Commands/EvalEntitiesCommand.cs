using System.CommandLine;
using System.Globalization;
using DiploLens.Documents;
using DiploLens.Evaluation;
using DiploLens.Pipeline;

namespace DiploLens.Cli.Commands;

/// <summary>
/// <c>diplolens eval entities --data PATH</c>: entity precision and recall per type on JSON Lines of articles with gold
/// <c>persons</c> and <c>orgs</c> lists (as written in the text; variants of one entity joined by '|').
/// </summary>
internal static class EvalEntitiesCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "JSON Lines file: {\"id\", \"text\", \"persons\": [...], \"orgs\": [...]} per line.", Required = true };
        var verbose = new Option<bool>("--verbose") { Description = "Print each article's misses and extras." };
        var command = new Command("entities", "Entity precision/recall per type (persons, organisations) on a gold JSON Lines file.") { data, verbose, CliOptions.Knowledge };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(data)!;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"error: gold file '{path}' not found.");
                return ExitCodes.Usage;
            }

            if (!CliOptions.TryContext(parse.GetValue(CliOptions.Knowledge), AnalysisOptions.Default, out var context))
            {
                return ExitCodes.Usage;
            }

            var pipeline = AnalysisPipeline.CreateDefault(context);
            var show = parse.GetValue(verbose);
            try
            {
                using var reader = new StreamReader(path);
                var articles = EntityEvaluation.ReadJsonLines(reader, path).ToList();
                var (persons, orgs) = EntityEvaluation.Run(articles, pipeline, context.Knowledge.Base, (gold, document, p, o) =>
                {
                    if (show && (p.Matched < Math.Max(p.Gold, p.Predicted) || o.Matched < Math.Max(o.Gold, o.Predicted)))
                    {
                        PrintDetails(gold, document);
                    }
                });
                Console.Out.WriteLine($"{articles.Count} articles from {path}");
                Console.Out.WriteLine($"{"type",-8} {"gold",6} {"found",6} {"match",6} {"P",7} {"R",7} {"F1",7}");
                foreach (var s in new[] { persons, orgs, persons.Add(orgs) with { Type = "all" } })
                {
                    Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{s.Type,-8} {s.Gold,6} {s.Predicted,6} {s.Matched,6} {s.Precision,7:0.000} {s.Recall,7:0.000} {s.F1,7:0.000}"));
                }

                return ExitCodes.Success;
            }
            catch (InvalidDataException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.Usage;
            }
        });
        return command;
    }

    private static void PrintDetails(EntityGold gold, Document document)
    {
        var found = document.Get(Layers.Entities).Where(m => m.EntityId is not null && m.Type is "person" or "organisation" or "forum")
            .GroupBy(m => m.EntityId!).Select(g => $"{g.Key}=“{document.TextOf(g.First().Span)}”");
        Console.Out.WriteLine($"  {gold.Id}: gold persons [{string.Join("; ", gold.Persons)}] orgs [{string.Join("; ", gold.Orgs)}]");
        Console.Out.WriteLine($"  {new string(' ', gold.Id?.Length ?? 0)}  found {string.Join("; ", found)}");
    }
}
