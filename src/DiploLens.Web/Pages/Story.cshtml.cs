using DiploLens.Search;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DiploLens.Web.Pages;

/// <summary>
/// A story: its articles grouped by language side by side, and a timeline. The articles are those filed under the
/// story id (kind <c>story</c> in the article terms, written by story assignment, an issue in progress); shared evidence
/// and removed copies appear when that layer records them.
/// </summary>
public sealed class StoryModel(NewsSearch search) : PageModel
{
    public string Id { get; private set; } = string.Empty;

    public IReadOnlyList<SearchHit> Articles { get; private set; } = [];

    public async Task OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Id = id;
        var result = await search.SearchAsync(Api.ApiEndpoints.Filter("story", id), new SearchPaging(1, SearchPaging.MaxPageSize) { WithFacets = false }, expand: false, cancellationToken);
        Articles = result.Items;
        if (Articles.Count == 0)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
