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
    /// <summary>The in-memory clusterer, one article at a time.</summary>
    public static void Run(int[] checkpoints)
    {
        var clusterer = new StoryClusterer(StoryOptions.Default);
        Console.WriteLine("| archive (articles) | µs per article (last 10,000) | features | stories | managed heap MB |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        var window = Stopwatch.StartNew();
        var checkpoint = 0;
        foreach (var signature in Signatures(checkpoints[^1]))
        {
            if (checkpoints.Any(c => c - signature.ArticleId == 10_000))
            {
                window.Restart();
            }

            clusterer.Add(signature);
            if (checkpoints.Contains((int)signature.ArticleId + 1))
            {
                var at = checkpoints[checkpoint++];
                var perArticle = window.Elapsed.TotalMilliseconds * 1000 / Math.Min(10_000, at);
                GC.Collect();
                var heap = GC.GetTotalMemory(forceFullCollection: true) / 1e6;
                Console.WriteLine($"| {at:N0} | {perArticle:0.0} | {clusterer.FeatureCount:N0} | {clusterer.Stories.Count:N0} | {heap:N0} |");
            }
        }
    }

    /// <summary>
    /// The persisted path (what ingest and workers run): chunks of <paramref name="chunk"/> articles, each clustered
    /// against the slice of the store's state it needs and written back in one transaction. Reports µs per article
    /// over the last 10,000 articles before each checkpoint (wall time, split into starting a chunk, clustering with
    /// the reads on demand, and writing; and the process's CPU time, which other load on the machine does not inflate).
    /// </summary>
    public static async Task RunPersistedAsync(DiploLens.Storage.INewsStore store, int[] checkpoints, int chunk, Func<long> databaseBytes)
    {
        var indexer = StoryIndexer.Default;
        Console.WriteLine("| archive (articles) | µs per article (last 10,000) | start (features, sketches) | cluster (with reads on demand) | write | CPU µs per article | managed heap MB | database MB |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        double read = 0, cluster = 0, write = 0;
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var done = 0;
        var checkpoint = 0;
        foreach (var batch in Signatures(checkpoints[^1]).Chunk(chunk))
        {
            if (checkpoints.Any(c => c - done == 10_000))
            {
                (read, cluster, write) = (0, 0, 0);
                cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            }

            await store.WithStoryStateAsync(async tables =>
            {
                var watch = Stopwatch.StartNew();
                var clusterer = await indexer.ContinueAsync(tables, batch, CancellationToken.None);
                read += watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                clusterer.AddBatch(batch);
                var delta = clusterer.TakeDelta();
                cluster += watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                await tables.ApplyAsync(delta, [], indexer.Options, CancellationToken.None);
                write += watch.Elapsed.TotalMilliseconds;
                return 0;
            });
            done += batch.Length;
            if (checkpoint < checkpoints.Length && done >= checkpoints[checkpoint])
            {
                var n = Math.Min(10_000, checkpoints[checkpoint]);
                double Us(double ms) => ms * 1000 / n;
                var cpuMs = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
                var heap = GC.GetTotalMemory(forceFullCollection: true) / 1e6;
                var size = databaseBytes() / 1e6;
                Console.WriteLine($"| {checkpoints[checkpoint]:N0} | {Us(read + cluster + write):0} | {Us(read):0} | {Us(cluster):0} | {Us(write):0} | {Us(cpuMs):0} | {heap:N0} | {size:N0} |");
                checkpoint++;
            }
        }
    }

    /// <summary>The synthetic archive described on the class, in publication order, ids from 0.</summary>
    private static IEnumerable<ArticleSignature> Signatures(int count)
    {
        var random = new Random(42);
        string[] languages = ["vi", "fr", "en"];
        var commonZipf = Zipf(2_000, random);
        var termZipf = Zipf(50_000, random);
        var start = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        long id = 0;
        var eventId = 0;
        while (id < count)
        {
            eventId++;
            var size = 1 + random.Next(4);
            var time = start.AddDays(id / 400.0);
            for (var k = 0; k < size && id < count; k++)
            {
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
                yield return new ArticleSignature(id++, language, distinct) { TimeStart = time, TimeEnd = time };
            }
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
