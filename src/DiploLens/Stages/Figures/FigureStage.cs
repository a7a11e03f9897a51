using DiploLens.Documents;
using DiploLens.Knowledge;
using DiploLens.Pipeline;
using DiploLens.Stages.Entities;

namespace DiploLens.Stages.Figures;

/// <summary>Finds quantities with <see cref="FigureFinder"/>, skipping numbers inside entity names.</summary>
public sealed class FigureStage(KnowledgeData data, AnalysisOptions options) : IStage
{
    public const string StageName = "figures";

    private readonly FigureFinder finder = new(data.Figures, options);

    public string Name => StageName;

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Tokens, Layers.Sentences, Layers.Entities];

    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Figures];

    public void Process(Document document) =>
        document.Set(Layers.Figures, finder.Find(EntityStage.SequenceOf(document), document.Get(Layers.Entities)));
}
