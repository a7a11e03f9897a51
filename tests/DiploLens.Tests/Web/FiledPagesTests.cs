using System.Net;
using System.Text.Json;
using DiploLens.Search;
using DiploLens.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DiploLens.Tests.Web;

/// <summary>Story, topic and entity pages over terms filed the way the story, topic and entity layers will file them.</summary>
public sealed class FiledPagesTests(WorkbenchFactory factory) : IClassFixture<WorkbenchFactory>
{
    private async Task<(long French, long English)> FileAsync()
    {
        var store = factory.Services.GetRequiredService<ISearchStore>();
        var hits = (await store.SearchAsync(QueryParser.Parse("\"Bui Thanh Son\""), new SearchPaging())).Items;
        var french = hits.Single(h => h.Language == "fr").Id;
        var english = hits.Single(h => h.Language == "en").Id;
        foreach (var id in new[] { french, english })
        {
            await store.SetTermsAsync(id, ArticleTerms.Story, [new ArticleTerm(ArticleTerms.Story, "s1", "Diplomacy 2023")]);
            await store.SetTermsAsync(id, ArticleTerms.Topic, [new ArticleTerm(ArticleTerms.Topic, "multilateral", "Multilateral diplomacy")]);
            await store.SetTermsAsync(id, ArticleTerms.Entity, [new ArticleTerm(ArticleTerms.Entity, "bui-thanh-son", "Bùi Thanh Sơn")]);
        }

        return (french, english);
    }

    [Fact]
    public async Task StoryPage_GroupsArticlesByLanguageSideBySide()
    {
        await FileAsync();
        var html = await factory.CreateClient().GetStringAsync("/stories/s1?ui=en");
        Assert.Contains("<section lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<section lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("Timeline", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TopicAndEntityPages_ShowChartAndArticles()
    {
        await FileAsync();
        var client = factory.CreateClient();
        var topic = await client.GetStringAsync("/topics/multilateral");
        Assert.Contains("<svg class=\"chart\"", topic, StringComparison.Ordinal);
        Assert.Contains("Top stories", topic, StringComparison.Ordinal);
        var entity = await client.GetStringAsync("/entities/bui-thanh-son?ui=fr");
        Assert.Contains("Entité", entity, StringComparison.Ordinal);
        Assert.Contains("<rect", entity, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_StoryTopicEntityAndTrends_ReadFiledTerms()
    {
        await FileAsync();
        var client = factory.CreateClient();
        var story = JsonDocument.Parse(await client.GetStringAsync("/api/stories/s1")).RootElement;
        Assert.Equal(2, story.GetProperty("total").GetInt32());
        Assert.All(story.GetProperty("items").EnumerateArray(), i => Assert.Equal("s1", i.GetProperty("story").GetString()));
        var entity = JsonDocument.Parse(await client.GetStringAsync("/api/entities/B%C3%B9i%20Thanh%20S%C6%A1n")).RootElement;
        Assert.Equal(2, entity.GetProperty("total").GetInt32());
        Assert.Equal("multilateral", entity.GetProperty("facets").GetProperty("topic")[0].GetProperty("value").GetString());
        var trend = await client.GetAsync("/api/trends?topic=multilateral&interval=week");
        Assert.Equal(HttpStatusCode.OK, trend.StatusCode);
    }

    [Fact]
    public async Task ArticlePage_LinksWhatItIsFiledUnder()
    {
        var (french, _) = await FileAsync();
        var html = await factory.CreateClient().GetStringAsync($"/articles/{french}");
        Assert.Contains("href=\"/stories/s1?ui=en\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/entities/bui-thanh-son?ui=en\"", html, StringComparison.Ordinal);
        Assert.Contains("Bùi Thanh Sơn", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntityPage_ShowsVariantsRolesQuotesAndCoMentionsFromTheLayers()
    {
        // The seeds' entity layers file person:bui-thanh-son (002 in French, 003 in English).
        var html = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync("/entities/person:bui-thanh-son?ui=en"));
        Assert.Contains("Name variants", html, StringComparison.Ordinal);
        Assert.Contains("Bui Thanh Son", html, StringComparison.Ordinal);
        Assert.Contains("Roles", html, StringComparison.Ordinal);
        Assert.Contains("Quotations", html, StringComparison.Ordinal);
        Assert.Contains("We have successfully organized 15 foreign visits", html, StringComparison.Ordinal);
        Assert.Contains("Mentioned with", html, StringComparison.Ordinal);
    }
}
