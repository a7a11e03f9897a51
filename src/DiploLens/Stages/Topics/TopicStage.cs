using DiploLens.Documents;
using DiploLens.Knowledge;
using DiploLens.Pipeline;

namespace DiploLens.Stages.Topics;

/// <summary>Scores the topic taxonomy with <see cref="TopicScorer"/>.</summary>
public sealed class TopicStage(KnowledgeData data, AnalysisOptions options) : IStage
{
    public const string StageName = "topics";

    private readonly TopicScorer scorer = new(data.Topics, options);

    public string Name => StageName;

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Topics];

    public void Process(Document document) =>
        document.Set(Layers.Topics, scorer.Score(Entities.EntityStage.SequenceOf(document)));
}
