namespace DiploLens.Search;

/// <summary>
/// A part of the query every result must satisfy: at least one of its alternatives (joined by OR) matches, or, when
/// <see cref="Excluded"/>, none of them does.
/// </summary>
public sealed record QueryClause(IReadOnlyList<QueryTerm> Alternatives, bool Excluded = false);
