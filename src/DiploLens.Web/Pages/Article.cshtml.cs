using DiploLens.Documents;
using DiploLens.Search;
using DiploLens.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DiploLens.Web.Pages;

/// <summary>
/// One article: its clean text by paragraph with the search words highlighted, what it is filed under, the original
/// URL, and the removed boilerplate with the reason for each removal (provenance). Quotations, entities, dates and
/// figures are marked inline from the Document's layers (<see cref="ArticleHighlights"/>, nested by <see cref="Rendering.ArticleText"/>).
/// </summary>
public sealed class ArticleModel(ISearchStore store, NewsSearch search, Rendering.UiText text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public long Id { get; private set; }

    public Document? Document { get; private set; }

    public IReadOnlyList<ArticleTerm> Terms { get; private set; } = [];

    public IReadOnlyList<QueryTerm> QueryTerms { get; private set; } = [];

    /// <summary>The quotation, entity, date and figure spans to mark, in the page's UI language.</summary>
    public IReadOnlyList<ArticleHighlights.Mark> Highlights { get; private set; } = [];

    public async Task OnGetAsync(long id, CancellationToken cancellationToken)
    {
        Id = id;
        Document = await store.GetAsync(id, cancellationToken);
        if (Document is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        Terms = await store.TermsAsync(id, cancellationToken);
        Highlights = ArticleHighlights.Of(Document, Rendering.UiText.LanguageOf(Request), text);
        try
        {
            QueryTerms = string.IsNullOrWhiteSpace(Query) ? [] : search.Prepare(Query).HighlightTerms.ToList();
        }
        catch (QuerySyntaxException)
        {
            // A malformed query only loses its highlights here; the search page reports the error.
        }
    }

    /// <summary>
    /// The legend: one entry per kind of mark on this page (quotation, each entity type, date, figure, search words),
    /// always in that order, with the CSS classes of its marks and the key of its UI string.
    /// </summary>
    public IEnumerable<(MarkKind Kind, string Class, string Key)> LegendEntries()
    {
        if (Highlights.Any(m => m.Kind == MarkKind.Quotation))
        {
            yield return (MarkKind.Quotation, "hl hl-quote", "mark.quotation");
        }

        var types = Highlights.Where(m => m.Kind == MarkKind.Entity).Select(m => m.EntityType).ToHashSet();
        foreach (var type in ArticleHighlights.EntityTypes.Append("other").Where(t => types.Contains(t)))
        {
            yield return (MarkKind.Entity, $"hl hl-entity hl-{type}", "entity.type." + type);
        }

        if (Highlights.Any(m => m.Kind == MarkKind.Date))
        {
            yield return (MarkKind.Date, "hl hl-date", "mark.date");
        }

        if (Highlights.Any(m => m.Kind == MarkKind.Figure))
        {
            yield return (MarkKind.Figure, "hl hl-figure", "mark.figure");
        }

        if (QueryTerms.Count > 0)
        {
            yield return (MarkKind.SearchTerm, "term", "mark.search");
        }
    }

    /// <summary>The paragraph spans of the text (the whole text as one when the layer is empty).</summary>
    public IEnumerable<(TextSpan Span, bool Heading)> Paragraphs()
    {
        var document = Document!;
        var paragraphs = document.TryGet(Layers.Paragraphs, out var list) && list.Count > 0
            ? list
            : [new Paragraph(new TextSpan(0, document.Text.Length), BlockKind.Paragraph)];
        return paragraphs.Select(p => (p.Span, p.Kind == BlockKind.Heading));
    }
}
