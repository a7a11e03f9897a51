using DiploLens.Documents;

namespace DiploLens.Pipeline;

/// <summary>
/// Collects stages and builds an immutable <see cref="AnalysisPipeline"/>, checking once that every stage's
/// requirements are produced by extraction or by an earlier stage.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IStage> stages = [];
    private readonly StageCatalog catalog;
    private readonly StageContext context;

    public PipelineBuilder(StageContext? context = null, StageCatalog? catalog = null)
    {
        this.context = context ?? StageContext.Default;
        this.catalog = catalog ?? StageCatalog.Default;
    }

    public PipelineBuilder Use(IStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        stages.Add(stage);
        return this;
    }

    public PipelineBuilder Use(string stageName) => Use(catalog.Create(stageName, context));

    /// <summary>Every stage of the catalog, in catalog order.</summary>
    public PipelineBuilder UseDefaults()
    {
        foreach (var name in catalog.Names)
        {
            Use(name);
        }

        return this;
    }

    public AnalysisPipeline Build()
    {
        var available = new HashSet<string>(Layers.Initial.Select(k => k.Name), StringComparer.Ordinal);
        var producedBy = Layers.Initial.ToDictionary(k => k.Name, _ => "extraction", StringComparer.Ordinal);
        foreach (var stage in stages)
        {
            foreach (var need in stage.Requires)
            {
                if (!available.Contains(need.Name))
                {
                    var before = producedBy.Values.Distinct().ToList();
                    throw new PipelineConfigurationException(
                        $"Stage '{stage.Name}' requires layer '{need.Name}', which nothing before it produces " +
                        $"(before it: {string.Join(", ", before)}). Add a stage that produces '{need.Name}' earlier.");
                }
            }

            foreach (var output in stage.Produces)
            {
                if (!available.Add(output.Name))
                {
                    throw new PipelineConfigurationException(
                        $"Stage '{stage.Name}' produces layer '{output.Name}', which '{producedBy[output.Name]}' already produces.");
                }

                producedBy[output.Name] = stage.Name;
            }
        }

        return new AnalysisPipeline(stages.ToArray());
    }
}
