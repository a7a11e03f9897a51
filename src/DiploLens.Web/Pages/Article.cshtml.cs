using DiploLens.Documents;
using DiploLens.Search;
using DiploLens.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DiploLens.Web.Pages;

/// <summary>
/// One article: its clean text by paragraph with the search words highlighted, what it is filed under, the original
/// URL, and the removed boilerplate with the reason for each removal (provenance). Entity, quotation, date and figure
/// highlights come from <see cref="ArticleHighlights"/>, which reads those layers when the Document has them.
/// </summary>
public sealed class ArticleModel(ISearchStore store, NewsSearch search) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public long Id { get; private set; }

    public Document? Document { get; private set; }

    public IReadOnlyList<ArticleTerm> Terms { get; private set; } = [];

    public IReadOnlyList<QueryTerm> QueryTerms { get; private set; } = [];

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
        try
        {
            QueryTerms = string.IsNullOrWhiteSpace(Query) ? [] : search.Prepare(Query).HighlightTerms.ToList();
        }
        catch (QuerySyntaxException)
        {
            // A malformed query only loses its highlights here; the search page reports the error.
        }
    }

    /// <summary>The paragraphs of the text (the whole text as one when the layer is empty).</summary>
    public IEnumerable<(string Text, bool Heading)> Paragraphs()
    {
        var document = Document!;
        var paragraphs = document.TryGet(Layers.Paragraphs, out var list) && list.Count > 0
            ? list
            : [new Paragraph(new TextSpan(0, document.Text.Length), BlockKind.Paragraph)];
        return paragraphs.Select(p => (document.TextOf(p.Span), p.Kind == BlockKind.Heading));
    }
}
