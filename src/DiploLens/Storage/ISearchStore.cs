using DiploLens.Search;

namespace DiploLens.Storage;

/// <summary>
/// A store that runs the search query language: the contract the CLI's <c>search</c>, the HTTP API and the workbench
/// read through. Both engines implement it with the same semantics (the shared tests in SearchContractTests): SQLite
/// with FTS5 and bm25(), PostgreSQL with tsvectors and ts_rank_cd; filters, score, order, facets and trends are
/// computed once for both in <c>SearchAssembly</c>.
/// </summary>
public interface ISearchStore : INewsStore
{
    /// <summary>
    /// Runs a parsed (and, if wanted, already expanded) query. Semantics every engine keeps: folded matching of every
    /// term with exact-diacritic matches ranked higher; score = BM25 relevance × <see cref="Ranking.Recency"/>; order by
    /// score, then newest, then id (stable paging), with at most <see cref="Ranking.RankedCandidates"/> matches scored
    /// (title matches first, then newest; the other matches follow in that order); total and facets count every match,
    /// not just the page; snippets come from the original text with folded highlights. A query without positive clauses
    /// lists matches newest first.
    /// </summary>
    Task<SearchResult> SearchAsync(SearchQuery query, SearchPaging paging, CancellationToken cancellationToken = default);

    /// <summary>Counts per period of the articles a query matches (only dated ones), with empty periods as 0 between the first and last.</summary>
    Task<IReadOnlyList<TrendPoint>> TrendAsync(SearchQuery query, TrendInterval interval, CancellationToken cancellationToken = default);

    /// <summary>Replaces an article's terms of one kind (stories are assigned after saving and file their ids this way).</summary>
    Task SetTermsAsync(long articleId, string kind, IReadOnlyList<ArticleTerm> terms, CancellationToken cancellationToken = default);

    /// <summary>Every term an article is filed under.</summary>
    Task<IReadOnlyList<ArticleTerm>> TermsAsync(long articleId, CancellationToken cancellationToken = default);
}
