using DiploLens.Documents;
using DiploLens.Search;

namespace DiploLens.Storage;

/// <summary>
/// The store contract every engine implements (SQLite embedded, PostgreSQL for teams). Saving is idempotent: an
/// article with a known key and the same content and analysis is unchanged; the same key with new content or analysis
/// is updated in place; the same normalised content under another key is recognised and not stored twice.
/// A batch is saved in one transaction: it is stored whole or not at all.
/// </summary>
public interface INewsStore : IAsyncDisposable
{
    Task<IReadOnlyList<SaveOutcome>> SaveAsync(IReadOnlyList<ArticleToSave> batch, CancellationToken cancellationToken = default);

    Task<Document?> GetAsync(long id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ArticleSummary>> ListAsync(ArticleQuery query, CancellationToken cancellationToken = default);

    Task<long> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>Ids of articles whose folded title or body matches a full-text query in the engine's own syntax; <see cref="SearchAsync"/> is the query language.</summary>
    Task<IReadOnlyList<long>> MatchAsync(string foldedQuery, int limit, CancellationToken cancellationToken = default);

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
