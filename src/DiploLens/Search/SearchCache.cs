namespace DiploLens.Search;

/// <summary>
/// A small LRU cache of search results for a long-running host (the workbench), so paging back and forth, reloading and
/// popular queries do not search again. Entries expire after <see cref="TimeToLive"/>: a result may lag a write by at
/// most that long, which suits a news workbench; the CLI does not cache.
/// </summary>
public sealed class SearchCache(int capacity = 512, TimeSpan? timeToLive = null, TimeProvider? clock = null)
{
    private readonly Dictionary<string, LinkedListNode<(string Key, DateTimeOffset Expires, SearchResult Result)>> entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, DateTimeOffset Expires, SearchResult Result)> order = new();
    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    public TimeSpan TimeToLive { get; } = timeToLive ?? TimeSpan.FromSeconds(30);

    public bool TryGet(string key, out SearchResult result)
    {
        lock (entries)
        {
            if (entries.TryGetValue(key, out var node) && node.Value.Expires > clock.GetUtcNow())
            {
                order.Remove(node);
                order.AddFirst(node);
                result = node.Value.Result;
                return true;
            }
        }

        result = null!;
        return false;
    }

    public void Add(string key, SearchResult result)
    {
        lock (entries)
        {
            if (entries.Remove(key, out var old))
            {
                order.Remove(old);
            }

            entries[key] = order.AddFirst((key, clock.GetUtcNow() + TimeToLive, result));
            while (entries.Count > capacity)
            {
                entries.Remove(order.Last!.Value.Key);
                order.RemoveLast();
            }
        }
    }

    public static string KeyOf(string? text, SearchPaging paging, bool expand) =>
        $"{expand}|{paging.Page}|{paging.PageSize}|{paging.WithFacets}|{text}";
}
