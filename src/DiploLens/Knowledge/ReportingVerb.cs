namespace DiploLens.Knowledge;

/// <summary>
/// A reporting verb phrase. <see cref="PronounGender"/> is set when the phrase holds its subject pronoun
/// (a-t-il estimé → m); <see cref="SpeakerAfterOnly"/> for cues whose speaker follows (according to X, selon X, theo X).
/// </summary>
public sealed record ReportingVerb(string Phrase, string Language, string? PronounGender, bool SpeakerAfterOnly)
{
    /// <summary>
    /// For Vietnamese phrases, the words as written: tones carry meaning there (nói "say" folds like Nội in Hà Nội),
    /// so these must match with their accents; null for languages matched on folded words.
    /// </summary>
    public string[]? Written { get; init; }
}
