using System.Text.Json;
using DiploLens.Documents;
using DiploLens.Extraction;
using DiploLens.Ingest;
using DiploLens.Pipeline;
using DiploLens.Stories;

namespace DiploLens.Evaluation;

/// <summary>
/// Runs story clustering over a labelled set and scores it (<see cref="StoryScore"/>). Articles are extracted and
/// analysed by the default pipeline from their text, their <c>date</c> and <c>lang</c> given as the source would,
/// then clustered as one batch (the clusterer's documented order: dated by date, then undated, ties by position).
/// </summary>
public static class StoryEvaluation
{
    public static IReadOnlyList<StoryGold> ReadJsonLines(TextReader reader, string source)
    {
        var items = new List<StoryGold>();
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(text);
                var root = json.RootElement;
                string? Field(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                items.Add(new StoryGold(
                    Field("id") ?? throw new FormatException("no 'id'"),
                    Field("url"),
                    Field("lang"),
                    Field("event") ?? throw new FormatException("no 'event'"),
                    Field("dup_of"),
                    Field("date"),
                    Field("text") ?? throw new FormatException("no 'text'")));
            }
            catch (Exception e) when (e is JsonException or FormatException)
            {
                throw new FormatException($"{source}:{line}: {e.Message}", e);
            }
        }

        return items;
    }

    /// <summary>Analyses and clusters the set; returns each item's predicted story and canonical (for copies).</summary>
    public static (IReadOnlyList<(int Story, string? DuplicateOf)> Predicted, StoryClusterer Clusterer) Cluster(
        IReadOnlyList<StoryGold> items, AnalysisPipeline pipeline, ArticleSignatureBuilder builder, StoryOptions options)
    {
        var signatures = new ArticleSignature[items.Count];
        Parallel.For(0, items.Count, i =>
        {
            var item = items[i];
            var raw = new RawArticle { Source = item.Id, Body = item.Text, Key = item.Url ?? item.Id, Url = item.Url, DateText = item.Date, Language = item.Language };
            signatures[i] = builder.Build(i, pipeline.Run(ArticleExtraction.Default.Extract(raw)));
        });
        var clusterer = new StoryClusterer(options);
        var links = clusterer.AddBatch(signatures).ToDictionary(l => l.ArticleId);
        var predicted = items.Select((_, i) => (clusterer.StoryOf(i), links[i].DuplicateOf is { } d ? items[(int)d].Id : null)).ToList();
        return (predicted, clusterer);
    }

    public static StoryScore Score(IReadOnlyList<StoryGold> items, IReadOnlyList<(int Story, string? DuplicateOf)> predicted)
    {
        var n = items.Count;
        var gold = items.Select(i => i.Event).ToArray();
        var pred = predicted.Select(p => p.Story).ToArray();
        double bp = 0, br = 0;
        for (var i = 0; i < n; i++)
        {
            int both = 0, sameGold = 0, samePred = 0;
            for (var j = 0; j < n; j++)
            {
                var g = gold[j] == gold[i];
                var p = pred[j] == pred[i];
                if (g)
                {
                    sameGold++;
                }

                if (p)
                {
                    samePred++;
                }

                if (g && p)
                {
                    both++;
                }
            }

            bp += (double)both / samePred;
            br += (double)both / sameGold;
        }

        long tp = 0, fp = 0, fn = 0, ctp = 0, cfp = 0, cfn = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var g = gold[j] == gold[i];
                var p = pred[j] == pred[i];
                var cross = !string.Equals(items[i].Language, items[j].Language, StringComparison.Ordinal);
                Count(g, p, ref tp, ref fp, ref fn);
                if (cross)
                {
                    Count(g, p, ref ctp, ref cfp, ref cfn);
                }
            }
        }

        var goldDup = CopyPairs(items.Select(i => (i.Id, i.DuplicateOf)));
        var predDup = CopyPairs(items.Select((item, i) => (item.Id, predicted[i].DuplicateOf)));
        var dtp = predDup.Count(goldDup.Contains);
        return new StoryScore(
            n,
            gold.Distinct().Count(),
            pred.Distinct().Count(),
            n == 0 ? 0 : bp / n,
            n == 0 ? 0 : br / n,
            Ratio(tp, tp + fp),
            Ratio(tp, tp + fn),
            Ratio(ctp, ctp + cfp),
            Ratio(ctp, ctp + cfn),
            (int)(ctp + cfn),
            Ratio(dtp, predDup.Count),
            Ratio(dtp, goldDup.Count),
            goldDup.Count);
    }

    /// <summary>Unordered pairs of articles in one copy group (an article and its canonical, and copies of one canonical).</summary>
    private static HashSet<(string, string)> CopyPairs(IEnumerable<(string Id, string? DuplicateOf)> items)
    {
        var groups = items.Where(i => i.DuplicateOf is not null)
            .GroupBy(i => i.DuplicateOf!, i => i.Id)
            .Select(g => g.Append(g.Key).OrderBy(x => x, StringComparer.Ordinal).ToList());
        var pairs = new HashSet<(string, string)>();
        foreach (var group in groups)
        {
            for (var i = 0; i < group.Count; i++)
            {
                for (var j = i + 1; j < group.Count; j++)
                {
                    pairs.Add((group[i], group[j]));
                }
            }
        }

        return pairs;
    }

    private static void Count(bool gold, bool predicted, ref long tp, ref long fp, ref long fn)
    {
        if (gold && predicted)
        {
            tp++;
        }
        else if (predicted)
        {
            fp++;
        }
        else if (gold)
        {
            fn++;
        }
    }

    /// <summary>A ratio with 1 for an empty denominator (nothing predicted is nothing wrong).</summary>
    private static double Ratio(long a, long b) => b == 0 ? 1 : (double)a / b;
}
