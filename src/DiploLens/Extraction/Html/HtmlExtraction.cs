using DiploLens.Documents;

namespace DiploLens.Extraction.Html;

/// <summary>The result of extracting one page: the Document (main text, paragraphs, removed blocks) and the page metadata with images.</summary>
public sealed record HtmlExtraction(Document Document, HtmlPageMetadata Page);
