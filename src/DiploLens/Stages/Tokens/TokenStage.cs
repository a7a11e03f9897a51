using DiploLens.Analysis;
using DiploLens.Documents;
using DiploLens.Pipeline;

namespace DiploLens.Stages.Tokens;

/// <summary>Tokenizes every sentence with the search analyzer (folded terms, no stopwords removed).</summary>
public sealed class TokenStage(LanguageData data) : IStage
{
    public const string StageName = "tokens";

    public string Name => StageName;

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Sentences];

    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Tokens];

    public LanguageData Data { get; } = data;

    public void Process(Document document)
    {
        var tokens = new List<Token>();
        foreach (var sentence in document.Get(Layers.Sentences))
        {
            tokens.AddRange(Analyzer.Search.Analyze(document.Text, sentence.Span));
        }

        document.Set(Layers.Tokens, tokens);
    }
}
