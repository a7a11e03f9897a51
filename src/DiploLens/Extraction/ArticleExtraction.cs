using DiploLens.Documents;
using DiploLens.Extraction.Html;
using DiploLens.Ingest;

namespace DiploLens.Extraction;

/// <summary>Makes the Document from a raw article, choosing the extractor by the input's format.</summary>
public sealed class ArticleExtraction(TextArticleExtractor text, HtmlExtractor html)
{
    public static ArticleExtraction Default { get; } = new(TextArticleExtractor.Default, HtmlExtractor.Default);

    public Document Extract(RawArticle raw) => raw.Format switch
    {
        InputFormat.Html => FromHtml(raw),
        _ => text.Extract(raw),
    };

    /// <summary>Main-text extraction of a page; the fields the source itself gives (a JSON Lines record's title, URL, date, site) win over what the page says.</summary>
    private Document FromHtml(RawArticle raw)
    {
        var document = html.Extract(raw.Body, new HtmlInput(raw.Source, raw.Url, Language: raw.Language), raw.Encoding).Document;
        if (raw.Title is null && raw.Url is null && raw.DateText is null && raw.SiteName is null)
        {
            return document;
        }

        var stated = PublicationDateText.TryRead(raw.DateText);
        var metadata = document.Metadata with
        {
            Title = raw.Title ?? document.Metadata.Title,
            Url = raw.Url ?? document.Metadata.Url,
            SiteName = raw.SiteName ?? document.Metadata.SiteName,
            DateText = raw.DateText ?? document.Metadata.DateText,
            Published = stated ?? document.Metadata.Published,
            PublishedSource = stated is null ? document.Metadata.PublishedSource : "source",
        };
        return new Document(document.Text, metadata, document.Get(Layers.Paragraphs), document.Removed);
    }
}
