using DiploLens.Storage;

namespace DiploLens.Search;

/// <summary>
/// The search front door the CLI and the web share: parses the query language, expands concepts across languages
/// (unless the query or the caller turns it off) and runs the query on the store.
/// </summary>
public sealed class NewsSearch(ISearchStore store, IConceptLabels? labels = null, SearchCache? cache = null)
{
    private readonly IConceptLabels labels = labels ?? ConceptLabelTable.Empty;

    /// <summary>Parses <paramref name="text"/>; throws <see cref="QuerySyntaxException"/> when it is malformed.</summary>
    public SearchQuery Prepare(string? text, bool expand = true)
    {
        var query = QueryParser.Parse(text);
        if (!expand)
        {
            query = query with { Expand = false };
        }

        return QueryExpansion.Expand(query, labels);
    }

    public async Task<SearchResult> SearchAsync(string? text, SearchPaging paging, bool expand = true, CancellationToken cancellationToken = default)
    {
        var key = SearchCache.KeyOf(text, paging, expand);
        if (cache is not null && cache.TryGet(key, out var cached))
        {
            return cached;
        }

        var result = await store.SearchAsync(Prepare(text, expand), paging, cancellationToken);
        cache?.Add(key, result);
        return result;
    }

    public Task<IReadOnlyList<TrendPoint>> TrendAsync(string? text, TrendInterval interval, bool expand = true, CancellationToken cancellationToken = default) =>
        store.TrendAsync(Prepare(text, expand), interval, cancellationToken);
}
