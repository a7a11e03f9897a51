using System.Runtime.CompilerServices;
using DiploLens.Documents;
using DiploLens.Knowledge;
using DiploLens.Pipeline;

namespace DiploLens.Stages.Entities;

/// <summary>Finds entity mentions with <see cref="EntityRecognizer"/>.</summary>
public sealed class EntityStage(KnowledgeData data, AnalysisOptions options) : IStage
{
    public const string StageName = "entities";

    // The later stages reuse the prepared token sequence of a document instead of rebuilding it.
    private static readonly ConditionalWeakTable<Document, TokenSequence> Sequences = new();

    private readonly EntityRecognizer recognizer = new(data, options);

    public string Name => StageName;

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Entities];

    public void Process(Document document) => document.Set(Layers.Entities, recognizer.Recognize(SequenceOf(document)));

    /// <summary>The document's tokens prepared for phrase matching, built once per document.</summary>
    public static TokenSequence SequenceOf(Document document) =>
        Sequences.GetValue(document, d => new TokenSequence(d.Text, d.Get(Layers.Tokens), d.Get(Layers.Sentences)));
}
