using DiploLens.Search;

namespace DiploLens.Storage;

/// <summary>
/// A store that runs the search query language: the contract the CLI's <c>search</c>, the HTTP API and the workbench
/// read through. It extends <see cref="INewsStore"/> rather than being part of it so an engine can gain search on its
/// own schedule: the SQLite engine implements it; the PostgreSQL engine (tsvector over folded text, same semantics:
/// ts_rank_cd for BM25, an unfolded column for the exact-diacritic boost, an article_terms table) is still to come.
/// </summary>
public interface ISearchStore : INewsStore
{
    /// <summary>
    /// Runs a parsed (and, if wanted, already expanded) query. Semantics every engine keeps: folded matching of every
    /// term with exact-diacritic matches ranked higher; score = BM25 relevance × <see cref="Ranking.Recency"/>; order by
    /// score, then newest, then id (stable paging); total and facets count every match, not just the page; snippets come
    /// from the original text with folded highlights. A query without positive clauses lists matches newest first.
    /// </summary>
    Task<SearchResult> SearchAsync(SearchQuery query, SearchPaging paging, CancellationToken cancellationToken = default);

    /// <summary>Counts per period of the articles a query matches (only dated ones), with empty periods as 0 between the first and last.</summary>
    Task<IReadOnlyList<TrendPoint>> TrendAsync(SearchQuery query, TrendInterval interval, CancellationToken cancellationToken = default);

    /// <summary>Replaces an article's terms of one kind (stories are assigned after saving and file their ids this way).</summary>
    Task SetTermsAsync(long articleId, string kind, IReadOnlyList<ArticleTerm> terms, CancellationToken cancellationToken = default);

    /// <summary>Every term an article is filed under.</summary>
    Task<IReadOnlyList<ArticleTerm>> TermsAsync(long articleId, CancellationToken cancellationToken = default);
}
