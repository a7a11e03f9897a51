namespace DiploLens.Evaluation;

/// <summary>Snippet scores overall and for French pages, title and date accuracy (with the number of pages having gold values), failures, and per-page snippet mistakes.</summary>
public sealed record TrafilaturaReport(
    SnippetRow Overall,
    SnippetRow French,
    double TitleAccuracy,
    int TitleItems,
    double DateAccuracy,
    double DateCoverage,
    int DateItems,
    IReadOnlyList<string> Failures,
    IReadOnlyList<string> Mistakes);
