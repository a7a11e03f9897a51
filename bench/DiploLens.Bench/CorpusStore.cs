using System.Diagnostics;
using DiploLens.Evaluation;
using DiploLens.Extraction;
using DiploLens.Ingest;
using DiploLens.Pipeline;
using DiploLens.Storage;
using DiploLens.Storage.Sqlite;

namespace DiploLens.Bench;

/// <summary>
/// Builds a search store from the shared corpora: every MasakhaNEWS article (French, English), then VNTC (Vietnamese)
/// up to <c>count</c> articles in all. Same extraction, analysis and store as ingest; duplicates are stored once.
/// </summary>
internal static class CorpusStore
{
    public static async Task<int> BuildAsync(string shared, string dbPath, int count)
    {
        var corpus = Path.Combine(shared, "corpus");
        var masakha = new[] { ("fra", "fr"), ("eng", "en") }
            .SelectMany(l => new[] { "dev.tsv", "test.tsv" }.SelectMany(f =>
                CorpusReader.ReadMasakhaNews(Path.Combine(corpus, "masakhanews-fr-en", "data", l.Item1, f), l.Item2)));
        var articles = masakha.Concat(CorpusReader.ReadVntc(Path.Combine(corpus, "vntc10_train.jsonl.gz"))).Take(count);
        var pipeline = AnalysisPipeline.CreateDefault();
        var extraction = ArticleExtraction.Default;
        var watch = Stopwatch.StartNew();
        var added = 0;
        var seen = 0;
        var failed = 0;
        await using var store = await SqliteNewsStore.OpenAsync(dbPath);
        foreach (var batch in articles.Chunk(AnalysisOptions.Default.StoreBatchSize))
        {
            var documents = new ArticleToSave?[batch.Length];
            Parallel.For(0, batch.Length, j =>
            {
                try
                {
                    documents[j] = new ArticleToSave(pipeline.Run(extraction.Extract(batch[j])), batch[j].Key, pipeline.Signature);
                }
                catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
                {
                    // A boilerplate rule timed out on a pathological text (a CPU-starved machine makes this likelier): skip it, count it.
                    Interlocked.Increment(ref failed);
                }
            });
            added += (await store.SaveAsync(documents.OfType<ArticleToSave>().ToList())).Count(o => o.Action == SaveAction.Added);
            seen += batch.Length;
        }

        Console.WriteLine($"{seen:N0} articles read, {added:N0} added, {failed} failed extraction, store holds {await store.CountAsync():N0}, in {watch.Elapsed.TotalSeconds:0.0} s; {dbPath} is {new FileInfo(dbPath).Length / 1e6:0} MB.");
        return 0;
    }
}
