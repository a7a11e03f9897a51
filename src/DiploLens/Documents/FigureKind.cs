namespace DiploLens.Documents;

/// <summary>What sort of number a figure is.</summary>
public enum FigureKind
{
    Count,
    Ordinal,
    Range,
    Percent,
}
