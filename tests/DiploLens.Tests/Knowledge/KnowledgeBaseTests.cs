using DiploLens.Analysis;
using DiploLens.Knowledge;
using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Knowledge;

public sealed class KnowledgeBaseTests
{
    private static readonly KnowledgeBase Embedded = KnowledgeData.Embedded.Base;

    [Theory]
    [InlineData("UN", "org:un")]
    [InlineData("U.N.", "org:un")]
    [InlineData("United Nations", "org:un")]
    [InlineData("ONU", "org:un")]
    [InlineData("Nations unies", "org:un")]
    [InlineData("Liên hợp quốc", "org:un")]
    [InlineData("LHQ", "org:un")]
    [InlineData("ASEAN", "org:asean")]
    [InlineData("ANASE", "org:asean")]
    [InlineData("Hiệp hội các quốc gia Đông Nam Á", "org:asean")]
    [InlineData("UNSC", "org:unsc")]
    [InlineData("Conseil de sécurité", "org:unsc")]
    [InlineData("Hội đồng Bảo an", "org:unsc")]
    [InlineData("Bộ Ngoại giao", "vn:mofa")]
    [InlineData("Ban Bí thư", "vn:secretariat")]
    [InlineData("TTXVN", "vn:vna")]
    [InlineData("Việt Nam", "country:vn")]
    [InlineData("Viêt Nam", "country:vn")]
    [InlineData("Turquie", "country:tr")]
    [InlineData("Thổ Nhĩ Kỳ", "country:tr")]
    [InlineData("diplomatie multilatérale", "concept:multilateral-diplomacy")]
    [InlineData("ngoại giao đa phương", "concept:multilateral-diplomacy")]
    [InlineData("Bui Thanh Son", "person:bui-thanh-son")]
    public void ByForm_KnownAlias_FindsEntity(string form, string id) =>
        Assert.Equal(id, Embedded.ByForm(form)?.Id);

    [Fact]
    public void Ancestors_HumanRightsCouncil_LeadsToUn() =>
        Assert.Equal(["org:un"], Embedded.Ancestors(Embedded.ById("org:unhrc")!).Select(e => e.Id));

    [Fact]
    public void Load_Embedded_HasEveryCountryInThreeLanguagesAndASourcePerFile()
    {
        var countries = Embedded.Entities.Where(e => e.Type == EntityType.Country).ToList();
        Assert.True(countries.Count >= 249, $"only {countries.Count} countries");
        Assert.All(countries, c => Assert.True(c.Names.ContainsKey("vi") && c.Names.ContainsKey("fr") && c.Names.ContainsKey("en"), c.Id));
        Assert.All(Embedded.Sources, s => Assert.Contains(": ", s));
        Assert.Equal(DataFiles.Embedded.List(KnowledgeBase.EntitiesFolder).Count, Embedded.Sources.Count);
    }

    [Fact]
    public void Load_SyntaxError_NamesFileAndLine()
    {
        var json = "{\n  \"source\": \"test\",\n  \"entities\": [\n    {\"id\": \"org:a\", \"type\": \"organisation\" \"names\": {\"en\": \"A\"}}\n  ]\n}";
        var e = Assert.Throws<KnowledgeException>(() => KnowledgeBase.Load([("bad.json", json)]));
        Assert.Equal("bad.json", e.File);
        Assert.Equal(4, e.Line);
        Assert.StartsWith("bad.json:4:", e.Message);
    }

    [Fact]
    public void Load_DuplicateId_NamesSecondFileLineAndFirstPlace()
    {
        var first = Entities("{\"id\": \"org:a\", \"type\": \"organisation\", \"names\": {\"en\": \"Alpha\"}}");
        var second = Entities("{\"id\": \"org:b\", \"type\": \"organisation\", \"names\": {\"en\": \"Beta\"}},\n    {\"id\": \"org:a\", \"type\": \"organisation\", \"names\": {\"en\": \"Gamma\"}}");
        var e = Assert.Throws<KnowledgeException>(() => KnowledgeBase.Load([("one.json", first), ("two.json", second)]));
        Assert.Equal("two.json", e.File);
        Assert.Equal(5, e.Line);
        Assert.Contains("duplicate id 'org:a'", e.Message);
        Assert.Contains("one.json:4", e.Message);
    }

