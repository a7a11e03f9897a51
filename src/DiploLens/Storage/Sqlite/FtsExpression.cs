using DiploLens.Search;

namespace DiploLens.Storage.Sqlite;

/// <summary>
/// Translates a <see cref="SearchQuery"/> into an FTS5 MATCH expression over <c>articles_fts</c>. Every term is searched
/// folded in (title, body) OR exact in (title_exact, body_exact): an exact match is always also a folded match, so the
/// OR does not widen the results, but BM25 counts both sides, which ranks exact-diacritic matches higher.
/// Only index words (letters and digits) reach the expression, always inside quotes, so user text cannot inject syntax.
/// </summary>
internal static class FtsExpression
{
    /// <summary>The MATCH text for the positive clauses, minus the excluded ones; null when there is no positive clause.</summary>
    public static string? Positive(SearchQuery query)
    {
        var positive = query.Clauses.Where(c => !c.Excluded).Select(Clause).ToList();
        if (positive.Count == 0)
        {
            return null;
        }

        var expression = string.Join(" AND ", positive);
        var negative = Negative(query);
        return negative is null ? expression : $"({expression}) NOT {negative}";
    }

    /// <summary>
    /// The MATCH text that finds the same articles as <see cref="Positive"/> through the folded columns alone (an exact
    /// match is always a folded match): half the phrases to iterate, for the pass that only collects the matches.
    /// </summary>
    public static string? Matching(SearchQuery query)
    {
        var positive = query.Clauses.Where(c => !c.Excluded)
            .Select(c => "(" + string.Join(" OR ", c.Alternatives.Select(Folded)) + ")")
            .ToList();
        if (positive.Count == 0)
        {
            return null;
        }

        var expression = string.Join(" AND ", positive);
        var negative = Negative(query);
        return negative is null ? expression : $"({expression}) NOT {negative}";
    }

    /// <summary>The positive clauses searched in the folded title only (exclusions left out); null when there is no positive clause.</summary>
    public static string? Title(SearchQuery query)
    {
        var positive = query.Clauses.Where(c => !c.Excluded)
            .Select(c => "(" + string.Join(" OR ", c.Alternatives.Select(t => "{title} : " + Phrase(t.FoldedWords, t.IsPrefix))) + ")")
            .ToList();
        return positive.Count == 0 ? null : string.Join(" AND ", positive);
    }

    /// <summary>The MATCH text any excluded clause matches (folded only); null when nothing is excluded.</summary>
    public static string? Negative(SearchQuery query)
    {
        var terms = query.Clauses.Where(c => c.Excluded).SelectMany(c => c.Alternatives).Select(t => Folded(t)).ToList();
        return terms.Count == 0 ? null : "(" + string.Join(" OR ", terms) + ")";
    }

    private static string Clause(QueryClause clause) =>
        "(" + string.Join(" OR ", clause.Alternatives.Select(t => $"{Folded(t)} OR {Exact(t)}")) + ")";

    private static string Folded(QueryTerm term) => "{title body} : " + Phrase(term.FoldedWords, term.IsPrefix);

    private static string Exact(QueryTerm term) => "{title_exact body_exact} : " + Phrase(term.ExactWords, term.IsPrefix);

    private static string Phrase(IReadOnlyList<string> words, bool prefix) =>
        "\"" + string.Join(' ', words) + "\"" + (prefix ? " *" : string.Empty);
}
