namespace DiploLens.Web.Api;

/// <summary>One search result. <c>highlights</c> are [start, end) UTF-16 offsets into <c>snippet</c>; <c>story</c> is null until stories are assigned.</summary>
public sealed record SearchItem(long Id, string? Title, string Language, string? Published, string Snippet, IReadOnlyList<int[]> Highlights, string? Story, string Source, string? Url, double Score);
