using System.Diagnostics;
using DiploLens.Documents;

namespace DiploLens.Pipeline;

/// <summary>An ordered, checked list of stages: <c>document = stage(document)</c> for each. Immutable and thread-safe.</summary>
public sealed class AnalysisPipeline
{
    private readonly IStage[] stages;

    internal AnalysisPipeline(IStage[] stages) => this.stages = stages;

    /// <summary>
    /// Bumped whenever a stage's output changes for the same input, so a re-ingest re-analyses stored articles
    /// instead of calling them unchanged.
    /// </summary>
    public const int AnalysisVersion = 1;

    public IReadOnlyList<IStage> Stages => stages;

    /// <summary>Identifies what analysed an article: the stage names and <see cref="AnalysisVersion"/>.</summary>
    public string Signature => $"v{AnalysisVersion}:{string.Join('+', stages.Select(s => s.Name))}";

    /// <summary>A pipeline with every default stage.</summary>
    public static AnalysisPipeline CreateDefault(StageContext? context = null) =>
        new PipelineBuilder(context).UseDefaults().Build();

    public Document Run(Document document)
    {
        foreach (var stage in stages)
        {
            stage.Process(document);
        }

        return document;
    }

    /// <summary>Runs the stages and adds each one's elapsed ticks to <paramref name="ticksPerStage"/> (same order as <see cref="Stages"/>).</summary>
    public Document Run(Document document, long[] ticksPerStage)
    {
        for (var i = 0; i < stages.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            stages[i].Process(document);
            ticksPerStage[i] += Stopwatch.GetTimestamp() - start;
        }

        return document;
    }
}
