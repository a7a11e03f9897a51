using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Cli;

public sealed class KnowledgeCliTests
{
    private static CliRunner.Result Run(params string[] args) => CliRunner.Run(AppContext.BaseDirectory, null, args);

    [Fact]
    public void EntityCommands_AfterDemo_ListEntitiesQuotesAndTopics()
    {
        using var folder = new TempFolder();
        var db = folder.File("kb.db");
        var demo = Run("demo", "--samples", Paths.Samples, "--db", db);
        Assert.Equal(0, demo.ExitCode);
        Assert.Contains("persons    Lê Hoài Trung (Thứ trưởng Bộ Ngoại giao)", demo.Output);
        Assert.Contains("figures    “15 foreign visits”; “21 visits”", demo.Output);

        var entities = Run("entities", "--type", "person", "--db", db);
        Assert.Contains("person:bui-thanh-son", entities.Output);
        Assert.DoesNotContain("org:un ", entities.Output);

        var giang = Run("entity", "Dang Hoang Giang", "--db", db);
        Assert.Equal(0, giang.ExitCode);
        Assert.Contains("Đặng Hoàng Giang  (person:dang-hoang-giang", giang.Output);
        Assert.Contains("quotes     7", giang.Output);

        var un = Run("entity", "LHQ", "--db", db);
        Assert.Contains("(org:un, organisation)", un.Output);
        Assert.Contains("mentions   ", un.Output);

        var quotes = Run("quotes", "--speaker", "Bui Thanh Son", "--db", db);
        Assert.Equal(4, quotes.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        var topics = Run("topics", "--db", db);
        Assert.Contains("Party diplomacy", topics.Output);
    }

    [Fact]
    public void Entity_Unknown_FailsWithAMessage()
    {
        using var folder = new TempFolder();
        var result = Run("entity", "Nobody Anywhere", "--db", folder.File("empty.db"));
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("no entity 'Nobody Anywhere'", result.Error);
    }

    [Fact]
    public void EvalEntities_FixtureFile_PrintsPrecisionAndRecallPerType()
    {
        var result = Run("eval", "entities", "--data", Path.Combine(Paths.Fixtures, "Entities", "fixtures.jsonl"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("person ", result.Output);
        Assert.Contains("org ", result.Output);
    }

    [Fact]
    public void Ingest_KnowledgeDirectoryWithBadFile_FailsNamingFileAndLine()
    {
        using var folder = new TempFolder();
        folder.Write("kb/knowledge/entities/extra.json", "{\"source\": \"x\",\n \"entities\": [\n {\"id\": \"org:a\" \"type\": 1}]}");
        var article = folder.Write("a.txt", "Vietnam and the UN.");
        var result = Run("ingest", article, "--knowledge", folder.File("kb"), "--db", folder.File("k.db"));
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("extra.json:3:", result.Error);
    }
}