    [Fact]
    public void Load_AliasClaimedByTwoEntities_NamesBothAndTheLine()
    {
        var json = Entities(
            "{\"id\": \"org:a\", \"type\": \"organisation\", \"names\": {\"en\": \"Alpha\"}, \"aliases\": [\"AB\"]},\n" +
            "    {\"id\": \"org:b\", \"type\": \"organisation\", \"names\": {\"en\": \"Beta\"},\n      \"aliases\": [\"ÀB\"]}");
        var e = Assert.Throws<KnowledgeException>(() => KnowledgeBase.Load([("dup.json", json)]));
        Assert.Equal(6, e.Line);
        Assert.Contains("'ÀB' of 'org:b' is already claimed by 'org:a'", e.Message);
    }

    [Fact]
    public void Load_UnknownParent_Fails()
    {
        var json = Entities("{\"id\": \"org:a\", \"type\": \"organisation\", \"parent\": \"org:zz\", \"names\": {\"en\": \"Alpha\"}}");
        var e = Assert.Throws<KnowledgeException>(() => KnowledgeBase.Load([("p.json", json)]));
        Assert.Contains("parent 'org:zz'", e.Message);
    }

    [Theory]
    [InlineData("{\"id\": \"x:a\", \"type\": \"planet\", \"names\": {\"en\": \"A\"}}", "type 'planet'")]
    [InlineData("{\"id\": \"x:a\", \"type\": \"place\", \"names\": {}}", "at least one")]
    [InlineData("{\"type\": \"place\", \"names\": {\"en\": \"A\"}}", "no 'id'")]
    public void Load_MalformedEntity_Fails(string entity, string message)
    {
        var e = Assert.Throws<KnowledgeException>(() => KnowledgeBase.Load([("m.json", Entities(entity))]));
        Assert.Contains(message, e.Message);
        Assert.Equal(4, e.Line);
    }

    [Fact]
    public void Load_FileWithoutSource_Fails()
    {
        var e = Assert.Throws<KnowledgeException>(() => KnowledgeBase.Load([("s.json", "{\"entities\": []}")]));
        Assert.Contains("source", e.Message);
    }

    [Fact]
    public void For_OverrideDirectoryWithDuplicateAlias_FailsAtLoadNamingTheFile()
    {
        using var folder = new TempFolder();
        var dir = Path.Combine(folder.Path, "knowledge", "entities");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "extra.json"), Entities("{\"id\": \"org:onu-copy\", \"type\": \"organisation\", \"names\": {\"fr\": \"ONU\"}}"));
        var e = Assert.Throws<KnowledgeException>(() => KnowledgeData.For(DataFiles.WithOverrides(folder.Path)));
        Assert.EndsWith("extra.json", e.File);
        Assert.Contains("already claimed by 'org:un'", e.Message);
    }

    [Fact]
    public void For_OverrideDirectoryAddingAnEntity_MakesItFindable()
    {
        using var folder = new TempFolder();
        var dir = Path.Combine(folder.Path, "knowledge", "entities");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "extra.json"), Entities("{\"id\": \"org:mekong-institute\", \"type\": \"organisation\", \"names\": {\"en\": \"Mekong Institute\", \"vi\": \"Viện Mekong\"}}"));
        var data = KnowledgeData.For(DataFiles.WithOverrides(folder.Path));
        Assert.Equal("org:mekong-institute", data.Base.ByForm("Viện Mekong")?.Id);
        Assert.Null(KnowledgeData.Embedded.Base.ByForm("Viện Mekong"));
    }

    private static string Entities(string items) => "{\n  \"source\": \"test\",\n  \"entities\": [\n    " + items + "\n  ]\n}";
}
