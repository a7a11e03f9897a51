using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DiploLens.Storage;
using DiploLens.Stories;
using Microsoft.Extensions.DependencyInjection;

namespace DiploLens.Tests.Web;

/// <summary>The story page and <c>/api/stories/{id}</c> show each stored link with its evidence, and copies under their canonical.</summary>
public sealed class StoryEvidenceTests(StoriesWorkbenchFactory factory) : IClassFixture<StoriesWorkbenchFactory>
{
    private INewsStore Store => factory.Services.GetRequiredService<INewsStore>();

    private async Task<StoryAssignment> AssignmentOfAsync(long articleId) =>
        (await Store.ListStoryAssignmentsAsync()).Single(a => a.ArticleId == articleId);

    private async Task<IDocument> PageAsync(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task StoryOfSeeds000And001_ShowsTheLinkScoreAndSharedEvidence()
    {
        var (french, english) = (await factory.IdOfAsync("000"), await factory.IdOfAsync("001"));
        var assignment = await AssignmentOfAsync(english);
        Assert.Equal(assignment.StoryId, (await AssignmentOfAsync(french)).StoryId);
        var stored = StoryRebuild.ToLink(assignment);

        var page = await PageAsync($"/stories/{assignment.StoryId}?ui=en");

        var link = page.QuerySelector($"#link-{english}")!;
        Assert.Equal("joined", link.GetAttribute("data-link"));
        Assert.Equal($"/articles/{french}?ui=en", link.QuerySelector("a.linked-to")!.GetAttribute("href"));
        Assert.Equal(stored.Score.ToString("0.000", CultureInfo.InvariantCulture), link.QuerySelector(".score")!.TextContent);
        Assert.True(stored.CrossLingual);
        Assert.Equal("cross-lingual", link.QuerySelector(".crosslingual")!.TextContent);

        var rows = link.QuerySelectorAll("tbody tr").Select(r => (Label: r.Children[0].TextContent, Kind: r.Children[1].GetAttribute("data-kind"), Weight: r.Children[2].TextContent)).ToList();
        Assert.Equal(stored.Evidence.Select(e => (e.Label, e.Kind?.ToString().ToLowerInvariant(), e.Weight.ToString("0.00", CultureInfo.InvariantCulture))), rows.Select(r => (r.Label, r.Kind, r.Weight)));
        Assert.Contains(rows, r => r.Label == "United Nations" && r.Kind == "organisation");
        Assert.Contains(rows, r => r.Kind == "concept");

        Assert.Equal("new", page.QuerySelector($"#link-{french}")!.GetAttribute("data-link"));
        Assert.Empty(page.QuerySelectorAll($"#link-{french} tbody tr"));
    }

    [Fact]
    public async Task StoryPage_InFrench_NamesTheEvidenceColumns()
    {
        var story = (await AssignmentOfAsync(await factory.IdOfAsync("001"))).StoryId;
        var page = await PageAsync($"/stories/{story}?ui=fr");
        Assert.Equal(["Élément commun", "Type", "Poids"], page.QuerySelectorAll(".evidence thead th").Take(3).Select(h => h.TextContent));
        Assert.Contains(page.QuerySelectorAll(".evidence td.kind"), c => c.TextContent == "concept");
        Assert.Contains(page.QuerySelectorAll(".evidence td.kind"), c => c.TextContent == "thème");
    }

    [Fact]
    public async Task RemovedCopy_IsListedUnderItsCanonical_NotAsAVersion()
    {
        var (canonical, copy) = (await factory.IdOfAsync("001"), await factory.IdOfAsync(StoriesWorkbenchFactory.CopyUrl));
        var assignment = await AssignmentOfAsync(copy);
        Assert.Equal(("duplicate", (long?)canonical), (assignment.Link, assignment.DuplicateOf));

        var page = await PageAsync($"/stories/{assignment.StoryId}?ui=en");

        Assert.NotNull(page.QuerySelector($"article#article-{canonical}"));
        Assert.Null(page.QuerySelector($"article#article-{copy}"));
        var copies = page.QuerySelector($"article#article-{canonical} ul.copies")!;
        Assert.Equal($"/articles/{copy}?ui=en", copies.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(StoriesWorkbenchFactory.CopyUrl, copies.QuerySelector("a")!.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll(".timeline a"), a => a.GetAttribute("href") == $"/articles/{copy}?ui=en");
        var link = page.QuerySelector($"#link-{copy}")!;
        Assert.Equal("duplicate", link.GetAttribute("data-link"));
        Assert.Contains("copy of", link.QuerySelector("p.link")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_Story_CarriesEveryLinkWithItsEvidence()
    {
        var (french, english) = (await factory.IdOfAsync("000"), await factory.IdOfAsync("001"));
        var assignment = await AssignmentOfAsync(english);
        var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync($"/api/stories/{assignment.StoryId}")).RootElement;

        var links = json.GetProperty("links").EnumerateArray().ToList();
        Assert.Equal((await Store.ListStoryAssignmentsAsync(assignment.StoryId)).Select(a => a.ArticleId), links.Select(l => l.GetProperty("article_id").GetInt64()));
        Assert.Equal(json.GetProperty("total").GetInt64(), links.Count);
        var joined = links.Single(l => l.GetProperty("article_id").GetInt64() == english);
        Assert.Equal("joined", joined.GetProperty("link").GetString());
        Assert.Equal(french, joined.GetProperty("linked_to").GetInt64());
        Assert.True(joined.GetProperty("cross_lingual").GetBoolean());
        Assert.Equal(assignment.Score, joined.GetProperty("score").GetDouble());
        var evidence = joined.GetProperty("evidence").EnumerateArray().ToList();
        Assert.Equal(StoryRebuild.ToLink(assignment).Evidence.Count, evidence.Count);
        var un = evidence.Single(e => e.GetProperty("label").GetString() == "United Nations");
        Assert.Equal(("org:un", "organisation"), (un.GetProperty("feature").GetString(), un.GetProperty("kind").GetString()));
        Assert.True(un.GetProperty("weight").GetDouble() > 0);
    }

    [Fact]
    public async Task Api_UnknownStory_Is404()
    {
        var response = await factory.CreateClient().GetAsync("/api/stories/98765");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
