using DiploLens.Documents;
using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Stages.Entities;

public sealed class EntityRecognizerTests
{
    private static List<EntityMention> Persons(params string[] paragraphs) =>
        Analysed.Paragraphs(paragraphs).Get(Layers.Entities).Where(m => m.Type == "person").ToList();

    [Fact]
    public void Recognize_ShortReferenceMinisterSon_ResolvesToBuiThanhSon()
    {
        var persons = Persons("Foreign Minister Bui Thanh Son met the press.", "Minister Son said the year was busy.");
        var shortRef = Assert.Single(persons, p => p.Kind == MentionKind.ShortReference);
        Assert.Equal("person:bui-thanh-son", shortRef.EntityId);
        Assert.Equal("Bùi Thanh Sơn", shortRef.Name);
    }

    [Theory]
    [InlineData("Bộ trưởng Bùi Thanh Sơn tiếp Đại sứ.", "Ông Sơn nhấn mạnh vai trò của ASEAN.")]
    [InlineData("Le ministre Bui Thanh Son a reçu la délégation.", "M. Son a souligné le rôle de l’ASEAN.")]
    public void Recognize_VietnameseGivenNameConvention_ResolvesShortReference(string first, string second)
    {
        var persons = Persons(first, second);
        Assert.Equal(2, persons.Count);
        Assert.All(persons, p => Assert.Equal("person:bui-thanh-son", p.EntityId));
    }

    [Fact]
    public void Recognize_WesternSurnameConvention_ResolvesShortReference()
    {
        var persons = Persons("TS. Tara Davenport, Giám đốc chương trình luật, trả lời phỏng vấn.", "Bà Davenport cho biết UNCLOS rất quan trọng.");
        Assert.Equal(["person:tara-davenport", "person:tara-davenport"], persons.Select(p => p.EntityId));
        Assert.Equal("f", persons[1].Gender);
    }

    [Fact]
    public void Recognize_ShortReferenceFittingTwoPersons_StatesTheAmbiguity()
    {
        var persons = Persons("Đại sứ Nguyễn Minh Tâm gặp Thứ trưởng Lê Văn Tâm.", "Ông Tâm khẳng định quan hệ tốt đẹp.");
        var shortRef = Assert.Single(persons, p => p.Kind == MentionKind.ShortReference);
        Assert.Null(shortRef.EntityId);
        Assert.Equal(["person:nguyen-minh-tam", "person:le-van-tam"], shortRef.Candidates);
    }

    [Fact]
    public void Recognize_ShortReferenceWithNobodyToMatch_IsLeftOut()
    {
        Assert.Empty(Persons("Minister Son said the year was busy."));
    }

    [Theory]
    [InlineData("Nguyên Phu Trong", "person:nguyen-phu-trong")]
    [InlineData("Nguyễn Phú Trọng", "person:nguyen-phu-trong")]
    [InlineData("Dang Hoàng Giang", "person:dang-hoang-giang")]
    [InlineData("Đặng Hoàng Giang", "person:dang-hoang-giang")]
    public void Recognize_SpellingVariants_ShareOneId(string name, string id)
    {
        var person = Assert.Single(Persons($"Le vice-ministre {name} a reçu la délégation."));
        Assert.Equal(id, person.EntityId);
    }

    [Theory]
    [InlineData("Deputy Minister of Foreign Affairs Do Hung Viet chaired the meeting.", "Do Hung Viet", "Deputy Minister of Foreign Affairs")]
    [InlineData("Le vice-ministre des Affaires étrangères, Pham Quang Hieu, a présidé la réunion.", "Pham Quang Hieu", "vice-ministre des Affaires étrangères")]
    [InlineData("Thứ trưởng Bộ Ngoại giao Đỗ Hùng Việt chủ trì cuộc họp.", "Đỗ Hùng Việt", "Thứ trưởng Bộ Ngoại giao")]
    [InlineData("Đại sứ Việt Nam tại Lào Nguyễn Minh Tâm khẳng định quan hệ tốt đẹp.", "Nguyễn Minh Tâm", "Đại sứ Việt Nam tại Lào")]
    [InlineData("Ambassador Marc Knapper visited Hanoi.", "Marc Knapper", "Ambassador")]
    [InlineData("Bộ trưởng Thương mại Ấn Độ Piyush Goyal thăm Hà Nội.", "Piyush Goyal", "Bộ trưởng Thương mại Ấn Độ")]
    [InlineData("Chủ tịch Thượng viện Pháp Gérard Larcher phát biểu.", "Gérard Larcher", "Chủ tịch Thượng viện Pháp")]
    [InlineData("Chánh án Toà án quốc tế về Luật biển (ITLOS) Tomas Heidar trả lời phỏng vấn.", "Tomas Heidar", "Chánh án Toà án quốc tế về Luật biển (ITLOS)")]
    public void Recognize_TitleThenName_FindsPersonWithRole(string text, string name, string role)
    {
        var document = Analysed.Paragraphs(text);
        var person = Assert.Single(document.Get(Layers.Entities), m => m.Type == "person");
        Assert.Equal(name, document.TextOf(person.Span));
        Assert.Equal([role], person.Roles);
        Assert.True(person.Discovered);
    }

    [Theory]
    [InlineData("Le Vietnam et le Mali ont signé un accord.")]
    [InlineData("La Chine et Le Monde en parlent.")]
    [InlineData("Hà Nội đón tiếp đoàn đại biểu Quảng Ninh.")]
    [InlineData("Phó Chủ tịch Ủy ban quốc gia Việt Nam về Hợp tác kinh tế Thái Bình Dương phát biểu.")]
    [InlineData("Đại sứ quán Canada tổ chức lễ kỷ niệm.")]
    public void Recognize_LookAlikes_FindNoPerson(string text) => Assert.Empty(Persons(text));

    [Theory]
    [InlineData("Kurt Campbell said the partnership was strong.", "person:kurt-campbell")]
    [InlineData("Après la réunion, Gabriel Boric a déclaré que le Chili était prêt.", "person:gabriel-boric")]
    public void Recognize_NameBeforeReportingVerb_IsFound(string text, string id) =>
        Assert.Equal(id, Assert.Single(Persons(text)).EntityId);

    [Theory]
    [InlineData("Foreign Affairs said nothing.")]
    [InlineData("The Ministry said nothing.")]
    [InlineData("New Zealand said it would help.")]
    public void Recognize_CapitalisedNonNamesBeforeAVerb_AreNoPersons(string text) => Assert.Empty(Persons(text));

    [Fact]
    public void Recognize_VietnameseNameWithoutTitle_IsFound()
    {
        var persons = Persons("Theo Trần Hoài, năm 2024 là năm bản lề.");
        Assert.Equal("person:tran-hoai", Assert.Single(persons).EntityId);
    }

    [Fact]
    public void Recognize_GivenNameThatIsACountryName_StaysInsideThePersonsName()
    {
        var document = Analysed.Paragraphs("Đại sứ Nguyễn Nguyệt Nga và Đại sứ quán Nga.");
        var mentions = document.Get(Layers.Entities);
        Assert.Equal("person:nguyen-nguyet-nga", mentions[0].EntityId);
        Assert.Equal("country:ru", mentions[1].EntityId);
    }

    [Fact]
    public void Recognize_AcrossDocuments_DiscoveredPersonKeepsTheSameId()
    {
        var vi = Persons("Thứ trưởng Lê Hoài Trung phát biểu.");
        var en = Persons("Deputy Minister Le Hoai Trung spoke.");
        Assert.Equal(vi[0].EntityId, en[0].EntityId);
    }
}
