namespace DiploLens.Web.Api;

/// <summary>An article in a list.</summary>
public sealed record ArticleListItem(long Id, string? Title, string Language, string? Published, string Source, string? Url);
