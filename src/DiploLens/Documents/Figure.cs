namespace DiploLens.Documents;

/// <summary>
/// A quantity and what it counts: <c>15 foreign visits</c> → value 15, counted "foreign visits"; <c>31e Conférence
/// diplomatique</c> → ordinal 31; <c>2023-2025 term</c> → range 2023 to 2025. <see cref="Span"/> covers number, qualifier and noun.
/// </summary>
public sealed record Figure(TextSpan Span, FigureKind Kind, double Value, string Counted)
{
    /// <summary>Upper bound of a range (<c>2023-2025</c>), else null.</summary>
    public double? UpperValue { get; init; }

    /// <summary>A qualifier before the number (over, plus de, hơn, about), folded, else null.</summary>
    public string? Qualifier { get; init; }
}
