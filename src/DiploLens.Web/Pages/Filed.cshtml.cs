using DiploLens.Knowledge;
using DiploLens.Search;
using DiploLens.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DiploLens.Web.Pages;

/// <summary>
/// An entity or a topic: articles filed under it over time (an SVG chart) and the top articles; for an entity, also its
/// name variants, roles, quotations and co-mentioned entities, profiled from the layers of its top articles.
/// </summary>
public sealed class FiledModel(NewsSearch search, INewsStore store) : PageModel
{
    public string Kind { get; private set; } = string.Empty;

    public string Id { get; private set; } = string.Empty;

    public SearchResult? Result { get; private set; }

    public IReadOnlyList<TrendPoint> Trend { get; private set; } = [];

    /// <summary>For an entity: what its top articles say about it; null for a topic.</summary>
    public EntityProfile? Profile { get; private set; }

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
        if (Kind == "entity")
        {
            var documents = new List<(long, Documents.Document)>();
            foreach (var hit in Result.Items)
            {
                if (await store.GetAsync(hit.Id, cancellationToken) is { } document)
                {
                    documents.Add((hit.Id, document));
                }
            }

            Profile = EntityProfile.Build(id, documents);
        }
    }
}
