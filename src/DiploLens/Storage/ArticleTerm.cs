namespace DiploLens.Storage;

/// <summary>
/// A value an article is filed under, for filters and facets: kind <c>source</c> (site), <c>topic</c>, <c>entity</c>,
/// <c>story</c>… <see cref="Value"/> is the stable id a filter takes; <see cref="Label"/> is for display.
/// </summary>
public sealed record ArticleTerm(string Kind, string Value, string Label);
