using Microsoft.Playwright;

namespace DiploLens.Tests.Web;

/// <summary>The workbench in Chromium: search, open an article, click a facet, see provenance, and no script from content.</summary>
public sealed class BrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private async Task<IPage> NewPageAsync(bool javaScript = true)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript, Locale = "en-US" });
        return await context.NewPageAsync();
    }

    [Fact]
    public async Task Search_ThenOpenArticle_ShowsHighlightedTextAndProvenance()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/");
        await page.FillAsync("input[name=q]", "Bui Thanh Son");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("#total");
        Assert.Contains("2 articles match", await page.InnerTextAsync("#total"), StringComparison.Ordinal);
        Assert.Equal(["Bui", "Thanh", "Son"], (await page.Locator(".hit").First.Locator(".snippet mark").AllInnerTextsAsync()).Take(3));

        await page.Locator("a.hit-title").First.ClickAsync();
        await page.WaitForSelectorAsync("article.article h1");
        Assert.True(await page.Locator(".text mark").CountAsync() >= 3);
        var provenance = page.Locator("details#provenance");
        Assert.True(await provenance.IsVisibleAsync());
        Assert.True(await provenance.Locator("li").CountAsync() >= 1);
        Assert.Contains("reason", await provenance.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facet_Click_NarrowsResults()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/?q=ASEAN");
        var before = await page.Locator(".hit").CountAsync();
        await page.Locator("ul[data-facet=source] a", new PageLocatorOptions { HasText = "evil.example" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("source", StringComparison.Ordinal));
        Assert.Equal("ASEAN source:evil.example", await page.InputValueAsync("input[name=q]"));
        Assert.Equal(1, await page.Locator(".hit").CountAsync());
        Assert.True(before > 1);
    }

    [Fact]
    public async Task MalformedQuery_ShowsWhereWithoutServerError()
    {
        var page = await NewPageAsync();
        var response = await page.GotoAsync(fixture.BaseUrl + "/?q=" + Uri.EscapeDataString("ASEAN \"unclosed"));
        Assert.Equal(400, response!.Status);
        Assert.Contains("at character 7", await page.InnerTextAsync("#query-error"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileContent_IsShownAsText_AndNoScriptRuns()
    {
        var page = await NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) => violations.Add(message.Text);
        await page.GotoAsync(fixture.BaseUrl + "/?q=" + Uri.EscapeDataString("hostile"));
        Assert.Contains("<script>", await page.InnerTextAsync(".snippet"), StringComparison.Ordinal);
        await page.Locator("a.hit-title").First.ClickAsync();
        await page.WaitForSelectorAsync("article.article h1");
        Assert.Contains("<script>window.__pwned=4</script>", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        Assert.Contains("onerror", await page.InnerTextAsync(".text"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator(".text img, .text script, .text svg, h1 b").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
    }

    [Fact]
    public async Task Pages_ReadWithoutJavaScript_InTheUsersLanguage()
    {
        var page = await NewPageAsync(javaScript: false);
        await page.GotoAsync(fixture.BaseUrl + "/?ui=vi&q=" + Uri.EscapeDataString("Liên hợp quốc"));
        Assert.Equal("vi", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("bài viết phù hợp", await page.InnerTextAsync("#total"), StringComparison.Ordinal);
        await page.GotoAsync(fixture.BaseUrl + "/?ui=fr&q=ASEAN");
        Assert.Contains("articles correspondent", await page.InnerTextAsync("#total"), StringComparison.Ordinal);
        Assert.Equal("Langue", await page.Locator("aside.facets h3").First.InnerTextAsync());
    }
}
