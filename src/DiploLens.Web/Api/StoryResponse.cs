using DiploLens.Search;
using DiploLens.Stories;

namespace DiploLens.Web.Api;

/// <summary>
/// The answer to <c>GET /api/stories/{id}</c>: the story's articles as a search page (total, page, items, facets), every
/// stored link of the story (<c>links</c>, by article id; empty when the story's links are not stored), and the ids of
/// the stories the clusterer merged into it (<c>merged_from</c>, ascending; such an id has no story of its own any more).
/// </summary>
public sealed record StoryResponse(
    long Total, int Page, int PageSize, IReadOnlyList<SearchItem> Items, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    IReadOnlyList<StoryLinkItem> Links, IReadOnlyList<int> MergedFrom);

/// <summary>
/// Why one article is in its story: <c>link</c> is <c>new</c>, <c>joined</c> or <c>duplicate</c>; <c>linked_to</c> the member it
/// joined through (for a copy, its canonical); <c>duplicate_of</c> the canonical of a removed copy; <c>score</c> the
/// similarity (for a copy, the shingle Jaccard); <c>evidence</c> the shared features, strongest first.
/// </summary>
public sealed record StoryLinkItem(long ArticleId, string Link, long? LinkedTo, long? DuplicateOf, double Score, bool CrossLingual, IReadOnlyList<StoryEvidenceItem> Evidence)
{
    public static StoryLinkItem Of(StoryLink link) => new(
        link.ArticleId, link.Kind.ToString().ToLowerInvariant(), link.LinkedTo, link.DuplicateOf, link.Score, link.CrossLingual,
        link.Evidence.Select(e => new StoryEvidenceItem(e.Feature, e.Kind?.ToString().ToLowerInvariant(), e.Label, e.Weight)).ToList());
}

/// <summary>One shared feature of a link: its key (<c>person:bui-thanh-son</c>), kind (null for a copy's text similarity), display label and weight.</summary>
public sealed record StoryEvidenceItem(string Feature, string? Kind, string Label, double Weight);
