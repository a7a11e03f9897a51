using DiploLens.Documents;
using DiploLens.Evaluation;
using DiploLens.Knowledge;
using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Stages.Entities;

public sealed class SeedEntityTests
{
    [Theory]
    [MemberData(nameof(SeedGold.Prefixes), MemberType = typeof(SeedGold))]
    public void Recognize_Seed_FindsEveryGoldPersonAndOrganisationAndNothingElse(string prefix)
    {
        var document = Analysed.Seed(prefix);
        var gold = new EntityGold { Text = document.Text, Persons = SeedGold.Strings(prefix, "persons"), Orgs = SeedGold.Strings(prefix, "orgs") };
        var (persons, orgs) = EntityEvaluation.Score(document, gold, KnowledgeData.Embedded.Base);
        var found = string.Join(", ", document.Get(Layers.Entities).Where(m => m.Type is "person" or "organisation" or "forum").Select(m => $"{m.EntityId}={document.TextOf(m.Span)}"));
        Assert.True(persons.Matched == persons.Gold && persons.Predicted == persons.Gold, $"persons {persons}; found {found}");
        Assert.True(orgs.Matched == orgs.Gold && orgs.Predicted == orgs.Gold, $"orgs {orgs}; found {found}");
    }

    [Theory]
    [MemberData(nameof(SeedGold.Prefixes), MemberType = typeof(SeedGold))]
    public void Recognize_Seed_GivesPersonsTheirStableIdAndCanonicalName(string prefix)
    {
        var document = Analysed.Seed(prefix);
        var persons = document.Get(Layers.Entities).Where(m => m.Type == "person" && m.EntityId is not null)
            .GroupBy(m => m.EntityId!).ToDictionary(g => g.Key, g => g.First().Name);
        var expected = SeedGold.Of(prefix).GetProperty("person_ids").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        Assert.Equal(expected.OrderBy(p => p.Key), persons.OrderBy(p => p.Key));
    }

    [Fact]
    public void Recognize_Seeds002And003_ShareTheCanonicalBuiThanhSon()
    {
        var french = Analysed.Seed("002").Get(Layers.Entities).Where(m => m.Type == "person").Select(m => m.EntityId).Distinct();
        var english = Analysed.Seed("003").Get(Layers.Entities).Where(m => m.Type == "person").Select(m => m.EntityId).Distinct();
        Assert.Equal(["person:bui-thanh-son"], french);
        Assert.Equal(["person:bui-thanh-son"], english);
    }

    [Fact]
    public void Recognize_Seed004_AttachesRolesToTheFourOfficials()
    {
        var mentions = Analysed.Seed("004").Get(Layers.Entities).Where(m => m.Type == "person").ToList();
        string[] Roles(string id) => mentions.Where(m => m.EntityId == id).SelectMany(m => m.Roles).Distinct().ToArray();
        Assert.Contains("Thứ trưởng Bộ Ngoại giao", Roles("person:le-hoai-trung"));
        Assert.Equal(["Đại sứ", "nguyên Tổng Thư ký Hiệp hội các quốc gia Đông Nam Á (ASEAN)"], Roles("person:le-luong-minh"));
        Assert.Equal(["Đại sứ", "nguyên Vụ trưởng Vụ các Tổ chức quốc tế Bộ Ngoại giao"], Roles("person:dinh-thi-minh-huyen"));
        Assert.Equal("Đại sứ", Roles("person:nguyen-nguyet-nga")[0]);
        Assert.Contains("Cố vấn cao cấp của Ban Thư ký quốc gia ASEAN 2020", Roles("person:nguyen-nguyet-nga"));
        Assert.All(mentions, m => Assert.True(m.Discovered, m.Name));
    }

    [Fact]
    public void Recognize_Seeds_FindTheSameOrganisationsAcrossLanguages()
    {
        HashSet<string> Ids(string prefix) => Analysed.Seed(prefix).Get(Layers.Entities).Select(m => m.EntityId ?? string.Empty).ToHashSet();
        var vietnamese = Ids("004");
        var english = Ids("001");
        english.UnionWith(Ids("003"));
        foreach (var id in new[] { "org:asean", "forum:apec", "org:un", "org:unsc" })
        {
            Assert.Contains(id, vietnamese);
            Assert.Contains(id, english);
        }

        Assert.Contains("org:un", Ids("000"));
    }

    [Fact]
    public void Recognize_Seed000_RestoresTheFamilyNameAccentsOfDangHoangGiang()
    {
        var giang = Analysed.Seed("000").Get(Layers.Entities).First(m => m.Type == "person");
        Assert.Equal("person:dang-hoang-giang", giang.EntityId);
        Assert.Equal("Đặng Hoàng Giang", giang.Name);
        Assert.Contains("vice-ministre des Affaires étrangères", giang.Roles);
    }
}
