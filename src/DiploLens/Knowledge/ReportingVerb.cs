namespace DiploLens.Knowledge;

/// <summary>
/// A reporting verb phrase. <see cref="PronounGender"/> is set when the phrase holds its subject pronoun
/// (a-t-il estimé → m); <see cref="SpeakerAfterOnly"/> for cues whose speaker follows (according to X, selon X, theo X).
/// </summary>
public sealed record ReportingVerb(string Phrase, string Language, string? PronounGender, bool SpeakerAfterOnly);
