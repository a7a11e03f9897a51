using DiploLens.Extraction;
using DiploLens.Ingest;
using DiploLens.Pipeline;
using DiploLens.Storage;
using DiploLens.Storage.Sqlite;

namespace DiploLens.Tests.TestKit;

/// <summary>Fresh SQLite stores filled with hand-written articles or the seeds, for search, API and browser tests.</summary>
internal static class StoreBuilder
{
    public static readonly DateTimeOffset Now = new(2024, 1, 15, 0, 0, 0, TimeSpan.Zero);

    private static readonly AnalysisPipeline Pipeline = AnalysisPipeline.CreateDefault();

    public static ArticleToSave Article(string text, string url, string? lang = null, string? date = null, string? title = null)
    {
        var raw = new RawArticle { Source = url, Key = url, Url = url, Body = text, DateText = date, Language = lang, Title = title };
        return new ArticleToSave(Pipeline.Run(ArticleExtraction.Default.Extract(raw)), url, Pipeline.Signature);
    }

    public static async Task<SqliteNewsStore> OpenAsync(string path, params ArticleToSave[] articles)
    {
        var store = await SqliteNewsStore.OpenAsync(path, new FixedClock(Now));
        if (articles.Length > 0)
        {
            await store.SaveAsync(articles);
        }

        return store;
    }

    /// <summary>A store holding the five seed articles.</summary>
    public static async Task<string> SamplesAsync(string path)
    {
        await using var store = await SqliteNewsStore.OpenAsync(path, new FixedClock(Now));
        var ingest = new ArticleIngest(store, Pipeline, ArticleExtraction.Default, AnalysisOptions.Default);
        await ingest.RunAsync([Paths.Samples]);
        return path;
    }
}
