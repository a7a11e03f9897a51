using DiploLens.Analysis;
using DiploLens.Documents;
using DiploLens.Extraction;
using DiploLens.Ingest;
using DiploLens.Pipeline;
using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Stages.Topics;

public sealed class TopicScorerTests
{
    [Theory]
    [InlineData("Biến đổi khí hậu và an ninh lương thực là thách thức lớn.", "nts.climate-change nts.food-security")]
    [InlineData("Climate change threatens food security.", "nts.climate-change nts.food-security")]
    [InlineData("Le changement climatique menace la sécurité alimentaire.", "nts.climate-change nts.food-security")]
    [InlineData("The border was closed for two days.", "")]
    [InlineData("Border and territorial issues were discussed.", "borders-territory")]
    [InlineData("Diseases spread in the region.", "")]
    [InlineData("Non-traditional challenges such as climate change and diseases grow.", "nts.climate-change nts.epidemics nts.umbrella")]
    public void Score_WeightsThresholdsAndProximity_DecideTheTopics(string text, string expected)
    {
        var topics = Analysed.Paragraphs(text).Get(Layers.Topics).Select(t => t.Id).Order();
        Assert.Equal(expected, string.Join(' ', topics));
    }

    [Fact]
    public void Score_UserTopicFileInKnowledgeDirectory_AddsTopicWithoutRebuild()
    {
        using var folder = new TempFolder();
        folder.Write("knowledge/topics.json", """
            {"source": "test", "topics": [
              {"id": "mekong", "group": "water", "names": {"en": "Mekong"}, "threshold": 1.5,
               "terms": {"Mekong": 1, "Mê Công": 1, "dam": 0.5},
               "all": [["Mekong", "Mê Công"]], "not": ["football"]}
            ]}
            """);
        var context = StageContext.WithDataOverrides(folder.Path);
        var pipeline = AnalysisPipeline.CreateDefault(context);
        Document Run(string text) => pipeline.Run(Docs.FromParagraphs(text));
        Assert.Equal(["mekong"], Run("A new dam on the Mekong worries Vietnam.").Get(Layers.Topics).Select(t => t.Id));
        Assert.Empty(Run("A new dam on the Mekong worries football fans.").Get(Layers.Topics));
        Assert.Empty(Run("A new dam worries Vietnam.").Get(Layers.Topics));
        Assert.Empty(Run("The Mekong is long.").Get(Layers.Topics));
    }

    [Fact]
    public void Load_TopicFileWithSyntaxError_NamesFileAndLine()
    {
        using var folder = new TempFolder();
        folder.Write("knowledge/topics.json", "{\"source\": \"test\",\n \"topics\": [\n {\"id\": \"x\",, }\n]}");
        var e = Assert.Throws<DiploLens.Knowledge.KnowledgeException>(() => DiploLens.Knowledge.KnowledgeData.For(DataFiles.WithOverrides(folder.Path)));
        Assert.Equal(3, e.Line);
        Assert.EndsWith("topics.json", e.File);
    }
}
