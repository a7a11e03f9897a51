using System.Text.Json;
using DiploLens.Extraction;
using DiploLens.Ingest;
using DiploLens.Pipeline;
using DiploLens.Stories;

namespace DiploLens.Evaluation;

/// <summary>
/// Article-pair similarity against SemEval-2022 Task 8 ("Multilingual news article similarity") labels: each pair's
/// <c>Overall</c> is 1 (very similar) to 4 (very dissimilar). Our score is the story similarity of the two articles
/// (<see cref="StoryClusterer.Compare"/>, rarities over every text of the set). Reported: Pearson correlation with
/// <c>Overall</c> negated (so that higher is better, as the task's figures are), and the ROC AUC of telling
/// same-story pairs (<c>Overall</c> ≤ <see cref="SameStoryMaxOverall"/>) from the others.
/// </summary>
public static class SimilarityEvaluation
{
    public const double SameStoryMaxOverall = 1.5;

    public static IReadOnlyList<SimilarityPair> Read(string folder)
    {
        var pairs = new List<SimilarityPair>();
        foreach (var file in Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Length > 0))
            {
                using var json = JsonDocument.Parse(line);
                var r = json.RootElement;
                pairs.Add(new SimilarityPair(r.GetProperty("pair_id").GetString()!, r.GetProperty("lang1").GetString()!, r.GetProperty("lang2").GetString()!,
                    r.GetProperty("text1").GetString() ?? "", r.GetProperty("text2").GetString() ?? "", r.GetProperty("Overall").GetDouble()));
            }
        }

        return pairs;
    }

    public static SimilarityResult Run(IReadOnlyList<SimilarityPair> pairs, AnalysisPipeline pipeline, ArticleSignatureBuilder builder, StoryOptions options)
    {
        var signatures = new ArticleSignature[pairs.Count * 2];
        Parallel.For(0, signatures.Length, i =>
        {
            var pair = pairs[i / 2];
            var (text, lang) = i % 2 == 0 ? (pair.Text1, pair.Lang1) : (pair.Text2, pair.Lang2);
            var raw = new RawArticle { Source = $"{pair.Id}/{i % 2 + 1}", Body = text.Length == 0 ? "-" : text, Language = lang };
            signatures[i] = builder.Build(i, pipeline.Run(ArticleExtraction.Default.Extract(raw)));
        });
        var clusterer = new StoryClusterer(options);
        clusterer.AddBatch(signatures);
        var scores = pairs.Select((_, p) => clusterer.Compare(2 * p, (2 * p) + 1).Score).ToArray();
        var gold = pairs.Select(p => -p.Overall).ToArray();
        var byLanguages = pairs.Select((p, i) => (Key: $"{p.Lang1}-{p.Lang2}", i))
            .GroupBy(x => x.Key)
            .OrderByDescending(g => g.Count())
            .ToDictionary(g => g.Key, g => (g.Count(), Pearson(g.Select(x => scores[x.i]).ToArray(), g.Select(x => gold[x.i]).ToArray())));
        var positive = pairs.Select(p => p.Overall <= SameStoryMaxOverall).ToArray();
        return new SimilarityResult(pairs.Count, Pearson(scores, gold), Auc(scores, positive), positive.Count(b => b), byLanguages);
    }

    public static double Pearson(double[] x, double[] y)
    {
        if (x.Length < 2)
        {
            return 0;
        }

        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxx == 0 || syy == 0 ? 0 : sxy / Math.Sqrt(sxx * syy);
    }

    /// <summary>ROC AUC: the probability that a random positive scores above a random negative (ties count half).</summary>
    public static double Auc(double[] scores, bool[] positive)
    {
        double wins = 0;
        long pairs = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (!positive[i])
            {
                continue;
            }

            for (var j = 0; j < scores.Length; j++)
            {
                if (positive[j])
                {
                    continue;
                }

                pairs++;
                wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
            }
        }

        return pairs == 0 ? 0 : wins / pairs;
    }
}
