using System.Text.Json;
using DiploLens.Language;

namespace DiploLens.Evaluation;

/// <summary>
/// Scores language identification on a folder laid out like <c>../shared/eval/langid</c>: one sub-folder per kind
/// (<c>sentences</c>, <c>word-pairs</c>, <c>single-words</c>, or any other), holding <c>&lt;code&gt;.txt</c> files with
/// one item a line. Each item is identified among all the model's languages; the best candidate must be the file's code.
/// </summary>
public static class LangIdEvaluation
{
    /// <summary>The kinds of the shared evaluation set, in display order; other sub-folders are scored after them.</summary>
    public static IReadOnlyList<string> StandardKinds { get; } = ["sentences", "word-pairs", "single-words"];

    public static LangIdResult Run(string directory, LanguageDetector detector)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Evaluation folder '{directory}' does not exist.");
        }

        var kinds = Directory.GetDirectories(directory)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(k => Directory.GetFiles(Path.Combine(directory, k), "*.txt").Length > 0)
            .OrderBy(k => StandardKinds.Contains(k) ? StandardKinds.ToList().IndexOf(k) : StandardKinds.Count)
            .ThenBy(k => k, StringComparer.Ordinal)
            .ToList();
        var scores = new List<LangIdScore>();
        var confusions = new Dictionary<(string Kind, string Expected, string Predicted), List<string>>();
        foreach (var kind in kinds)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(directory, kind), "*.txt").OrderBy(f => f, StringComparer.Ordinal))
            {
                var expected = Path.GetFileNameWithoutExtension(file);
                var items = File.ReadLines(file).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
                var correct = 0;
                foreach (var item in items)
                {
                    var predicted = detector.Rank(item, 1)[0].Language;
                    if (predicted == expected)
                    {
                        correct++;
                        continue;
                    }

                    var key = (kind, expected, predicted);
                    if (!confusions.TryGetValue(key, out var examples))
                    {
                        confusions[key] = examples = [];
                    }

                    examples.Add(item);
                }

                scores.Add(new LangIdScore(expected, kind, items.Count, correct));
            }
        }

        var confusionList = confusions
            .Select(c => new LangIdConfusion(c.Key.Kind, c.Key.Expected, c.Key.Predicted, c.Value.Count, c.Value.Take(5).ToList()))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Kind, StringComparer.Ordinal)
            .ThenBy(c => c.Expected, StringComparer.Ordinal)
            .ThenBy(c => c.Predicted, StringComparer.Ordinal)
            .ToList();
        return new LangIdResult(scores, confusionList);
    }

    /// <summary>
    /// The scores below their pinned floor. <paramref name="gateJson"/> is <c>{"floors": {"&lt;kind&gt;": {"&lt;code&gt;": percent}}}</c>;
    /// a floor whose language and kind were not evaluated counts as failed (score 0), so a missing folder cannot pass.
    /// </summary>
    public static IReadOnlyList<(string Kind, string Language, double Floor, double Actual)> BelowFloors(LangIdResult result, string gateJson)
    {
        using var document = JsonDocument.Parse(gateJson);
        if (!document.RootElement.TryGetProperty("floors", out var floors) || floors.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException("The gate file has no \"floors\" object.");
        }

        var failures = new List<(string, string, double, double)>();
        foreach (var kind in floors.EnumerateObject())
        {
            foreach (var language in kind.Value.EnumerateObject())
            {
                var floor = language.Value.GetDouble();
                var actual = result.Find(language.Name, kind.Name)?.Accuracy ?? 0;
                if (actual < floor)
                {
                    failures.Add((kind.Name, language.Name, floor, actual));
                }
            }
        }

        return failures;
    }
}
