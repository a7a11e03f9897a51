namespace DiploLens.Search;

/// <summary>
/// A parsed search: clauses that must all hold, filters, and whether labels of the same concept in other languages
/// are searched too. Build one with <see cref="QueryParser.Parse"/>; engines translate it to their own index syntax.
/// A query with no positive clause lists what the filters (and exclusions) allow, newest first.
/// </summary>
public sealed record SearchQuery
{
    public static SearchQuery All { get; } = new();

    /// <summary>The query as typed.</summary>
    public string Text { get; init; } = string.Empty;

    public IReadOnlyList<QueryClause> Clauses { get; init; } = [];

    public SearchFilters Filters { get; init; } = SearchFilters.None;

    /// <summary>Cross-language expansion through the knowledge base (on by default; <c>expand:off</c> or the API's <c>expand=false</c> turns it off).</summary>
    public bool Expand { get; init; } = true;

    public bool HasPositiveClause => Clauses.Any(c => !c.Excluded);

    /// <summary>Every term a hit may contain, for highlighting: typed and expanded, not excluded.</summary>
    public IEnumerable<QueryTerm> HighlightTerms => Clauses.Where(c => !c.Excluded).SelectMany(c => c.Alternatives);
}
