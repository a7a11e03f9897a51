using DiploLens.Search;
using DiploLens.Storage;
using DiploLens.Stories;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DiploLens.Web.Pages;

/// <summary>
/// A story: its articles grouped by language side by side (removed copies listed under their canonical article, not as
/// versions of their own), a timeline, and every stored link with its evidence: the member it joined through, the
/// similarity, whether it crosses languages, and the shared features with their weights; and the stories merged into it.
/// The articles are those filed under the story id (term kind <c>story</c>); the links are the story's stored
/// assignments, parsed by the library (<see cref="StoryRebuild.ToLink"/>); the merges are the store's
/// (<see cref="INewsStore.ListMergedStoriesAsync"/>).
/// </summary>
public sealed class StoryModel(NewsSearch search, INewsStore store) : PageModel
{
    public string Id { get; private set; } = string.Empty;

    /// <summary>Every article filed under the story, copies included.</summary>
    public IReadOnlyList<SearchHit> Articles { get; private set; } = [];

    /// <summary>The stored links, new first, then by article id; empty when the story's links are not stored.</summary>
    public IReadOnlyList<StoryLink> Links { get; private set; } = [];

    /// <summary>
    /// The ids of the stories merged into this one, ascending (<see cref="INewsStore.ListMergedStoriesAsync"/>). Shown as
    /// plain numbers: a merged story's articles were refiled under this one, so no page exists for its id.
    /// </summary>
    public IReadOnlyList<int> MergedFrom { get; private set; } = [];

    /// <summary>The articles that are not removed copies: the versions shown side by side and on the timeline.</summary>
    public IEnumerable<SearchHit> Versions => Articles.Where(a => CanonicalOf(a.Id) is null);

    public async Task OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Id = id;
        var result = await search.SearchAsync(Api.ApiEndpoints.Filter("story", id), new SearchPaging(1, SearchPaging.MaxPageSize) { WithFacets = false }, expand: false, cancellationToken);
        Articles = result.Items;
        Links = (await Api.ApiEndpoints.StoryLinksAsync(store, id, cancellationToken))
            .OrderBy(l => l.Kind == LinkKind.New ? 0 : 1).ThenBy(l => l.ArticleId).ToList();
        MergedFrom = await Api.ApiEndpoints.MergedStoriesAsync(store, id, cancellationToken);
        if (Articles.Count == 0)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    /// <summary>The canonical article of a removed copy, else null.</summary>
    public long? CanonicalOf(long articleId) => Links.FirstOrDefault(l => l.ArticleId == articleId)?.DuplicateOf;

    /// <summary>The removed copies of an article, by id.</summary>
    public IEnumerable<SearchHit> CopiesOf(long articleId) =>
        Links.Where(l => l.DuplicateOf == articleId).Select(l => Article(l.ArticleId)).OfType<SearchHit>().OrderBy(h => h.Id);

    /// <summary>The filed article with this id, or null when it is not filed under the story.</summary>
    public SearchHit? Article(long articleId) => Articles.FirstOrDefault(a => a.Id == articleId);
}
