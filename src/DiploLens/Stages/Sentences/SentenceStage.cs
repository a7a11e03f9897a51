using DiploLens.Analysis;
using DiploLens.Documents;
using DiploLens.Pipeline;

namespace DiploLens.Stages.Sentences;

/// <summary>Splits every paragraph into sentences with <see cref="SentenceSplitter"/>, knowing the abbreviations of all languages.</summary>
public sealed class SentenceStage(LanguageData data) : IStage
{
    public const string StageName = "sentences";

    private readonly SentenceSplitter splitter = new(data.AllAbbreviations);

    public string Name => StageName;

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Paragraphs];

    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Sentences];

    public void Process(Document document)
    {
        var sentences = new List<Sentence>();
        foreach (var paragraph in document.Get(Layers.Paragraphs))
        {
            foreach (var span in splitter.Split(document.Text, paragraph.Span))
            {
                sentences.Add(new Sentence(span));
            }
        }

        document.Set(Layers.Sentences, sentences);
    }
}
