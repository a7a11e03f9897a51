namespace DiploLens.Evaluation;

/// <summary>How often items of <paramref name="Expected"/> (of one kind) were identified as <paramref name="Predicted"/>, with a few examples.</summary>
public sealed record LangIdConfusion(string Kind, string Expected, string Predicted, int Count, IReadOnlyList<string> Examples);
