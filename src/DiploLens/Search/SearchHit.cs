using DiploLens.Documents;

namespace DiploLens.Search;

/// <summary>One result: the article, its score (higher is better; comparable within one search only), a snippet, and its story when stories are assigned.</summary>
public sealed record SearchHit(long Id, string? Title, string Language, PartialDate? Published, string Source, string? Url, double Score, Snippet Snippet, string? StoryId);
