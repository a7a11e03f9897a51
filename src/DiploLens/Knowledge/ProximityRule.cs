namespace DiploLens.Knowledge;

/// <summary>Adds <see cref="Weight"/> once when a term of <see cref="A"/> occurs within <see cref="Window"/> tokens of a term of <see cref="B"/>.</summary>
public sealed record ProximityRule(IReadOnlyList<string> A, IReadOnlyList<string> B, int Window, double Weight);
