using DiploLens.Analysis;

namespace DiploLens.Pipeline;

/// <summary>
/// What a stage factory may use to build a stage: the options, the data the stages load, and the clock
/// (<see cref="Time"/>; dates without a year resolve against its today; tests pass a fixed one).
/// </summary>
public sealed record StageContext(AnalysisOptions Options, LanguageData LanguageData)
{
    public static StageContext Default { get; } = new(AnalysisOptions.Default, LanguageData.Embedded);

    public TimeProvider Time { get; init; } = TimeProvider.System;
}
