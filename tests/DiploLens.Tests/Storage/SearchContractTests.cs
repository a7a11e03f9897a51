using DiploLens.Search;
using DiploLens.Storage;
using DiploLens.Tests.TestKit;
using static DiploLens.Tests.TestKit.StoreBuilder;

namespace DiploLens.Tests.Storage;

/// <summary>
/// The search contract: the query language, ranking, facets, paging and trends must behave the same on every engine.
/// Each engine's class derives from this one and opens a fresh store holding the given articles.
/// </summary>
public abstract class SearchContractTests
{
    /// <summary>A fresh store (clock fixed at <see cref="StoreBuilder.Now"/>) holding <paramref name="articles"/>.</summary>
    protected abstract Task<ISearchStore> OpenStoreAsync(params ArticleToSave[] articles);

    private static readonly ArticleToSave[] Corpus =
    [
        Article("Ngoại trưởng Bùi Thanh Sơn tiếp Đại sứ Pháp tại Hà Nội về hợp tác Đông Nam Á.", "https://baoquocte.vn/a1", "vi", "2023-12-05", "Ngoại trưởng Bùi Thanh Sơn tiếp Đại sứ"),
        Article("Le ministre Bui Thanh Son a rencontré le secrétaire général de l'ONU à New York.", "https://fr.vietnamplus.vn/a2", "fr", "2023-09-20", "Le ministre Bui Thanh Son à l'ONU"),
        Article("Foreign Minister Bui Thanh Son addressed the United Nations General Assembly on climate change.", "https://en.vietnamplus.vn/a3", "en", "2023-09-21", "Minister addresses the United Nations"),
        Article("La diplomatie multilatérale du Vietnam progresse au sein de l'ASEAN et de l'APEC.", "https://fr.vietnamplus.vn/a4", "fr", "2022-05-10", "Diplomatie multilatérale"),
        Article("Dong Nai province reported record rice exports to the Philippines this year.", "https://en.vietnamplus.vn/a5", "en", "2023-11-02", "Dong Nai rice exports"),
    ];

    private Task<ISearchStore> Store() => OpenStoreAsync(Corpus);

    private static async Task<IReadOnlyList<string?>> Titles(ISearchStore store, string query, int size = 20) =>
        (await new NewsSearch(store).SearchAsync(query, new SearchPaging(1, size))).Items.Select(h => h.Title).ToList();

    [Theory]
    [InlineData("Bui Thanh Son", 3)]
    [InlineData("Bùi Thanh Sơn", 3)]
    [InlineData("\"thanh son\"", 3)]
    [InlineData("dong", 2)]
    [InlineData("Đông", 2)]
    [InlineData("multilat*", 1)]
    [InlineData("ASEAN OR rice", 2)]
    [InlineData("\"Bui Thanh Son\" -climate", 2)]
    [InlineData("\"son thanh\"", 0)]
    [InlineData("son lang:fr", 1)]
    [InlineData("son lang:fr lang:en", 2)]
    [InlineData("from:2023-09 to:2023-09", 2)]
    [InlineData("son from:2023-10", 1)]
    [InlineData("source:vietnamplus.vn", 4)]
    [InlineData("source:fr.vietnamplus", 2)]
    [InlineData("-son", 2)]
    [InlineData("topic:climate", 0)]
    public async Task Search_Query_MatchesExpectedCount(string query, int expected)
    {
        await using var store = await Store();
        var result = await new NewsSearch(store).SearchAsync(query, new SearchPaging());
        Assert.Equal(expected, result.Total);
        Assert.Equal(expected, result.Items.Count);
    }

    [Fact]
    public async Task Search_ExactDiacritics_RankAboveFoldedMatches()
    {
        await using var store = await Store();
        Assert.Equal("Ngoại trưởng Bùi Thanh Sơn tiếp Đại sứ", (await Titles(store, "Bùi Thanh Sơn"))[0]);
        Assert.Equal("Dong Nai rice exports", (await Titles(store, "Dong"))[0]);
        Assert.Equal("Ngoại trưởng Bùi Thanh Sơn tiếp Đại sứ", (await Titles(store, "Đông"))[0]);
    }

    [Fact]
    public async Task Search_Hit_CarriesSnippetWithHighlightsAndMetadata()
    {
        await using var store = await Store();
        var hit = (await new NewsSearch(store).SearchAsync("Bui Thanh Son lang:vi", new SearchPaging())).Items.Single();
        Assert.Equal("vi", hit.Language);
        Assert.Equal("2023-12-05", hit.Published?.ToIso());
        Assert.Equal("https://baoquocte.vn/a1", hit.Url);
        Assert.Null(hit.StoryId);
        Assert.Equal(["Bùi", "Thanh", "Sơn"], hit.Snippet.Highlights.Select(h => h.Of(hit.Snippet.Text)));
    }

