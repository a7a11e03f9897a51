using DiploLens.Documents;
using DiploLens.Knowledge;
using DiploLens.Pipeline;
using DiploLens.Stages.Entities;

namespace DiploLens.Stages.Quotations;

/// <summary>Finds direct quotes and reported speech with their speakers using <see cref="QuotationFinder"/>.</summary>
public sealed class QuotationStage(KnowledgeData data, AnalysisOptions options) : IStage
{
    public const string StageName = "quotations";

    private readonly QuotationFinder finder = new(data, options);

    public string Name => StageName;

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Tokens, Layers.Sentences, Layers.Entities];

    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Quotations];

    public void Process(Document document) =>
        document.Set(Layers.Quotations, finder.Find(EntityStage.SequenceOf(document), document.Get(Layers.Paragraphs), document.Get(Layers.Entities)));
}
