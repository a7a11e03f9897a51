using DiploLens.Search;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DiploLens.Web.Pages;

/// <summary>
/// An entity or a topic: articles filed under it over time (an SVG chart) and the top articles. Name variants, roles,
/// quotations and co-mentions come from the entity and knowledge layers (issues in progress) and are added here when they land.
/// </summary>
public sealed class FiledModel(NewsSearch search) : PageModel
{
    public string Kind { get; private set; } = string.Empty;

    public string Id { get; private set; } = string.Empty;

    public SearchResult? Result { get; private set; }

    public IReadOnlyList<TrendPoint> Trend { get; private set; } = [];

    public async Task OnGetAsync(string kind, string id, CancellationToken cancellationToken)
    {
        Kind = kind == "entities" ? "entity" : "topic";
        Id = id;
        var query = Api.ApiEndpoints.Filter(Kind, id);
        Result = await search.SearchAsync(query, new SearchPaging(1, 20), expand: false, cancellationToken);
        if (Result.Total == 0)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        Trend = await search.TrendAsync(query, TrendInterval.Month, expand: false, cancellationToken);
    }
}
