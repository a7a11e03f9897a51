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

    [Fact]
    public async Task Api_EveryMarkOfEveryArticle_CoversExactlyItsTextAndEveryLayerItemIsListed()
    {
        var list = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/articles?size=100")).RootElement;
        var ids = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(list.GetProperty("total").GetInt32(), ids.Count);
        Assert.True(ids.Count >= 5, "the five seeds are stored");

        var kinds = new Dictionary<string, int>();
        foreach (var id in ids)
        {
            var article = await LayersAsync(id);
            var text = article.GetProperty("text").GetString()!;
            var marks = article.GetProperty("marks").EnumerateArray().ToList();
            foreach (var mark in marks)
            {
                var (start, end) = (mark.GetProperty("start").GetInt32(), mark.GetProperty("end").GetInt32());
                Assert.InRange(start, 0, end - 1);
                Assert.InRange(end, start + 1, text.Length);
                Assert.Equal(text.Substring(start, end - start), mark.GetProperty("text").GetString());
                var kind = mark.GetProperty("kind").GetString()!;
                kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
            }

            // Every item of the layers is a mark, overlapping ones included (the page drops some; the API does not).
            var layers = article.GetProperty("layers");
            int Count(string name) => layers.TryGetProperty(name, out var layer) ? layer.GetArrayLength() : 0;
            var dates = layers.TryGetProperty("dates", out var d) ? d.GetProperty("mentions").GetArrayLength() : 0;
            Assert.Equal(
                (Count("quotations"), Count("entities"), dates, Count("figures")),
                (marks.Count(m => m.GetProperty("kind").GetString() == "quote"), marks.Count(m => m.GetProperty("kind").GetString() == "entity"),
                 marks.Count(m => m.GetProperty("kind").GetString() == "date"), marks.Count(m => m.GetProperty("kind").GetString() == "figure")));
            Assert.Equal(marks.Select(m => m.GetProperty("start").GetInt32()).Order(), marks.Select(m => m.GetProperty("start").GetInt32()));
        }

        Assert.Equal(["date", "entity", "figure", "quote"], kinds.Keys.Order());
    }

    [Fact]
    public async Task Api_SeedAboutBuiThanhSon_HasThePersonAndHisQuotationWithSpeaker()
    {
        var article = await LayersAsync(await factory.IdOfAsync("003"));
        var marks = article.GetProperty("marks").EnumerateArray().ToList();
        string? Field(JsonElement mark, string name) => mark.TryGetProperty(name, out var value) ? value.ToString() : null;

        var person = marks.First(m => Field(m, "kind") == "entity" && Field(m, "entity_id") == "person:bui-thanh-son");
        Assert.Equal(("Bui Thanh Son", "person", "Bùi Thanh Sơn"), (Field(person, "text"), Field(person, "type"), Field(person, "name")));

        var quote = marks.Single(m => Field(m, "kind") == "quote" && Field(m, "text")!.StartsWith("We have successfully organized 15 foreign visits", StringComparison.Ordinal));
        Assert.Equal(("direct", "person:bui-thanh-son", "Bùi Thanh Sơn"), (Field(quote, "quote_kind"), Field(quote, "speaker_id"), Field(quote, "speaker")));

        // The figure inside the quotation is a mark of its own, with its value and what it counts.
        var figure = marks.Single(m => Field(m, "kind") == "figure" && Field(m, "text") == "15 foreign visits");
        Assert.Equal(("count", 15.0, "foreign visits"), (Field(figure, "figure_kind"), figure.GetProperty("value").GetDouble(), Field(figure, "counted")));
        Assert.InRange(figure.GetProperty("start").GetInt32(), quote.GetProperty("start").GetInt32(), quote.GetProperty("end").GetInt32());
        Assert.Contains(marks, m => Field(m, "kind") == "date" && Field(m, "value") == "2023" && Field(m, "text") == "2023");
    }
}
