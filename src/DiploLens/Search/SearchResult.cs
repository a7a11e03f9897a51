namespace DiploLens.Search;

/// <summary>
/// A page of hits, the total number of matching articles, and facet counts over all of them (not just the page),
/// keyed by <see cref="FacetNames"/>; a facet whose layer does not exist yet is present and empty.
/// </summary>
public sealed record SearchResult(long Total, IReadOnlyList<SearchHit> Items, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets, SearchQuery Query);
