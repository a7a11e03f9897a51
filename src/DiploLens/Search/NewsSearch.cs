using DiploLens.Storage;

namespace DiploLens.Search;

/// <summary>
/// The search front door the CLI and the web share: parses the query language, expands concepts across languages
/// (unless the query or the caller turns it off) and runs the query on the store. At most
/// <see cref="MaxConcurrentSearches"/> searches run on the store at once; the others wait their turn (in order) rather
/// than fail: a search is CPU-bound, so running fifty at once on two cores only makes each one slower and adds
/// thread-pool churn.
/// </summary>
public sealed class NewsSearch(ISearchStore store, IConceptLabels? labels = null, SearchCache? cache = null)
{
    /// <summary>Searches running on the store at once: two per core.</summary>
    public static readonly int MaxConcurrentSearches = Math.Max(2, 2 * Environment.ProcessorCount);

    private readonly IConceptLabels labels = labels ?? ConceptLabelTable.Empty;
    private readonly SemaphoreSlim running = new(MaxConcurrentSearches, MaxConcurrentSearches);

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

        var query = Prepare(text, expand);
        await running.WaitAsync(cancellationToken);
        try
        {
            var result = await store.SearchAsync(query, paging, cancellationToken);
            cache?.Add(key, result);
            return result;
        }
        finally
        {
            running.Release();
        }
    }

    public async Task<IReadOnlyList<TrendPoint>> TrendAsync(string? text, TrendInterval interval, bool expand = true, CancellationToken cancellationToken = default)
    {
        var query = Prepare(text, expand);
        await running.WaitAsync(cancellationToken);
        try
        {
            return await store.TrendAsync(query, interval, cancellationToken);
        }
        finally
        {
            running.Release();
        }
    }
}
