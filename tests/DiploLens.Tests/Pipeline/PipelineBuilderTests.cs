using DiploLens.Documents;
using DiploLens.Pipeline;
using DiploLens.Tests.TestKit;

namespace DiploLens.Tests.Pipeline;

public sealed class PipelineBuilderTests
{
    [Fact]
    public void Build_StageWhoseRequirementNothingProduces_FailsNamingLayerAndStage()
    {
        var builder = new PipelineBuilder().Use("tokens");
        var error = Assert.Throws<PipelineConfigurationException>(() => builder.Build());
        Assert.Contains("'tokens'", error.Message);
        Assert.Contains("'sentences'", error.Message);
    }

    [Fact]
    public void Build_TwoStagesProducingTheSameLayer_Fails()
    {
        var builder = new PipelineBuilder().Use("sentences").Use("sentences");
        var error = Assert.Throws<PipelineConfigurationException>(() => builder.Build());
        Assert.Contains("already produces", error.Message);
    }

    [Fact]
    public void Build_UnknownStageName_ListsTheKnownOnes()
    {
        var error = Assert.Throws<ArgumentException>(() => new PipelineBuilder().Use("sentiment"));
        Assert.Contains("sentences", error.Message);
    }

    [Fact]
    public void CreateDefault_RunsEveryStageInCatalogOrder()
    {
        var pipeline = AnalysisPipeline.CreateDefault();
        Assert.Equal(StageCatalog.Default.Names, pipeline.Stages.Select(s => s.Name));
        var document = pipeline.Run(Docs.FromParagraphs("M. Son est arrivé. Il a parlé."));
        Assert.Equal(2, document.Get(Layers.Sentences).Count);
        Assert.True(document.Has(Layers.Tokens));
    }

    [Fact]
    public void Run_WithTimings_AddsTicksForEachStage()
    {
        var pipeline = new PipelineBuilder().Use("sentences").Build();
        var ticks = new long[1];
        pipeline.Run(Docs.FromParagraphs("One. Two."), ticks);
        Assert.True(ticks[0] > 0);
    }

    [Fact]
    public void Signature_ChangesWithTheStages() =>
        Assert.NotEqual(new PipelineBuilder().Use("sentences").Build().Signature, AnalysisPipeline.CreateDefault().Signature);

    [Fact]
    public void CustomStage_ReadsWhatAnEarlierStageWrote()
    {
        var pipeline = new PipelineBuilder().Use("sentences").Use(new CountingStage()).Build();
        var document = pipeline.Run(Docs.FromParagraphs("One. Two. Three."));
        Assert.Equal(3, document.Get(CountingStage.Count));
    }

    private sealed class CountingStage : IStage
    {
        public static readonly LayerKey<int> Count = new("test-sentence-count", persisted: false);

        public string Name => "count";

        public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Sentences];

        public IReadOnlyList<LayerKey> Produces { get; } = [Count];

        public void Process(Document document) => document.Set(Count, document.Get(Layers.Sentences).Count);
    }
}