    [Fact]
    public async Task Search_Facets_CountEveryMatch()
    {
        await using var store = await Store();
        var result = await new NewsSearch(store).SearchAsync("son OR rice OR multilaterale", new SearchPaging(1, 1));
        Assert.Equal(5, result.Total);
        Assert.Single(result.Items);
        Assert.Equal(["en:2", "fr:2", "vi:1"], result.Facets[FacetNames.Language].Select(f => $"{f.Value}:{f.Count}"));
        Assert.Equal(["en.vietnamplus.vn:2", "fr.vietnamplus.vn:2", "baoquocte.vn:1"], result.Facets[FacetNames.Source].Select(f => $"{f.Value}:{f.Count}"));
        Assert.Equal(["2023-12:1", "2023-11:1", "2023-09:2", "2022-05:1"], result.Facets[FacetNames.Month].Select(f => $"{f.Value}:{f.Count}"));
        // Topic and entity facets come from the topics and entities layers of the analysed articles.
        Assert.Contains(result.Facets[FacetNames.Topic], f => f.Value == "diplomacy.multilateral");
        Assert.Contains(result.Facets[FacetNames.Entity], f => f.Value == "country:vn");
    }

    [Fact]
    public async Task Search_Pages_AreStableAndDisjoint()
    {
        await using var store = await Store();
        var search = new NewsSearch(store);
        var all = (await search.SearchAsync("-zzz", new SearchPaging(1, 5))).Items.Select(h => h.Id).ToList();
        var pages = new List<long>();
        for (var page = 1; page <= 3; page++)
        {
            pages.AddRange((await search.SearchAsync("-zzz", new SearchPaging(page, 2))).Items.Select(h => h.Id));
        }

        Assert.Equal(all, pages);
        Assert.Equal(5, pages.Distinct().Count());
    }

    [Fact]
    public async Task Search_NoPositiveTerms_ListsNewestFirst()
    {
        await using var store = await Store();
        Assert.Equal(["Ngoại trưởng Bùi Thanh Sơn tiếp Đại sứ", "Dong Nai rice exports"], (await Titles(store, "-zzz")).Take(2));
    }

    [Fact]
    public async Task Search_SameRelevance_NewerRanksFirst()
    {
        await using var store = await OpenStoreAsync(
            Article("Hội nghị ASEAN khai mạc.", "https://a.vn/old", "vi", "2020-01-01", "old"),
            Article("Hội nghị ASEAN khai mạc hôm nay.", "https://a.vn/new", "vi", "2024-01-10", "new"));
        Assert.Equal(["new", "old"], await Titles(store, "ASEAN"));
    }

    [Fact]
    public async Task Search_StoryAndTopicTerms_FilterAndFacet()
    {
        await using var store = await Store();
        var ids = (await new NewsSearch(store).SearchAsync("\"Bui Thanh Son\"", new SearchPaging())).Items.Select(h => h.Id).ToList();
        foreach (var id in ids)
        {
            await store.SetTermsAsync(id, ArticleTerms.Story, [new ArticleTerm(ArticleTerms.Story, "s1", "Bùi Thanh Sơn at the UN")]);
        }

        // A topic no rule file has, so the topics layer of the analysed articles does not file it too.
        await store.SetTermsAsync(ids[0], ArticleTerms.Topic, [new ArticleTerm(ArticleTerms.Topic, "t-manual", "Manual topic")]);
        var search = new NewsSearch(store);
        var story = await search.SearchAsync("story:s1", new SearchPaging());
        Assert.Equal(3, story.Total);
        Assert.All(story.Items, h => Assert.Equal("s1", h.StoryId));
        Assert.Equal(1, (await search.SearchAsync("topic:\"manual topic\"", new SearchPaging())).Total);
        Assert.Contains("t-manual:1", (await search.SearchAsync("son", new SearchPaging())).Facets[FacetNames.Topic].Select(f => $"{f.Value}:{f.Count}"));
        Assert.Contains(new ArticleTerm(ArticleTerms.Story, "s1", "Bùi Thanh Sơn at the UN"), await store.TermsAsync(ids[0]));
    }

    [Fact]
    public async Task Search_ConceptLabels_ExpandAcrossLanguages_AndCanBeSwitchedOff()
    {
        await using var store = await Store();
        var labels = new ConceptLabelTable([["United Nations", "ONU", "Liên hợp quốc"]]);
        var search = new NewsSearch(store, labels);
        Assert.Equal(2, (await search.SearchAsync("ONU", new SearchPaging())).Total);
        Assert.Equal(1, (await search.SearchAsync("ONU expand:off", new SearchPaging())).Total);
        Assert.Equal(1, (await search.SearchAsync("ONU", new SearchPaging(), expand: false)).Total);
    }

    [Fact]
    public async Task Trend_ByMonth_CountsWithEmptyMonthsBetween()
    {
        await using var store = await Store();
        var points = await new NewsSearch(store).TrendAsync("son", TrendInterval.Month);
        Assert.Equal(["2023-09-01:2", "2023-10-01:0", "2023-11-01:0", "2023-12-01:1"], points.Select(p => $"{p.Start:yyyy-MM-dd}:{p.Count}"));
    }
}
