namespace DiploLens.Search;

/// <summary>One value of a facet with how many matching articles have it. <see cref="Value"/> is what a filter takes; <see cref="Label"/> is for display.</summary>
public sealed record FacetValue(string Value, string Label, int Count);
