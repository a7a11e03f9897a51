using DiploLens.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DiploLens.Web.Pages;

/// <summary>The search page: the query box, results with highlighted snippets, facets that add filters, paging.</summary>
public sealed class IndexModel(NewsSearch search) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "expand")]
    public bool? Expand { get; set; }

    public SearchResult? Result { get; private set; }

    public QuerySyntaxException? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Query))
        {
            return;
        }

        PageNumber = Math.Clamp(PageNumber, 1, 500);
        try
        {
            Result = await search.SearchAsync(Query, new SearchPaging(PageNumber, PageSize), Expand ?? true, cancellationToken);
        }
        catch (QuerySyntaxException e)
        {
            Error = e;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}
