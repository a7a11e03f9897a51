using DiploLens.Documents;
using DiploLens.Language;
using DiploLens.Pipeline;

namespace DiploLens.Stages.Language;

/// <summary>
/// Identifies the language of every paragraph with <see cref="LanguageDetector"/>, then of the document as a vote of
/// its paragraphs weighted by their letters: a French article quoting one English paragraph stays French, and a short
/// credit line or a Vietnamese name cannot outvote the body. Below <see cref="AnalysisOptions.LanguageMinLetters"/>
/// letters or <see cref="AnalysisOptions.LanguageMinConfidence"/> a paragraph or the document is <c>und</c>.
/// The declared language (metadata) is not used: sources often declare a site-wide default that is wrong for the page.
/// </summary>
public sealed class LanguageStage(LanguageDetector detector, AnalysisOptions options) : IStage
{
    public const string StageName = "language";

    private const int MaxCandidates = 5;

    public string Name => StageName;

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Paragraphs];

    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Language];

    public void Process(Document document)
    {
        var paragraphs = new List<SpanLanguage>();
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        var totalLetters = 0;
        foreach (var paragraph in document.Get(Layers.Paragraphs))
        {
            var text = document.TextOf(paragraph.Span);
            var letters = ScriptDetector.Dominant(text).Letters;
            var guesses = detector.Rank(text, MaxCandidates);
            var best = guesses[0];
            var undetermined = letters < options.LanguageMinLetters || best.Language == LanguageDetector.Undetermined || best.Confidence < options.LanguageMinConfidence;
            paragraphs.Add(undetermined
                ? new SpanLanguage(paragraph.Span, LanguageDetector.Undetermined, best.Confidence)
                : new SpanLanguage(paragraph.Span, best.Language, best.Confidence));
            if (best.Language == LanguageDetector.Undetermined)
            {
                continue;
            }

            totalLetters += letters;
            foreach (var guess in guesses)
            {
                votes[guess.Language] = votes.GetValueOrDefault(guess.Language) + (letters * guess.Confidence);
            }
        }

        var total = votes.Values.Sum();
        var candidates = votes
            .OrderByDescending(v => v.Value)
            .ThenBy(v => v.Key, StringComparer.Ordinal)
            .Take(MaxCandidates)
            .Select(v => new LanguageGuess(v.Key, Math.Round(v.Value / total, 4)))
            .ToList();
        if (candidates.Count == 0 || totalLetters < options.LanguageMinLetters || candidates[0].Confidence < options.LanguageMinConfidence)
        {
            var confidence = candidates.Count == 0 ? 0 : candidates[0].Confidence;
            document.Set(Layers.Language, new LanguageAnnotation(LanguageDetector.Undetermined, confidence, candidates, paragraphs));
            return;
        }

        document.Set(Layers.Language, new LanguageAnnotation(candidates[0].Language, candidates[0].Confidence, candidates, paragraphs));
    }
}
