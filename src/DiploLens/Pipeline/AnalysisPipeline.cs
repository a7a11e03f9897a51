using System.Diagnostics;
using DiploLens.Documents;

namespace DiploLens.Pipeline;

/// <summary>An ordered, checked list of stages: <c>document = stage(document)</c> for each. Immutable and thread-safe.</summary>
public sealed class AnalysisPipeline
{
    private readonly IStage[] stages;

    internal AnalysisPipeline(IStage[] stages) => this.stages = stages;

    public IReadOnlyList<IStage> Stages => stages;

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
