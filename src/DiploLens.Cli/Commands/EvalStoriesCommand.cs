using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using DiploLens.Evaluation;
using DiploLens.Pipeline;
using DiploLens.Stories;

namespace DiploLens.Cli.Commands;

/// <summary>
/// <c>diplolens eval stories</c>: story clustering quality (BCubed, pairwise, cross-lingual pairs, copies) on a
/// labelled JSON Lines set, or on the UCI News Aggregator headline subset (a folder holding its CSV).
/// </summary>
internal static class EvalStoriesCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data")
        {
            Description = "A JSON Lines file (id, url, lang, event, dup_of, date, text), or a folder laid out like ../shared/corpus/uci-news-aggregator-subset.",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "corpus", "uci-news-aggregator-subset"),
        };
        var gate = new Option<string?>("--gate") { Description = "JSON file of pinned floors ({\"floors\": {\"bcubed_f1\": 0.8, …}}); exit 1 if any score is below." };
        var errors = new Option<int>("--errors") { Description = "How many wrongly split or joined articles to print.", DefaultValueFactory = _ => 10 };
        var join = new Option<double?>("--join") { Description = "Override the same-language join threshold (for tuning)." };
        var cross = new Option<double?>("--cross") { Description = "Override the cross-lingual join threshold (for tuning)." };
        var merge = new Option<double?>("--merge") { Description = "Override the merge threshold (for tuning)." };
        var undated = new Option<bool>("--undated") { Description = "Drop the dates, to measure what the signatures alone achieve." };
        var set = new Option<string[]>("--set") { Description = "Override any StoryOptions value for tuning: --set DecayHalfLifeDays=30 --set TermShare=0.7.", AllowMultipleArgumentsPerToken = true };
        var command = new Command("stories", "Story clustering: BCubed and pairwise F1, cross-lingual pairs and copies, beside published figures.") { data, gate, errors, join, cross, merge, undated, set };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(data)!;
            IReadOnlyList<StoryGold> items;
            if (File.Exists(path))
            {
                using var reader = new StreamReader(path);
                items = StoryEvaluation.ReadJsonLines(reader, path);
            }
            else if (Directory.Exists(path) && Directory.GetFiles(path, "*.csv").FirstOrDefault() is { } csv)
            {
                items = UciHeadlines.Read(csv);
            }
            else
            {
                Console.Error.WriteLine($"error: '{path}' is neither a JSON Lines file nor a folder with the UCI CSV.");
                return ExitCodes.Usage;
            }

            if (parse.GetValue(undated))
            {
                items = items.Select(i => i with { Date = null }).ToList();
            }

            var options = StoryOptions.Default with
            {
                JoinThreshold = parse.GetValue(join) ?? StoryOptions.Default.JoinThreshold,
                CrossLingualJoinThreshold = parse.GetValue(cross) ?? StoryOptions.Default.CrossLingualJoinThreshold,
                MergeThreshold = parse.GetValue(merge) ?? StoryOptions.Default.MergeThreshold,
            };
            foreach (var assignment in parse.GetValue(set) ?? [])
            {
                var parts = assignment.Split('=', 2);
                var property = typeof(StoryOptions).GetProperty(parts[0]);
                if (parts.Length != 2 || property is null || !property.CanWrite)
                {
                    Console.Error.WriteLine($"error: --set '{assignment}' is not NAME=VALUE with NAME a StoryOptions property.");
                    return ExitCodes.Usage;
                }

                options = options with { };
                property.SetValue(options, Convert.ChangeType(parts[1], property.PropertyType, CultureInfo.InvariantCulture));
            }

            var started = DateTime.UtcNow;
            var (predicted, _) = StoryEvaluation.Cluster(items, AnalysisPipeline.CreateDefault(), ArticleSignatureBuilder.Default, options);
            var score = StoryEvaluation.Score(items, predicted);
            var seconds = (DateTime.UtcNow - started).TotalSeconds;
            Console.Out.WriteLine($"Story clustering on {path}: {score.Articles} articles, {score.GoldStories} gold stories, {score.PredictedStories} predicted ({seconds:0.0} s)");
            Console.Out.WriteLine();
            Console.Out.WriteLine($"  {"measure",-28} {"precision",9} {"recall",9} {"F1",9}");
            Row("BCubed", score.BCubedPrecision, score.BCubedRecall, score.BCubedF1);
            Row("pairwise", score.PairPrecision, score.PairRecall, score.PairF1);
            if (score.CrossGoldPairs > 0)
            {
                Row($"cross-lingual pairs ({score.CrossGoldPairs})", score.CrossPrecision, score.CrossRecall, score.CrossF1);
            }
            if (score.DuplicateGoldPairs > 0)
            {
                Row($"copy pairs ({score.DuplicateGoldPairs})", score.DuplicatePrecision, score.DuplicateRecall, StoryScore.F1(score.DuplicatePrecision, score.DuplicateRecall));
            }
            Console.Out.WriteLine();
            Console.Out.WriteLine("Published figures (other data sets; for scale, not a like-for-like comparison):");
            Console.Out.WriteLine("  Miranda et al. 2018, \"Multilingual Clustering of Streaming News\" (EMNLP): monolingual clustering F1 ≈ 0.94 (English, their news-stream set)");
            Console.Out.WriteLine("  Europe Media Monitor (Steinberger et al.): cross-lingual cluster links across 19 languages, no pair F1 published on a shared set");
            PrintErrors(items, predicted, parse.GetValue(errors));
            return parse.GetValue(gate) is { } gateFile ? CheckGate(score, gateFile) : ExitCodes.Success;
        });
        return command;
    }

    private static void Row(string name, double p, double r, double f) =>
        Console.Out.WriteLine($"  {name,-28} {p,9:0.000} {r,9:0.000} {f,9:0.000}");

    private static void PrintErrors(IReadOnlyList<StoryGold> items, IReadOnlyList<(int Story, string? DuplicateOf)> predicted, int count)
    {
        if (count <= 0)
        {
            return;
        }

        // An article is wrong when its predicted story is not the majority predicted story of its gold event.
        var majority = items.Select((item, i) => (item.Event, predicted[i].Story))
            .GroupBy(x => x.Event)
            .ToDictionary(g => g.Key, g => g.GroupBy(x => x.Story).OrderByDescending(s => s.Count()).First().Key);
        var wrong = items.Select((item, i) => (item, i)).Where(x => majority[x.item.Event] != predicted[x.i].Story).Take(count).ToList();
        if (wrong.Count == 0)
        {
            return;
        }

        Console.Out.WriteLine();
        Console.Out.WriteLine("Articles outside their event's main story:");
        foreach (var (item, i) in wrong)
        {
            var text = item.Text.Length > 80 ? item.Text[..80] + "…" : item.Text;
            Console.Out.WriteLine($"  {item.Id} [{item.Language}] gold {item.Event}, predicted story {predicted[i].Story}: {text.ReplaceLineEndings(" ")}");
        }
    }

    private static int CheckGate(StoryScore score, string gateFile)
    {
        if (!File.Exists(gateFile))
        {
            Console.Error.WriteLine($"error: gate file '{gateFile}' does not exist.");
            return ExitCodes.Usage;
        }

        using var json = JsonDocument.Parse(File.ReadAllText(gateFile));
        var actual = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["bcubed_f1"] = score.BCubedF1,
            ["pair_f1"] = score.PairF1,
            ["cross_recall"] = score.CrossRecall,
            ["cross_precision"] = score.CrossPrecision,
        };
        var failed = false;
        foreach (var floor in json.RootElement.GetProperty("floors").EnumerateObject())
        {
            if (!actual.TryGetValue(floor.Name, out var value))
            {
                Console.Error.WriteLine($"error: gate '{floor.Name}' is not a story score ({string.Join(", ", actual.Keys)}).");
                return ExitCodes.Usage;
            }

            if (value < floor.Value.GetDouble())
            {
                Console.Error.WriteLine($"gate: {floor.Name} = {value.ToString("0.000", CultureInfo.InvariantCulture)} is below its floor {floor.Value.GetDouble().ToString("0.000", CultureInfo.InvariantCulture)}");
                failed = true;
            }
        }

        Console.Out.WriteLine();
        Console.Out.WriteLine(failed ? $"gate {gateFile}: below floor" : $"gate {gateFile}: every score is at or above its floor");
        return failed ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }
}
