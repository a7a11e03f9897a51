using System.Diagnostics;
using DiploLens.Documents;
using DiploLens.Extraction;
using DiploLens.Pipeline;
using DiploLens.Storage;

namespace DiploLens.Ingest;

/// <summary>
/// Reads inputs, makes Documents, analyses them in parallel and saves them in batches, one transaction per batch.
/// Cancellation stops between batches: every finished batch is stored whole, the current one not at all, so running
/// the same ingest again completes it without duplicates. A failing input is reported and the run goes on.
/// </summary>
public sealed class ArticleIngest(INewsStore store, AnalysisPipeline pipeline, ArticleExtraction extraction, AnalysisOptions options)
{
    public async Task<IngestSummary> RunAsync(IReadOnlyList<string> paths, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default, Func<Stream>? standardInput = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var reader = new InputReader(options.MaxInputBytes, standardInput);
        var totalBytes = InputReader.MeasureBytes(paths);
        var failures = new List<IngestFailure>();
        var warnings = new List<string>();
        var articles = new List<IngestedArticle>();
        var batch = new List<RawArticle>(options.StoreBatchSize);
        int added = 0, updated = 0, unchanged = 0;
        long bytes = 0;
        var cancelled = false;

        void Report() => progress?.Report(new IngestProgress(added + updated + unchanged, added, updated, unchanged, failures.Count, bytes, totalBytes));

        async Task FlushAsync()
        {
            var analysed = Analyse(batch, failures);
            var outcomes = await store.SaveAsync(analysed.Select(a => a.Save).ToList(), CancellationToken.None);
            for (var i = 0; i < outcomes.Count; i++)
            {
                var outcome = outcomes[i];
                articles.Add(new IngestedArticle(analysed[i].Source, outcome));
                switch (outcome.Action)
                {
                    case SaveAction.Added: added++; break;
                    case SaveAction.Updated: updated++; break;
                    default: unchanged++; break;
                }
            }

            bytes += batch.Sum(a => a.Bytes);
            batch.Clear();
            Report();
        }

        foreach (var item in reader.Read(paths))
        {
            if (cancellationToken.IsCancellationRequested)
            {
                cancelled = true;
                break;
            }

            if (item.Failure is { } failure)
            {
                failures.Add(failure);
                Report();
                continue;
            }

            var raw = item.Article!;
            if (raw.Encoding is { } encoding && encoding.Contains("not valid UTF-8", StringComparison.Ordinal))
            {
                warnings.Add($"{raw.Source}: {encoding}");
            }

            batch.Add(raw);
            if (batch.Count >= options.StoreBatchSize)
            {
                await FlushAsync();
            }
        }

        if (!cancelled && batch.Count > 0)
        {
            await FlushAsync();
        }

        return new IngestSummary(added, updated, unchanged, failures, warnings, articles, bytes, stopwatch.Elapsed, cancelled);
    }

    /// <summary>Extracts and analyses a batch on all cores; an input whose extraction or analysis throws becomes a failure.</summary>
    private List<(string Source, ArticleToSave Save)> Analyse(List<RawArticle> raws, List<IngestFailure> failures)
    {
        var results = new (ArticleToSave? Save, string? Error)[raws.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism > 0 ? options.Parallelism : Environment.ProcessorCount };
        Parallel.For(0, raws.Count, parallel, i => results[i] = ArticleAnalysis.Analyse(raws[i], pipeline, extraction));

        var saved = new List<(string, ArticleToSave)>(raws.Count);
        for (var i = 0; i < raws.Count; i++)
        {
            if (results[i].Error is { } error)
            {
                failures.Add(new IngestFailure(raws[i].Source, error));
            }
            else if (results[i].Save is { } save)
            {
                saved.Add((raws[i].Source, save));
            }
        }

        return saved;
    }
}
