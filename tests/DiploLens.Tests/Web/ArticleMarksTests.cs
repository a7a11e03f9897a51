using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace DiploLens.Tests.Web;

/// <summary>The article page marks quotations, entities, dates and figures inline from the stored layers, encoded and nested.</summary>
public sealed class ArticleMarksTests(StoriesWorkbenchFactory factory) : IClassFixture<StoriesWorkbenchFactory>
{
    private async Task<IDocument> PageAsync(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private async Task<JsonElement> LayersAsync(long id) =>
        JsonDocument.Parse(await factory.CreateClient().GetStringAsync($"/api/articles/{id}")).RootElement;

    private static string Of(JsonElement article, JsonElement span) =>
        article.GetProperty("text").GetString()![span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()];

    [Fact]
    public async Task SeedAboutBuiThanhSon_PersonIsMarkedAndLinksToItsEntityPage()
    {
        var id = await factory.IdOfAsync("003");
        var page = await PageAsync($"/articles/{id}?ui=en");

        var person = page.QuerySelectorAll(".text mark.hl-entity.hl-person").First();
        Assert.Equal("Bui Thanh Son", person.TextContent);
        Assert.Contains("Bùi Thanh Sơn", person.GetAttribute("title"), StringComparison.Ordinal);
        var href = person.QuerySelector("a")!.GetAttribute("href")!;
        Assert.StartsWith("/entities/", href, StringComparison.Ordinal);

        var entityPage = await factory.CreateClient().GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, entityPage.StatusCode);
        Assert.Contains("person:bui-thanh-son", WebUtility.HtmlDecode(await entityPage.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryMark_CoversExactlyTheTextOfItsLayerSpan()
    {
        var id = await factory.IdOfAsync("003");
        var article = await LayersAsync(id);
        var layers = article.GetProperty("layers");
        var page = await PageAsync($"/articles/{id}?ui=en");

        // Marks read in document order must be the layer spans' texts in document order (none of the seed's inner
        // spans crosses a quotation, so nothing is dropped).
        string[] Expected(IEnumerable<JsonElement> items) =>
            items.Select(i => i.GetProperty("span")).OrderBy(s => s.GetProperty("start").GetInt32()).Select(s => Of(article, s)).ToArray();

        Assert.Equal(Expected(layers.GetProperty("entities").EnumerateArray()), page.QuerySelectorAll(".text mark.hl-entity").Select(m => m.TextContent));
        Assert.Equal(Expected(layers.GetProperty("quotations").EnumerateArray()), page.QuerySelectorAll(".text mark.hl-quote").Select(m => m.TextContent));
        Assert.Equal(Expected(layers.GetProperty("dates").GetProperty("mentions").EnumerateArray()), page.QuerySelectorAll(".text mark.hl-date").Select(m => m.TextContent));
        Assert.Equal(Expected(layers.GetProperty("figures").EnumerateArray()), page.QuerySelectorAll(".text mark.hl-figure").Select(m => m.TextContent));

        // The text itself is unchanged by the marks: paragraphs in order, nothing lost, the speaker labels aside.
        var shown = string.Concat(page.QuerySelectorAll(".text > p, .text > h2").Select(p =>
        {
            foreach (var speaker in p.QuerySelectorAll(".hl-speaker").ToList())
            {
                speaker.Remove();
            }

            return p.TextContent;
        }));
        Assert.Equal(string.Concat(layers.GetProperty("paragraphs").EnumerateArray().Select(p => Of(article, p.GetProperty("span")))), shown);
    }

    [Fact]
    public async Task QuotationDateAndFigure_AreMarkedWithSpeakerAndNormalisedValues()
    {
        var id = await factory.IdOfAsync("003");
        var page = await PageAsync($"/articles/{id}?ui=en");

        var quote = page.QuerySelectorAll(".text mark.hl-quote").Single(m => m.TextContent.StartsWith("We have successfully organized 15 foreign visits", StringComparison.Ordinal));
        Assert.Contains("hl-direct", quote.ClassList);
        Assert.Contains("Bùi Thanh Sơn", quote.GetAttribute("title"), StringComparison.Ordinal);
        var speaker = quote.NextElementSibling!;
        Assert.Contains("hl-speaker", speaker.ClassList);
        Assert.Equal("/entities/person%3Abui-thanh-son?ui=en", speaker.GetAttribute("href"));

        // Figures and entities inside a quotation are nested in it.
        var figure = quote.QuerySelector("mark.hl-figure")!;
        Assert.Equal("15 foreign visits", figure.TextContent);
        Assert.Contains("15", figure.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Contains("foreign visits", figure.GetAttribute("title"), StringComparison.Ordinal);
        Assert.NotNull(quote.QuerySelector("mark.hl-country a[href]"));

        var date = page.QuerySelectorAll(".text mark.hl-date").First();
        Assert.Equal("2023", date.TextContent);
        Assert.Equal("2023", date.GetAttribute("title"));

        var hostile = await PageAsync($"/articles/{await factory.IdOfAsync(StoriesWorkbenchFactory.HostileUrl)}?ui=en");
        var day = hostile.QuerySelector(".text mark.hl-date")!;
        Assert.Equal(("5 December 2023", "2023-12-05"), (day.TextContent, day.GetAttribute("title")));
    }

    [Fact]
    public async Task ScriptInsideAQuotation_IsShownAsEncodedText()
    {
        var id = await factory.IdOfAsync(StoriesWorkbenchFactory.HostileUrl);
        var html = await factory.CreateClient().GetStringAsync($"/articles/{id}");
        var page = new HtmlParser().ParseDocument(html);

        var quote = page.QuerySelector(".text mark.hl-quote")!;
        Assert.Contains("<script>window.__pwned=5</script>", quote.TextContent, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror='window.__pwned=6'>", quote.TextContent, StringComparison.Ordinal);
        Assert.Equal("ASEAN", quote.QuerySelector("mark.hl-organisation")!.TextContent);
        Assert.Empty(page.QuerySelectorAll(".text script, .text img, main script"));
        Assert.Contains("&lt;script&gt;window.__pwned=5&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>window.__pwned", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchWords_StayHighlightedInsideTheMarks()
    {
        var id = await factory.IdOfAsync("003");
        var page = await PageAsync($"/articles/{id}?ui=en&q=" + Uri.EscapeDataString("Bui Thanh Son"));

        var person = page.QuerySelectorAll(".text mark.hl-person").First();
        Assert.Equal(["Bui", "Thanh", "Son"], person.QuerySelectorAll("a mark.term").Select(m => m.TextContent));
        Assert.NotNull(page.QuerySelector("#legend mark.term"));
    }

    [Theory]
    [InlineData("en", "Marks", "Person", "Quotation")]
    [InlineData("fr", "Repères", "Personne", "Citation")]
    [InlineData("vi", "Chú giải", "Người", "Trích dẫn")]
    public async Task Legend_NamesTheKindsOfMarksInTheUiLanguage(string ui, string title, string person, string quotation)
    {
        var id = await factory.IdOfAsync("003");
        var page = await PageAsync($"/articles/{id}?ui={ui}");

        var legend = page.QuerySelector("#legend")!;
        Assert.StartsWith(title, legend.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(person, legend.QuerySelector("mark.hl-person")!.TextContent);
        Assert.Equal(quotation, legend.QuerySelector("mark.hl-quote")!.TextContent);
        // One entry per entity type that occurs in the layer, no more.
        var types = (await LayersAsync(id)).GetProperty("layers").GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToHashSet();
        Assert.Equal(types.Order(), legend.QuerySelectorAll("mark.hl-entity").Select(m => m.ClassList.Single(c => c.StartsWith("hl-", StringComparison.Ordinal) && c != "hl-entity")[3..]).Order());
    }
}
