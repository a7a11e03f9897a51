using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using DiploLens.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DiploLens.Tests.Web;

/// <summary>The story page and <c>/api/stories/{id}</c> list the stories merged into a story: exactly its <c>story_merges</c> rows.</summary>
public sealed class StoryMergesTests(MergedStoriesWorkbenchFactory factory) : IClassFixture<MergedStoriesWorkbenchFactory>
{
    /// <summary>The <c>story_merges</c> rows, read from the store file itself: merged story id → the story it went into.</summary>
    private async Task<Dictionary<int, int>> MergeRowsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={factory.DbPath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT story_id, into_id FROM story_merges";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new Dictionary<int, int>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetInt32(0), reader.GetInt32(1));
        }

        return rows;
    }

    private async Task<IReadOnlyList<int>> StoriesAsync() =>
        (await factory.Services.GetRequiredService<INewsStore>().ListStoryAssignmentsAsync()).Select(a => a.StoryId).Distinct().Order().ToList();

    [Fact]
    public async Task EveryStory_ListsExactlyTheStoriesMergedIntoIt_OnThePageAndInTheApi()
    {
        var rows = await MergeRowsAsync();
        var stories = await StoriesAsync();
        Assert.True(rows.Count >= 2, "the fixture merges stories");
        Assert.Contains(stories, s => !rows.ContainsValue(s));

        var client = factory.CreateClient();
        foreach (var story in stories)
        {
            var expected = rows.Where(r => r.Value == story).Select(r => r.Key).Order().ToList();

            var page = new HtmlParser().ParseDocument(await client.GetStringAsync($"/stories/{story}?ui=en"));
            var listed = page.QuerySelector("#merged-from");
            Assert.Equal(expected, listed?.QuerySelectorAll("li").Select(li => int.Parse(li.GetAttribute("data-story")!)).ToList() ?? []);
            Assert.Equal(expected.Select(id => $"#{id}"), listed?.QuerySelectorAll("li").Select(li => li.TextContent) ?? []);

            var json = JsonDocument.Parse(await client.GetStringAsync($"/api/stories/{story}")).RootElement;
            Assert.Equal(expected, json.GetProperty("merged_from").EnumerateArray().Select(e => e.GetInt32()));
        }
    }

    [Fact]
    public async Task MergedStory_HasNoPageOfItsOwn_AndIsShownAsPlainText()
    {
        var rows = await MergeRowsAsync();
        var client = factory.CreateClient();
        foreach (var (merged, into) in rows)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/stories/{merged}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/stories/{merged}")).StatusCode);
            var page = new HtmlParser().ParseDocument(await client.GetStringAsync($"/stories/{into}"));
            Assert.Empty(page.QuerySelectorAll("#merged-from a"));
        }
    }

    [Theory]
    [InlineData("en", "Merged from:")]
    [InlineData("fr", "Dossiers fusionnés:")]
    [InlineData("vi", "Gộp từ:")]
    public async Task MergedFrom_IsLabelledInTheUiLanguage(string ui, string label)
    {
        var into = (await MergeRowsAsync()).Values.First();
        var page = new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync($"/stories/{into}?ui={ui}"));
        Assert.Equal(label, page.QuerySelector("#merged-from > span")!.TextContent);
    }
}
