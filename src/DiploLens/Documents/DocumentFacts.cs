namespace DiploLens.Documents;

/// <summary>The one-value facts about a Document that lists and filters use, read from whichever layer or metadata holds them.</summary>
public static class DocumentFacts
{
    /// <summary>The detected language when the language stage ran, else the declared one, else <c>und</c>.</summary>
    public static string LanguageOf(Document document) =>
        document.TryGet(Layers.Language, out var language) ? language.Language
        : string.IsNullOrWhiteSpace(document.Metadata.DeclaredLanguage) ? "und"
        : document.Metadata.DeclaredLanguage!;

    /// <summary>The publication date as far as it is known (source metadata, else the date stage's finding), or null (unknown, never invented).</summary>
    public static PartialDate? PublishedOf(Document document) =>
        document.Metadata.Published ?? (document.TryGet(Layers.Dates, out var dates) ? dates.Published?.Date : null);
}
