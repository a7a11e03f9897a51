using DiploLens.Search;

namespace DiploLens.Tests.Search;

public sealed class QueryExpansionTests
{
    private static readonly ConceptLabelTable Labels = new(
    [
        ["United Nations", "ONU", "Organisation des Nations unies", "Liên hợp quốc", "UN"],
        ["Association of Southeast Asian Nations", "ASEAN", "Hiệp hội các quốc gia Đông Nam Á"],
    ]);

    [Theory]
    [InlineData("ONU", "+(ONU|\"United Nations\"|\"Organisation des Nations unies\"|\"Liên hợp quốc\"|UN)")]
    [InlineData("Lien hop quoc", "+(\"Lien hop quoc\"|\"United Nations\"|ONU|\"Organisation des Nations unies\"|UN)")]
    [InlineData("united nations climate", "+(\"united nations\"|ONU|\"Organisation des Nations unies\"|\"Liên hợp quốc\"|UN) +(climate)")]
    [InlineData("-ONU climat", "-(ONU) +(climat)")]
    [InlineData("ON*", "+(ON*)")]
    [InlineData("ONU expand:off", "+(ONU) expand:off")]
    [InlineData("climat", "+(climat)")]
    public void Expand_Query_AddsOtherLanguageLabels(string query, string expected)
    {
        Assert.Equal(expected, QueryParserTests.Describe(QueryExpansion.Expand(QueryParser.Parse(query), Labels)));
    }

    [Fact]
    public void Expand_EmptyTable_ChangesNothing()
    {
        var query = QueryParser.Parse("ONU \"Liên hợp quốc\"");
        Assert.Same(query.Clauses[0].Alternatives[0], QueryExpansion.Expand(query, ConceptLabelTable.Empty).Clauses[0].Alternatives[0]);
    }

    [Fact]
    public void Load_JsonArrayOfLabels_BuildsTable()
    {
        using var json = new MemoryStream("[[\"ONU\",\"United Nations\"]]"u8.ToArray());
        var table = ConceptLabelTable.Load(json);
        Assert.Equal(["United Nations"], table.OtherLabels("onu"));
    }
}
