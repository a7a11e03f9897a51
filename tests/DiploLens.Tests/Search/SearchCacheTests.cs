using DiploLens.Search;
using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Search;

public sealed class SearchCacheTests
{
    private static SearchResult Result(long total) => new(total, [], new Dictionary<string, IReadOnlyList<FacetValue>>(), SearchQuery.All);

    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = StoreBuilder.Now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void TryGet_AfterTimeToLive_Misses()
    {
        var clock = new Clock();
        var cache = new SearchCache(4, TimeSpan.FromSeconds(30), clock);
        cache.Add("a", Result(1));
        Assert.True(cache.TryGet("a", out var hit));
        Assert.Equal(1, hit.Total);
        clock.Now += TimeSpan.FromSeconds(31);
        Assert.False(cache.TryGet("a", out _));
    }

    [Fact]
    public void Add_OverCapacity_EvictsLeastRecentlyUsed()
    {
        var cache = new SearchCache(2, TimeSpan.FromMinutes(1), new Clock());
        cache.Add("a", Result(1));
        cache.Add("b", Result(2));
        Assert.True(cache.TryGet("a", out _));
        cache.Add("c", Result(3));
        Assert.True(cache.TryGet("a", out _));
        Assert.False(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("c", out _));
    }

    [Fact]
    public void KeyOf_DiffersByPageSizeFacetsAndExpansion()
    {
        var keys = new[]
        {
            SearchCache.KeyOf("q", new SearchPaging(1, 20), true),
            SearchCache.KeyOf("q", new SearchPaging(2, 20), true),
            SearchCache.KeyOf("q", new SearchPaging(1, 10), true),
            SearchCache.KeyOf("q", new SearchPaging(1, 20) { WithFacets = false }, true),
            SearchCache.KeyOf("q", new SearchPaging(1, 20), false),
        };
        Assert.Equal(keys.Length, keys.Distinct().Count());
    }
}
