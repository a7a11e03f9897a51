using DiploLens.Documents;

namespace DiploLens.Storage;

/// <summary>Filters for listing articles. Dates compare on the start of a partial date; articles with no date fail any date filter.</summary>
public sealed record ArticleQuery
{
    public string? Language { get; init; }

    public PartialDate? From { get; init; }

    /// <summary>Inclusive: an article published any time on the <c>To</c> day (or month, or year) passes.</summary>
    public PartialDate? To { get; init; }

    /// <summary>A substring of the source (path or URL).</summary>
    public string? Source { get; init; }

    public int Limit { get; init; } = 100;

    public int Offset { get; init; }
}
