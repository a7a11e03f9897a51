namespace DiploLens.Search;

/// <summary>
/// Adds the other-language labels of concepts named in a query as alternatives. A run of plain typed words is tried
/// as one label, longest first (<c>United Nations</c> unquoted is one concept), so expansion does not depend on quoting.
/// Prefixes and excluded clauses are left alone: excluding <c>-ONU</c> excludes what was typed only.
/// </summary>
public static class QueryExpansion
{
    private const int MaxLabelWords = 4;

    public static SearchQuery Expand(SearchQuery query, IConceptLabels labels)
    {
        if (!query.Expand || query.Clauses.Count == 0)
        {
            return query;
        }

        var result = new List<QueryClause>();
        var clauses = query.Clauses;
        var i = 0;
        while (i < clauses.Count)
        {
            if (IsPlainWord(clauses[i]))
            {
                var matched = false;
                for (var n = Math.Min(MaxLabelWords, clauses.Count - i); n >= 2 && !matched; n--)
                {
                    if (!clauses.Skip(i).Take(n).All(IsPlainWord))
                    {
                        continue;
                    }

                    var words = string.Join(' ', clauses.Skip(i).Take(n).Select(c => c.Alternatives[0].Text));
                    var others = labels.OtherLabels(words);
                    if (others.Count > 0)
                    {
                        var phrase = new QueryTerm(words, IsPhrase: true, IsPrefix: false, clauses[i].Alternatives[0].Position);
                        result.Add(new QueryClause([phrase, .. others.Select(o => Label(o, phrase.Position))]));
                        i += n;
                        matched = true;
                    }
                }

                if (matched)
                {
                    continue;
                }
            }

            var clause = clauses[i];
            if (!clause.Excluded)
            {
                var alternatives = new List<QueryTerm>(clause.Alternatives);
                foreach (var term in clause.Alternatives.Where(t => !t.IsPrefix && !t.Expanded))
                {
                    alternatives.AddRange(labels.OtherLabels(term.Text).Select(o => Label(o, term.Position)));
                }

                clause = clause with { Alternatives = alternatives.DistinctBy(t => string.Join(' ', t.FoldedWords)).ToList() };
            }

            result.Add(clause);
            i++;
        }

        return query with { Clauses = result };
    }

    private static bool IsPlainWord(QueryClause clause) =>
        !clause.Excluded && clause.Alternatives is [{ IsPhrase: false, IsPrefix: false, Expanded: false }];

    private static QueryTerm Label(string label, int position)
    {
        var words = QueryWords.Split(label);
        return new QueryTerm(label, IsPhrase: words.Count > 1, IsPrefix: false, position, Expanded: true);
    }
}
