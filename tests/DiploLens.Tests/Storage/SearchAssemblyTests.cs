using DiploLens.Search;
using DiploLens.Storage;

namespace DiploLens.Tests.Storage;

/// <summary>
/// The engine-neutral ordering: at most <see cref="Ranking.RankedCandidates"/> matches are scored (title matches first,
/// then newest, then id); they come first by score, the rest follow in that candidate order; total counts every match.
/// </summary>
public sealed class SearchAssemblyTests
{
    private static readonly DateTimeOffset Now = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Assemble_FewMatches_ScoresEveryMatchInOneCall()
    {
        var rows = Rows(10);
        var asked = new List<int>();
        var result = await SearchAssembly.AssembleAsync(Query(), new SearchPaging(1, 5), Now, rows, Sources(asked, relevance: id => id, title: []));

        Assert.Equal(10, result.Total);
        Assert.Equal([10], asked);
        Assert.Equal([10L, 9, 8, 7, 6], result.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Assemble_ManyMatches_ScoresOnlyCandidates_TitleMatchesFirstThenNewest()
    {
        var count = Ranking.RankedCandidates + 300;
        var rows = Rows(count);
        var asked = new List<int>();
        var scored = new HashSet<long>();

        // Relevance favours the oldest articles (low ids), which are not candidates unless their title matches.
        var title = new HashSet<long> { 1, 2 };
        var sources = Sources(asked, relevance: id => count - id + 1, title: title, scored: scored);
        var result = await SearchAssembly.AssembleAsync(Query(), new SearchPaging(1, 3), Now, rows, sources);

        Assert.Equal(count, result.Total);
        Assert.Equal(Ranking.RankedCandidates, asked[0]);
        Assert.Contains(1L, scored);
        Assert.Contains(2L, scored);
        Assert.DoesNotContain(3L, scored);
        Assert.Contains((long)count, scored);
        Assert.Equal([1L, 2, (long)(count - Ranking.RankedCandidates + 3)], result.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Assemble_PageBeyondCandidates_ListsTheRestNewestFirst_WithTheirScores()
    {
        var count = Ranking.RankedCandidates + 30;
        var rows = Rows(count);
        var asked = new List<int>();
        var pageSize = 20;
        var page = (Ranking.RankedCandidates / pageSize) + 1;
        var result = await SearchAssembly.AssembleAsync(Query(), new SearchPaging(page, pageSize), Now, rows, Sources(asked, relevance: id => id, title: []));

        // Candidates are the newest 500 (ids count…31); the rest, 30…1, follow newest first.
        Assert.Equal(Enumerable.Range(11, 20).Reverse().Select(i => (long)i), result.Items.Select(i => i.Id));
        Assert.Equal([Ranking.RankedCandidates, 20], asked);
        Assert.All(result.Items, i => Assert.True(i.Score > 0));
    }

    private static SearchQuery Query() => QueryParser.Parse("word");

    /// <summary>Articles 1…n, article i published i days after 2020-01-01 (higher id = newer).</summary>
    private static List<SearchAssembly.Match> Rows(int n) =>
        Enumerable.Range(1, n)
            .Select(i => new SearchAssembly.Match(i, new ArticleValues("en", new DateTime(2020, 1, 1).AddDays(i), "site", "source", null)))
            .ToList();

    private static SearchAssembly.Sources Sources(List<int> asked, Func<long, double> relevance, HashSet<long> title, HashSet<long>? scored = null) =>
        new(
            ids =>
            {
                asked.Add(ids.Count);
                scored?.UnionWith(ids);
                return Task.FromResult(ids.ToDictionary(id => id, relevance));
            },
            () => Task.FromResult(title),
            ids => Task.FromResult(ids.ToDictionary(id => id, id => new SearchAssembly.Details($"t{id}", null, "source", null, "word", null))),
            null);
}
