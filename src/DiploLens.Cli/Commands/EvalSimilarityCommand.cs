using System.CommandLine;
using DiploLens.Evaluation;
using DiploLens.Pipeline;
using DiploLens.Stories;

namespace DiploLens.Cli.Commands;

/// <summary><c>diplolens eval similarity</c>: story similarity of article pairs against SemEval-2022 Task 8 labels.</summary>
internal static class EvalSimilarityCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data")
        {
            Description = "Folder laid out like ../shared/eval/similarity: *.jsonl with pair_id, lang1, lang2, text1, text2, Overall.",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "eval", "similarity"),
        };
        var command = new Command("similarity", "Pearson correlation with SemEval-2022 Task 8 'Overall' and same-story ROC AUC, beside published figures.") { data };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(data)!;
            if (!Directory.Exists(folder))
            {
                Console.Error.WriteLine($"error: evaluation folder '{folder}' does not exist.");
                return ExitCodes.Usage;
            }

            var pairs = SimilarityEvaluation.Read(folder);
            var result = SimilarityEvaluation.Run(pairs, AnalysisPipeline.CreateDefault(), ArticleSignatureBuilder.Default, StoryOptions.Default);
            Console.Out.WriteLine($"Article similarity on {folder}: {result.Pairs} pairs, {result.SameStoryPairs} same-story (Overall ≤ {SimilarityEvaluation.SameStoryMaxOverall})");
            Console.Out.WriteLine();
            Console.Out.WriteLine($"  Pearson r with −Overall   {result.Pearson:0.000}");
            Console.Out.WriteLine($"  same-story ROC AUC        {result.SameStoryAuc:0.000}");
            Console.Out.WriteLine();
            Console.Out.WriteLine($"  {"languages",-10} {"pairs",6} {"Pearson",8}");
            foreach (var (languages, (count, r)) in result.ByLanguages)
            {
                Console.Out.WriteLine($"  {languages,-10} {count,6} {r,8:0.000}");
            }

            Console.Out.WriteLine();
            Console.Out.WriteLine("Published figures (SemEval-2022 Task 8 evaluation set, Pearson with Overall; Chen et al. 2022, task overview):");
            Console.Out.WriteLine("  best system (HFL, XLM-R ensemble)  0.818");
            Console.Out.WriteLine("  ours is measured on the training pairs shared here, with no translation and no neural model");
            return ExitCodes.Success;
        });
        return command;
    }
}
