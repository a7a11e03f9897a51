using System.Diagnostics;
using DiploLens.Stories;

namespace DiploLens.Bench;

/// <summary>
/// Cost per article of story clustering as the archive grows: synthetic signatures shaped like the real ones (per
/// article 3–4 event-specific entity/figure/day features, 6 common ones drawn from a Zipf vocabulary of countries,
/// organisations and topics, 30 within-language terms from a Zipf vocabulary of 50,000 words per language; events of
/// 1–4 articles in vi/fr/en, 400 articles a day). Reports µs per article over the last 10,000 articles added before
/// each checkpoint, and the managed heap after a full collection.
/// </summary>
internal static class StoryBench
{
    public static void Run(int[] checkpoints)
    {
        var random = new Random(42);
        var clusterer = new StoryClusterer(StoryOptions.Default);
        string[] languages = ["vi", "fr", "en"];
        var commonZipf = Zipf(2_000, random);
        var termZipf = Zipf(50_000, random);
        var start = new DateTime(2020, 1, 1);
        long id = 0;
        var eventId = 0;
        Console.WriteLine("| archive (articles) | µs per article (last 10,000) | features | stories | managed heap MB |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        var window = Stopwatch.StartNew();
        foreach (var checkpoint in checkpoints)
        {
            while (id < checkpoint)
            {
                eventId++;
                var size = 1 + random.Next(4);
                var time = start.AddDays(id / 400.0);
                for (var k = 0; k < size && id < checkpoint; k++)
                {
                    if (checkpoint - id == 10_000)
                    {
                        window.Restart();
                    }

                    var language = languages[random.Next(3)];
                    var features = new List<SignatureFeature>
                    {
                        new($"person:p{eventId % 300_000}", FeatureKind.Person, 3, "p"),
                        new($"forum:f{eventId % 50_000}", FeatureKind.Forum, 2.5, "f"),
                        new($"fig:count:{eventId % 997}", FeatureKind.Figure, 1.5, "n"),
                        new($"day:{eventId % 365}", FeatureKind.Day, 2, "d"),
                    };
                    for (var c = 0; c < 6; c++)
                    {
                        features.Add(new SignatureFeature($"org:c{commonZipf(random)}", FeatureKind.Organisation, 1.5, "c"));
                    }

                    for (var t = 0; t < 30; t++)
                    {
                        // Half the terms come from the event (shared by its same-language versions), half from the language.
                        var term = t < 15 ? $"e{eventId}-{t}" : $"w{termZipf(random)}";
                        features.Add(new SignatureFeature($"term:{language}:{term}", FeatureKind.Term, 1, term));
                    }

                    var distinct = features.DistinctBy(f => f.Key).OrderBy(f => f.Key, StringComparer.Ordinal).ToList();
                    clusterer.Add(new ArticleSignature(id++, language, distinct) { TimeStart = time, TimeEnd = time });
                }
            }

            var perArticle = window.Elapsed.TotalMilliseconds * 1000 / Math.Min(10_000, checkpoint);
            GC.Collect();
            var heap = GC.GetTotalMemory(forceFullCollection: true) / 1e6;
            Console.WriteLine($"| {checkpoint:N0} | {perArticle:0.0} | {clusterer.FeatureCount:N0} | {clusterer.Stories.Count:N0} | {heap:N0} |");
        }
    }

    /// <summary>A sampler of ranks 0..n-1 with probability ∝ 1/(rank+1).</summary>
    private static Func<Random, int> Zipf(int n, Random random)
    {
        var cumulative = new double[n];
        double sum = 0;
        for (var i = 0; i < n; i++)
        {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }

        return r =>
        {
            var u = r.NextDouble() * sum;
            var index = Array.BinarySearch(cumulative, u);
            return index < 0 ? ~index : index;
        };
    }
}
