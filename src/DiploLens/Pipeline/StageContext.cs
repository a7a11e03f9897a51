using DiploLens.Analysis;

namespace DiploLens.Pipeline;

/// <summary>What a stage factory may use to build a stage: the options and the data the stages load.</summary>
public sealed record StageContext(AnalysisOptions Options, LanguageData LanguageData)
{
    public static StageContext Default { get; } = new(AnalysisOptions.Default, LanguageData.Embedded);
}
