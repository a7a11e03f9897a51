using DiploLens.Documents;

namespace DiploLens.Web.Pages;

/// <summary>
/// Spans of an article worth marking (entities, quotations, dates, figures), each with a CSS class and an optional link.
/// The layers that produce them are other issues in progress; each adds one reader here when it lands. Today it
/// yields nothing, and the page shows the text with search highlights only.
/// </summary>
public static class ArticleHighlights
{
    public sealed record Mark(TextSpan Span, string Kind, string? Link);

    public static IReadOnlyList<Mark> Of(Document document) => [];
}
