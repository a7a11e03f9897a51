using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using DiploLens.Language;

namespace DiploLens.Cli.Commands;

/// <summary><c>diplolens train-langid --data DIR --out FILE</c>: builds the language model from <c>&lt;code&gt;.txt</c> files.</summary>
internal static class TrainLangIdCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data")
        {
            Description = "Folder of <code>.txt training files, one text per line.",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "langid-train"),
        };
        var output = new Option<string>("--out")
        {
            Description = "Where to write the model (the committed one is src/DiploLens/Data/langid/model.bin).",
            DefaultValueFactory = _ => Path.Combine("src", "DiploLens", "Data", "langid", "model.bin"),
        };
        var holdOut = new Option<string?>("--holdout")
        {
            Description = "Leave every 10th line out of training and write it to this folder, laid out like eval/langid, for tuning.",
        };
        var alpha = new Option<string?>("--alpha") { Description = "Smoothing per slot, comma-separated (1- to 5-grams, words); for experiments." };
        var caps = new Option<string?>("--caps") { Description = "Features kept per language per slot, comma-separated; for experiments." };
        var weights = new Option<string?>("--weights") { Description = "Evidence weight per slot, comma-separated; for experiments." };
        var command = new Command("train-langid", "Train the language-identification model; the same data always gives the same bytes.") { data, output, holdOut, alpha, caps, weights };
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(data)!;
            var path = parse.GetValue(output)!;
            if (!Directory.Exists(directory))
            {
                Console.Error.WriteLine($"error: training folder '{directory}' does not exist.");
                return ExitCodes.Usage;
            }

            var watch = Stopwatch.StartNew();
            var defaults = new LanguageModelTrainer();
            var holdOutDirectory = parse.GetValue(holdOut);
            var trainer = new LanguageModelTrainer
            {
                Alpha = parse.GetValue(alpha) is { } alphaText ? ParseList(alphaText, double.Parse) : defaults.Alpha,
                MaxFeaturesPerSlot = parse.GetValue(caps) is { } capsText ? ParseList(capsText, int.Parse) : defaults.MaxFeaturesPerSlot,
                SlotWeights = parse.GetValue(weights) is { } weightsText ? ParseList(weightsText, float.Parse) : defaults.SlotWeights,
                HoldOutEvery = holdOutDirectory is null ? 0 : 10,
            };
            if (holdOutDirectory is not null)
            {
                trainer.WriteHoldOut(directory, holdOutDirectory);
                Console.Out.WriteLine($"held-out tuning set written to {holdOutDirectory}");
            }

            var model = trainer.TrainDirectory(directory);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using (var file = File.Create(path))
            {
                model.Write(file);
            }

            var bytes = File.ReadAllBytes(path);
            Console.Out.WriteLine($"{model.Codes.Count} languages, {model.KeyCount:N0} features, {model.EntryCount:N0} entries");
            Console.Out.WriteLine($"wrote {path}: {bytes.Length:N0} bytes, sha256 {Convert.ToHexStringLower(SHA256.HashData(bytes))} ({watch.Elapsed.TotalSeconds:F1} s)");
            return ExitCodes.Success;
        });
        return command;
    }

    private static List<T> ParseList<T>(string text, Func<string, IFormatProvider, T> parse) =>
        text.Split(',').Select(v => parse(v.Trim(), CultureInfo.InvariantCulture)).ToList();
}
