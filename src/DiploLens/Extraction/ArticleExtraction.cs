using DiploLens.Documents;
using DiploLens.Ingest;

namespace DiploLens.Extraction;

/// <summary>Makes the Document from a raw article, choosing the extractor by the input's format.</summary>
public sealed class ArticleExtraction(TextArticleExtractor text)
{
    public static ArticleExtraction Default { get; } = new(TextArticleExtractor.Default);

    public Document Extract(RawArticle raw) => raw.Format switch
    {
        // Until real main-text extraction lands, HTML goes through tag stripping and the text rules.
        InputFormat.Html => text.Extract(raw with { Body = SimpleHtml.ToText(raw.Body), Title = raw.Title ?? SimpleHtml.Title(raw.Body) }),
        _ => text.Extract(raw),
    };
}
