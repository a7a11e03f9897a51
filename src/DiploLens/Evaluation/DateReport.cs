namespace DiploLens.Evaluation;

/// <summary>Publication-date scores overall and per site language, how many dates each source gave, failures, and the wrong or missing dates (<c>file gold → predicted (source)</c>).</summary>
public sealed record DateReport(DateLanguageRow Overall, IReadOnlyList<DateLanguageRow> ByLanguage, IReadOnlyDictionary<string, int> Sources, IReadOnlyList<string> Failures, IReadOnlyList<string> Mistakes);
