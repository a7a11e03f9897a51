using System.CommandLine;
using System.Globalization;
using DiploLens.Documents;
using DiploLens.Language;

namespace DiploLens.Cli.Commands;

/// <summary>
/// <c>diplolens detect TEXT</c> prints the ranked candidate languages of TEXT, one per line; <c>detect -</c> reads one
/// text per line from standard input and prints one line per input: best code, its confidence, then the next candidates.
/// </summary>
internal static class DetectCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("text") { Description = "The text to identify, or '-' to read one text per line from standard input." };
        var top = new Option<int>("--top") { Description = "How many candidates to print.", DefaultValueFactory = _ => 5 };
        var letters = new Option<bool>("--letters") { Description = "Also list the letters that decide a language on their own (derived from the model)." };
        var command = new Command("detect", "Identify the language of a text (ranked candidates with confidences).") { text, top, letters };
        command.SetAction(parse =>
        {
            var input = parse.GetValue(text)!;
            var detector = LanguageDetector.Default;
            var count = Math.Max(1, parse.GetValue(top));
            if (parse.GetValue(letters))
            {
                foreach (var group in detector.DistinctiveLetters.GroupBy(p => p.Value).OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    Console.Error.WriteLine($"distinctive of {group.Key}: {string.Concat(group.Select(p => p.Key))}");
                }
            }

            if (input != "-")
            {
                foreach (var guess in detector.Rank(input, count))
                {
                    Console.Out.WriteLine($"{guess.Language}\t{Format(guess)}");
                }

                return ExitCodes.Success;
            }

            while (Console.In.ReadLine() is { } line)
            {
                var guesses = detector.Rank(line, count);
                var rest = guesses.Skip(1).Select(g => $"{g.Language}:{Format(g)}");
                Console.Out.WriteLine(string.Join('\t', new[] { guesses[0].Language, Format(guesses[0]) }.Concat(rest)));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Format(LanguageGuess guess) => guess.Confidence.ToString("0.####", CultureInfo.InvariantCulture);
}
