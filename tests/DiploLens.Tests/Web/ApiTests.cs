using System.Net;
using System.Text.Json;

namespace DiploLens.Tests.Web;

public sealed class ApiTests(WorkbenchFactory factory) : IClassFixture<WorkbenchFactory>
{
    private async Task<(HttpStatusCode Status, JsonElement Json, HttpResponseMessage Response)> GetJsonAsync(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(body).RootElement, response);
    }

    [Fact]
    public async Task Search_Name_ReturnsTotalAndItemsWithSnippet()
    {
        var (status, json, _) = await GetJsonAsync("/api/search?q=Bui%20Thanh%20Son");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, json.GetProperty("total").GetInt32());
        var item = json.GetProperty("items")[0];
        foreach (var name in new[] { "id", "title", "language", "published", "snippet", "story", "highlights" })
        {
            Assert.True(item.TryGetProperty(name, out _), $"item has no '{name}'");
        }

        Assert.Contains("Bui", item.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, item.GetProperty("story").ValueKind);
        Assert.True(json.GetProperty("facets").TryGetProperty("language", out _));
    }

    [Fact]
    public async Task Search_Paging_SplitsResults()
    {
        var (_, all, _) = await GetJsonAsync("/api/search?q=-zzz&size=5");
        var (_, second, _) = await GetJsonAsync("/api/search?q=-zzz&size=2&page=2");
        Assert.Equal(5, all.GetProperty("total").GetInt32());
        Assert.Equal(all.GetProperty("items")[2].GetProperty("id").GetInt64(), second.GetProperty("items")[0].GetProperty("id").GetInt64());
    }

    [Theory]
    [InlineData("/api/search?q=%22unclosed", 0)]
    [InlineData("/api/search?q=ASEAN%20OR", 6)]
    [InlineData("/api/search?q=lang%3Afrench", 5)]
    public async Task Search_MalformedQuery_IsProblemDetails400WithPosition(string url, int position)
    {
        var (status, json, response) = await GetJsonAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(position, json.GetProperty("position").GetInt32());
        Assert.Contains("at character", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/search?q=a&size=1000")]
    [InlineData("/api/search?q=a&page=0")]
    [InlineData("/api/trends?q=a&interval=decade")]
    [InlineData("/api/articles?from=yesterday")]
    public async Task BadParameter_IsProblemDetails400(string url)
    {
        var (status, json, _) = await GetJsonAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(json.TryGetProperty("stack", out _));
        Assert.DoesNotContain("   at ", json.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_TooLongQuery_Is400()
    {
        var (status, _, _) = await GetJsonAsync("/api/search?q=" + new string('a', 1500));
        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task Articles_ListAndGet_ReturnTextRemovedAndTerms()
    {
        var (status, list, _) = await GetJsonAsync("/api/articles?size=2");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(5, list.GetProperty("total").GetInt32());
        var id = list.GetProperty("items")[0].GetProperty("id").GetInt64();
        var (_, article, _) = await GetJsonAsync($"/api/articles/{id}");
        Assert.Equal(id, article.GetProperty("id").GetInt64());
        Assert.True(article.GetProperty("text").GetString()!.Length > 100);
        Assert.True(article.TryGetProperty("removed", out _));
        Assert.Contains(article.GetProperty("terms").EnumerateArray(), t => t.GetProperty("kind").GetString() == "source");
    }

    [Theory]
    [InlineData("/api/articles/999999")]
    [InlineData("/api/stories/nope")]
    [InlineData("/api/entities/nope")]
    [InlineData("/api/topics/nope")]
    public async Task Missing_IsProblemDetails404(string url)
    {
        var (status, json, _) = await GetJsonAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(404, json.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Trends_ByMonth_CountArticles()
    {
        var (status, json, _) = await GetJsonAsync("/api/trends?q=Bui%20Thanh%20Son&interval=month");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("month", json.GetProperty("interval").GetString());
        Assert.Equal(1, json.GetProperty("points").EnumerateArray().Sum(p => p.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task Quotes_BeforeTheLayerExists_Is501()
    {
        var (status, _, _) = await GetJsonAsync("/api/quotes");
        Assert.Equal(HttpStatusCode.NotImplemented, status);
    }

    [Fact]
    public async Task OpenApi_IsServedAtStablePath()
    {
        var (status, json, _) = await GetJsonAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(json.GetProperty("paths").TryGetProperty("/api/search", out _));
        Assert.True(json.GetProperty("paths").TryGetProperty("/api/trends", out _));
        Assert.True(json.GetProperty("components").GetProperty("schemas").GetProperty("StoryResponse").GetProperty("properties").TryGetProperty("merged_from", out _));
        Assert.StartsWith("marks:", json.GetProperty("paths").GetProperty("/api/articles/{id}").GetProperty("get").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Responses_CarryContentSecurityPolicy()
    {
        foreach (var url in new[] { "/", "/api/search?q=a", "/api/search?q=%22" })
        {
            var response = await factory.CreateClient().GetAsync(url);
            Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        }
    }
}
