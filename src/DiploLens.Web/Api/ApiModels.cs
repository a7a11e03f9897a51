namespace DiploLens.Web.Api;

/// <summary>A page of results: <c>total</c> counts every match; <c>items</c> is the requested page.</summary>
public sealed record Page<T>(long Total, int PageNumber, int PageSize, IReadOnlyList<T> Items);
