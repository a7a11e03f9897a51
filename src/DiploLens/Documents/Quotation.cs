namespace DiploLens.Documents;

/// <summary>
/// A quotation: <see cref="Span"/> is the quoted or reported content; <see cref="CueSpan"/> the reporting verb
/// (absent for a direct quote introduced by a colon). The speaker is an entity id when resolved (a pronoun or
/// "le vice-ministre" resolves to the nearest compatible person), else null with <see cref="SpeakerText"/> as written.
/// </summary>
public sealed record Quotation(TextSpan Span, QuotationKind Kind, string? SpeakerId, string? Speaker)
{
    public TextSpan? SpeakerSpan { get; init; }

    /// <summary>The words naming the speaker at this quote (a name, a pronoun, "the official").</summary>
    public string? SpeakerText { get; init; }

    public TextSpan? CueSpan { get; init; }

    /// <summary>The reporting verb as written in the data (a déclaré, khẳng định, said).</summary>
    public string? Cue { get; init; }
}
