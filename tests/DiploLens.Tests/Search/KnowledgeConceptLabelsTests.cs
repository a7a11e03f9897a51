using DiploLens.Knowledge;
using DiploLens.Search;
using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Search;

public sealed class KnowledgeConceptLabelsTests
{
    private static readonly ConceptLabelTable Labels = ConceptLabelTable.FromKnowledge(KnowledgeData.Embedded.Base);

    [Theory]
    [InlineData("ONU", "United Nations")]
    [InlineData("ONU", "Liên hợp quốc")]
    [InlineData("Lien hop quoc", "United Nations")]
    [InlineData("ANASE", "ASEAN")]
    [InlineData("diplomatie multilatérale", "multilateral diplomacy")]
    public void OtherLabels_KnowledgeBaseLabel_GivesItsLabelsInOtherLanguages(string typed, string expected) =>
        Assert.Contains(expected, Labels.OtherLabels(typed));

    [Theory]
    [InlineData("un")]
    [InlineData("eu")]
    [InlineData("coopération")]
    public void OtherLabels_EverydayWord_ExpandsNothing(string typed) => Assert.Empty(Labels.OtherLabels(typed));

    [Fact]
    public async Task Search_Onu_FindsTheEnglishAndVietnameseSeedsThroughTheKnowledgeBase()
    {
        using var folder = new TempFolder();
        await using var store = await StoreBuilder.OpenAsync(folder.File("s.db"));
        await new DiploLens.Ingest.ArticleIngest(store, DiploLens.Pipeline.AnalysisPipeline.CreateDefault(), DiploLens.Extraction.ArticleExtraction.Default, DiploLens.Pipeline.AnalysisOptions.Default).RunAsync([Paths.Samples]);
        var expanded = await new NewsSearch(store, Labels).SearchAsync("ONU", new SearchPaging(), expand: true);
        var plain = await new NewsSearch(store, Labels).SearchAsync("ONU", new SearchPaging(), expand: false);
        Assert.Equal(["fr"], plain.Items.Select(h => h.Language).Distinct());
        Assert.Equal(["en", "fr", "vi"], expanded.Items.Select(h => h.Language).Distinct().Order());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
