using System.Text.RegularExpressions;

namespace DiploLens.Evaluation;

/// <summary>
/// The scrapinghub article-extraction-benchmark metric: texts are lower-cased and split into <c>\w+</c> tokens, turned into
/// word 4-gram shingles (a multiset; a text shorter than 4 tokens is one shingle), and matched: precision = shared / predicted,
/// recall = shared / gold. Empty prediction and empty gold count as a perfect match; an empty side alone scores 0.
/// </summary>
public static partial class ShingleScore
{
    public static (double Precision, double Recall) Score(string gold, string predicted, int n = 4)
    {
        var g = Shingles(gold, n);
        var p = Shingles(predicted, n);
        var goldCount = g.Values.Sum();
        var predictedCount = p.Values.Sum();
        if (goldCount == 0 && predictedCount == 0)
        {
            return (1, 1);
        }

        var shared = 0;
        foreach (var (shingle, count) in p)
        {
            shared += Math.Min(count, g.GetValueOrDefault(shingle));
        }

        return (predictedCount == 0 ? 0 : (double)shared / predictedCount, goldCount == 0 ? 0 : (double)shared / goldCount);
    }

    public static Dictionary<string, int> Shingles(string text, int n = 4)
    {
        var tokens = Token().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
        {
            return result;
        }

        if (tokens.Count < n)
        {
            result[string.Join(' ', tokens)] = 1;
            return result;
        }

        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var key = string.Join(' ', tokens.Skip(i).Take(n));
            result[key] = result.GetValueOrDefault(key) + 1;
        }

        return result;
    }

    /// <summary>F1 of mean precision and mean recall, as the benchmark reports it.</summary>
    public static double F1(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

    [GeneratedRegex(@"\w+")]
    private static partial Regex Token();
}
