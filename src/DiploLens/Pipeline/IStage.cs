using DiploLens.Documents;

namespace DiploLens.Pipeline;

/// <summary>
/// One analysis step. It reads the layers in <see cref="Requires"/> and writes those in <see cref="Produces"/>;
/// the builder checks the order once, so <see cref="Process"/> may assume its requirements are present.
/// Stages do no I/O and must be safe to call from several threads on different Documents.
/// </summary>
public interface IStage
{
    string Name { get; }

    IReadOnlyList<LayerKey> Requires { get; }

    IReadOnlyList<LayerKey> Produces { get; }

    void Process(Document document);
}
