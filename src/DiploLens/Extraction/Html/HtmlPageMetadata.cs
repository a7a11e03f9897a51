using DiploLens.Documents;

namespace DiploLens.Extraction.Html;

/// <summary>What the page says about itself, before main-text extraction: the values and the field each came from.</summary>
public sealed record HtmlPageMetadata
{
    public string? Title { get; init; }

    public string? Byline { get; init; }

    public string? SiteName { get; init; }

    public string? CanonicalUrl { get; init; }

    /// <summary><c>&lt;html lang&gt;</c>, else <c>og:locale</c>, else <c>content-language</c>: evidence for the language stage.</summary>
    public string? Language { get; init; }

    public PartialDate? Published { get; init; }

    /// <summary>The field the publication date came from, e.g. <c>json-ld:datePublished</c>, <c>meta:article:published_time</c>, <c>url</c>.</summary>
    public string? PublishedSource { get; init; }

    /// <summary>The raw text of the publication date as the page wrote it.</summary>
    public string? PublishedText { get; init; }

    public PartialDate? Modified { get; init; }

    public string? ModifiedSource { get; init; }

    /// <summary>The JSON-LD <c>articleBody</c>, used as evidence for choosing the main text.</summary>
    public string? ArticleBody { get; init; }

    public IReadOnlyList<ImageCaption> Images { get; init; } = [];
}
