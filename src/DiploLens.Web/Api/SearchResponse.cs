using DiploLens.Search;

namespace DiploLens.Web.Api;

/// <summary>The answer to <c>GET /api/search</c>: total matches, the page, and facet counts over every match.</summary>
public sealed record SearchResponse(long Total, int Page, int PageSize, IReadOnlyList<SearchItem> Items, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);
