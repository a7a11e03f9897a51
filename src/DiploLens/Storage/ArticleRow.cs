using System.Globalization;
using DiploLens.Analysis;
using DiploLens.Documents;

namespace DiploLens.Storage;

/// <summary>The column values every engine stores for an article, computed once from the analysed Document.</summary>
internal sealed record ArticleRow(
    string? Key,
    string Source,
    string? Url,
    string ContentHash,
    string Pipeline,
    string? Title,
    string Language,
    string? Published,
    DateTime? PublishedStart,
    int TextLength,
    int RemovedCount,
    string DocumentJson,
    string FoldedTitle,
    string FoldedBody,
    Document Document)
{
    public static ArticleRow From(ArticleToSave article)
    {
        var document = article.Document;
        var published = DocumentFacts.PublishedOf(document);
        return new ArticleRow(
            article.Key,
            document.Metadata.Source,
            document.Metadata.Url,
            document.Metadata.ContentHash,
            article.PipelineSignature,
            document.Metadata.Title,
            DocumentFacts.LanguageOf(document),
            published?.ToIso(),
            published?.Start,
            document.Text.Length,
            document.Removed.Count,
            Storage.DocumentJson.Serialize(document),
            TextFolder.Fold(document.Metadata.Title ?? string.Empty),
            TextFolder.Fold(document.Text),
            document);
    }

    /// <summary>The sortable text form SQLite keeps for <see cref="PublishedStart"/>.</summary>
    public static string SortableText(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The first instant after the period a partial date denotes (the day after a day, the month after a month…).</summary>
    public static DateTime EndOf(PartialDate date) => date.Precision switch
    {
        DatePrecision.Year => date.Start.AddYears(1),
        DatePrecision.Month => date.Start.AddMonths(1),
        DatePrecision.Day => date.Start.AddDays(1),
        _ => date.Start.AddMinutes(1),
    };
}
