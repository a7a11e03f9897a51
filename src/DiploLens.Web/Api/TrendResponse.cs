using DiploLens.Search;

namespace DiploLens.Web.Api;

/// <summary>Counts per period for the articles a query matches.</summary>
public sealed record TrendResponse(string Query, string Interval, IReadOnlyList<TrendPoint> Points);
