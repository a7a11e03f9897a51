namespace DiploLens.Analysis;

/// <summary>Lower-cases and removes diacritics through <see cref="TextFolder"/> (đ→d included).</summary>
public sealed class FoldFilter : ITokenFilter
{
    public static FoldFilter Instance { get; } = new();

    public string? Apply(string term) => TextFolder.Fold(term);
}
