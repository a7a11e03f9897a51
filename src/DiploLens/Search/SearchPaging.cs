namespace DiploLens.Search;

/// <summary>A page of results, 1-based. Order is stable (score, then id), so pages do not overlap or skip while the store is unchanged.</summary>
public sealed record SearchPaging
{
    public const int MaxPageSize = 100;

    public SearchPaging(int page = 1, int pageSize = 20)
    {
        if (page < 1 || page > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(page), $"page must be between 1 and 10000; got {page}.");
        }

        if (pageSize < 1 || pageSize > MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSize), $"page size must be between 1 and {MaxPageSize}; got {pageSize}.");
        }

        Page = page;
        PageSize = pageSize;
    }

    public int Page { get; }

    public int PageSize { get; }

    public int Offset => (Page - 1) * PageSize;

    /// <summary>Whether to count facet values (costs one more pass over the matches).</summary>
    public bool WithFacets { get; init; } = true;
}
