using DiploLens.Documents;

namespace DiploLens.Search;

/// <summary>
/// Restrictions on which articles can match. Values of one kind are alternatives (lang:fr lang:en = French or English);
/// different kinds all apply. Dates compare on the start of the publication date; <see cref="To"/> is inclusive of its
/// whole day, month or year; an article without a date fails any date filter.
/// </summary>
public sealed record SearchFilters
{
    public static SearchFilters None { get; } = new();

    public IReadOnlyList<string> Languages { get; init; } = [];

    public PartialDate? From { get; init; }

    public PartialDate? To { get; init; }

    /// <summary>Substrings of the article's source (path or URL); a site facet value such as <c>vietnamplus.vn</c> works too.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Topic ids or labels (matched folded), from the topic layer's terms.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Entity ids or names (matched folded), from the entity layer's terms.</summary>
    public IReadOnlyList<string> Entities { get; init; } = [];

    /// <summary>Story ids.</summary>
    public IReadOnlyList<string> Stories { get; init; } = [];

    public bool IsEmpty =>
        Languages.Count == 0 && From is null && To is null && Sources.Count == 0 && Topics.Count == 0 && Entities.Count == 0 && Stories.Count == 0;
}
