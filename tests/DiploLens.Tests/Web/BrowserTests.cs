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
    public async Task Article_ShowsStyledEntityMarks_ThatLeadToTheEntityPage()
    {
        var page = await NewPageAsync();
        await page.SetViewportSizeAsync(1100, 900);
        await page.GotoAsync(fixture.BaseUrl + "/?q=" + Uri.EscapeDataString("\"15 foreign visits\""));
        await page.Locator("a.hit-title").First.ClickAsync();
        await page.WaitForSelectorAsync("article.article h1");

        var person = page.Locator(".text mark.hl-person").First;
        Assert.True(await person.IsVisibleAsync());
        Assert.Equal("Bui Thanh Son", await person.InnerTextAsync());
        // The stylesheet (served from this origin under the CSP) gives each kind its own look: the mark is tinted, and a
        // quotation is tinted differently from a person.
        var personBackground = await person.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        var quoteBackground = await page.Locator(".text mark.hl-quote").First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.NotEqual("rgba(0, 0, 0, 0)", personBackground);
        Assert.NotEqual(personBackground, quoteBackground);
        Assert.True(await page.Locator(".text mark.hl-quote mark.hl-figure").CountAsync() >= 1);
        Assert.True(await page.Locator("#legend").IsVisibleAsync());
        await BrowserFixture.ScreenshotAsync(page, "article-marks");

        await person.Locator("a").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/entities/", StringComparison.Ordinal));
        Assert.Contains("person:bui-thanh-son", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Story_FromTheArticle_ShowsTheSharedEvidence_WithoutJavaScript()
    {
        var page = await NewPageAsync(javaScript: false);
        await page.SetViewportSizeAsync(1100, 900);
        await page.GotoAsync(fixture.BaseUrl + "/?ui=fr&q=" + Uri.EscapeDataString("\"15 foreign visits\""));
        await page.Locator("a.hit-title").First.ClickAsync();
        await page.WaitForSelectorAsync("article.article h1");
        Assert.True(await page.Locator(".text mark.hl-person a").CountAsync() >= 1);
        await page.Locator(".terms a[href^='/stories/']").First.ClickAsync();
        await page.WaitForSelectorAsync("section.evidence");

        Assert.Equal(2, await page.Locator(".columns > section").CountAsync());
        var joined = page.Locator("section.evidence[data-link=joined]");
        Assert.Equal(1, await joined.CountAsync());
        Assert.True(await joined.Locator("table").IsVisibleAsync());
        Assert.Contains("Bùi Thanh Sơn", await joined.Locator("tbody").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("personne", await joined.Locator("tr", new LocatorLocatorOptions { HasText = "Bùi Thanh Sơn" }).Locator("td.kind").InnerTextAsync());
        Assert.Matches(@"^\d\.\d{3}$", await joined.Locator(".score").InnerTextAsync());
        Assert.Equal("interlangue", await joined.Locator(".crosslingual").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "story-evidence");
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
