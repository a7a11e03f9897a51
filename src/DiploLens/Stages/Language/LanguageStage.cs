using DiploLens.Documents;
using DiploLens.Language;
using DiploLens.Pipeline;

namespace DiploLens.Stages.Language;

/// <summary>
/// Identifies the language of every paragraph with <see cref="LanguageDetector"/>, then of the document as a vote of
/// its paragraphs weighted by their letters: a French article quoting one English paragraph stays French, and a short
/// credit line or a Vietnamese name cannot outvote the body. Below <see cref="AnalysisOptions.LanguageMinLetters"/>
/// letters or <see cref="AnalysisOptions.LanguageMinConfidence"/> a paragraph or the document is <c>und</c>.
/// The declared language (metadata) is weak evidence only: sources often declare a site-wide default that is wrong for
/// the page, so it never overrides the text; it is taken only when the text cannot tell (the document would be <c>und</c>),
/// with confidence 0 to show that nothing in the text supports it.
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
            var declared = DeclaredCode(document.Metadata.DeclaredLanguage);
            var fallback = declared is not null && detector.Model.Codes.Contains(declared) ? declared : LanguageDetector.Undetermined;
            var confidence = fallback != LanguageDetector.Undetermined || candidates.Count == 0 ? 0 : candidates[0].Confidence;
            document.Set(Layers.Language, new LanguageAnnotation(fallback, confidence, candidates, paragraphs));
            return;
        }

        document.Set(Layers.Language, new LanguageAnnotation(candidates[0].Language, candidates[0].Confidence, candidates, paragraphs));
    }

    // "fr-FR", "FR", "en_GB" → the ISO 639-1 part, lower-cased; null when nothing was declared.
    private static string? DeclaredCode(string? declared)
    {
        if (string.IsNullOrWhiteSpace(declared))
        {
            return null;
        }

        var code = declared.Trim();
        var cut = code.IndexOfAny(['-', '_']);
        return (cut > 0 ? code[..cut] : code).ToLowerInvariant();
    }
}
