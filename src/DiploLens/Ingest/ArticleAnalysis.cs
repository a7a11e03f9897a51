using DiploLens.Extraction;
using DiploLens.Pipeline;
using DiploLens.Storage;

namespace DiploLens.Ingest;

/// <summary>Extraction and analysis of one raw article, as every ingest path does it: an article or a failure, never an exception.</summary>
public static class ArticleAnalysis
{
    /// <summary>
    /// The analysed article ready to save, or the reason it cannot be: no text left after removing boilerplate, or an
    /// exception from extraction or a stage (named with its type and message).
    /// </summary>
    public static (ArticleToSave? Article, string? Error) Analyse(RawArticle raw, AnalysisPipeline pipeline, ArticleExtraction extraction)
    {
        try
        {
            var document = pipeline.Run(extraction.Extract(raw));
            return document.Text.Length == 0
                ? (null, "no article text left after removing boilerplate")
                : (new ArticleToSave(document, raw.Key, pipeline.Signature), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (null, $"analysis failed: {e.GetType().Name}: {e.Message}");
        }
    }
}
