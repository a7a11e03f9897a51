using System.Text.Json;
using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Cli;

public sealed class StoriesCliTests
{
    private static CliRunner.Result Run(params string[] args) => CliRunner.Run(AppContext.BaseDirectory, null, args);

    [Fact]
    public void StoriesCommands_AfterDemo_ShowThreeStoriesWithTheirEvidence()
    {
        using var folder = new TempFolder();
        var db = folder.File("stories.db");
        var demo = Run("demo", "--samples", Paths.Samples, "--db", db);
        Assert.Equal(0, demo.ExitCode);
        Assert.Contains("Stories: 5 articles clustered, 3 new stories, 0 merges.", demo.Output);
        Assert.Contains("joined through 3 [fr]", demo.Output);

        var json = Run("stories", "--json", "--db", db);
        Assert.Equal(0, json.ExitCode);
        using var stories = JsonDocument.Parse(json.Output);
        var groups = stories.RootElement.EnumerateArray()
            .Select(s => s.GetProperty("articles").EnumerateArray().Select(a => Path.GetFileName(a.GetProperty("source").GetString()!)[..3]).Order().ToArray())
            .OrderBy(g => g[0])
            .ToList();
        Assert.Equal([["000", "001"], ["002", "003"], ["004"]], groups);
        Assert.All(stories.RootElement.EnumerateArray(), s => Assert.True(s.GetProperty("id").GetInt32() > 0));
        var article = stories.RootElement[0].GetProperty("articles")[0];
        Assert.True(article.TryGetProperty("language", out _) && article.TryGetProperty("duplicate_of", out _) && article.TryGetProperty("id", out _));

        var filtered = Run("stories", "--entity", "person:bui-thanh-son", "--db", db);
        Assert.Contains("1 story of 3", filtered.Output);

        var storyId = stories.RootElement.EnumerateArray()
            .First(s => s.GetProperty("articles").EnumerateArray().Any(a => Path.GetFileName(a.GetProperty("source").GetString()!).StartsWith("002", StringComparison.Ordinal)))
            .GetProperty("id").GetInt32();
        var why = Run("story", storyId.ToString(System.Globalization.CultureInfo.InvariantCulture), "--why", "--db", db);
        Assert.Equal(0, why.ExitCode);
        Assert.Contains("Bùi Thanh Sơn (person)", why.Output);
        Assert.Contains("cross-lingual", why.Output);

        // Stories are filed in the search index: story:ID finds the story's articles.
        var search = Run("search", $"story:{storyId}", "--db", db);
        Assert.Contains("2 article(s) match", search.Output);
    }

    [Fact]
    public void Story_Unknown_FailsWithAMessage()
    {
        using var folder = new TempFolder();
        var db = folder.File("empty.db");
        var result = Run("story", "42", "--db", db);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("no story 42", result.Error);
    }
}
