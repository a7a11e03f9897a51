using DiploLens.Search;

namespace DiploLens.Storage.Postgres;

/// <summary>
/// Translates a <see cref="SearchQuery"/> into PostgreSQL <c>tsquery</c> text, with the semantics of the SQLite
/// engine's FTS5 expression: clauses AND-ed, alternatives OR-ed, a phrase as words at consecutive positions
/// (<c>&lt;-&gt;</c>), a prefix as <c>:*</c> on the last word, exclusions as <c>!</c>. Only index words (letters and
/// digits, from <see cref="QueryTerm"/>) reach the text, each quoted, so user input cannot inject syntax.
/// </summary>
internal static class TsQuery
{
    /// <summary>The folded query over the positive clauses minus the excluded ones; null without a positive clause.</summary>
    public static string? Positive(SearchQuery query)
    {
        var positive = query.Clauses.Where(c => !c.Excluded).Select(c => Alternatives(c.Alternatives, exact: false)).ToList();
        if (positive.Count == 0)
        {
            return null;
        }

        var expression = string.Join(" & ", positive);
        var negative = Negative(query);
        return negative is null ? expression : $"({expression}) & !{negative}";
    }

    /// <summary>The positive clauses alone (no exclusions), for the title-only vector; null without a positive clause.</summary>
    public static string? Title(SearchQuery query)
    {
        var positive = query.Clauses.Where(c => !c.Excluded).Select(c => Alternatives(c.Alternatives, exact: false)).ToList();
        return positive.Count == 0 ? null : string.Join(" & ", positive);
    }

    /// <summary>What any excluded clause matches (folded); null when nothing is excluded.</summary>
    public static string? Negative(SearchQuery query)
    {
        var excluded = query.Clauses.Where(c => c.Excluded).SelectMany(c => c.Alternatives).ToList();
        return excluded.Count == 0 ? null : Alternatives(excluded, exact: false);
    }

    /// <summary>Every positive term in its exact (diacritics kept) form, OR-ed: what the exact-spelling boost ranks on.</summary>
    public static string? ExactBoost(SearchQuery query)
    {
        var terms = query.Clauses.Where(c => !c.Excluded).SelectMany(c => c.Alternatives).ToList();
        return terms.Count == 0 ? null : Alternatives(terms, exact: true);
    }

    private static string Alternatives(IEnumerable<QueryTerm> terms, bool exact) =>
        "(" + string.Join(" | ", terms.Select(t => Phrase(exact ? t.ExactWords : t.FoldedWords, t.IsPrefix))) + ")";

    private static string Phrase(IReadOnlyList<string> words, bool prefix) =>
        "(" + string.Join(" <-> ", words.Select((w, i) => Quote(w) + (prefix && i == words.Count - 1 ? ":*" : string.Empty))) + ")";

    private static string Quote(string word) => "'" + word.Replace("'", "''", StringComparison.Ordinal).Replace("\\", "\\\\", StringComparison.Ordinal) + "'";
}
