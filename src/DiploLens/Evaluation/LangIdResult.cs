namespace DiploLens.Evaluation;

/// <summary>The outcome of <see cref="LangIdEvaluation"/>: a score per language and kind, and the errors grouped by confusion, most frequent first.</summary>
public sealed record LangIdResult(IReadOnlyList<LangIdScore> Scores, IReadOnlyList<LangIdConfusion> Confusions)
{
    public LangIdScore? Find(string language, string kind) =>
        Scores.FirstOrDefault(s => s.Language == language && s.Kind == kind);
}
