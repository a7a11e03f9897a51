namespace DiploLens.Search;

/// <summary>How many matching articles were published in the period starting on <see cref="Start"/> (periods with none are included as 0 between the first and last).</summary>
public sealed record TrendPoint(DateOnly Start, int Count);
