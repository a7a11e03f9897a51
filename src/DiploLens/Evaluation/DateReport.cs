namespace DiploLens.Evaluation;

/// <summary>Publication-date scores overall and per site language, how many dates each source gave, and failures.</summary>
public sealed record DateReport(DateLanguageRow Overall, IReadOnlyList<DateLanguageRow> ByLanguage, IReadOnlyDictionary<string, int> Sources, IReadOnlyList<string> Failures);
