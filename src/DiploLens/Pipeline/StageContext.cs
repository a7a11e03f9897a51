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

    /// <summary>The knowledge base and rules, read from the same data files as <see cref="LanguageData"/> (loaded once per data source).</summary>
    public Knowledge.KnowledgeData Knowledge => DiploLens.Knowledge.KnowledgeData.For(LanguageData.Files);

    /// <summary>A context whose data files (language data and knowledge) come from <paramref name="directory"/> over the embedded copy.</summary>
    public static StageContext WithDataOverrides(string directory, AnalysisOptions? options = null) =>
        new(options ?? AnalysisOptions.Default, new LanguageData(DataFiles.WithOverrides(directory)));
}
