using System.Runtime.CompilerServices;
using DiploLens.Analysis;

namespace DiploLens.Knowledge;

/// <summary>
/// Everything the entity, quotation, topic and figure stages read from <c>Data/knowledge/</c>, loaded and validated
/// once per <see cref="DataFiles"/> (the embedded copy, or a user directory given with <c>--knowledge DIR</c>).
/// </summary>
public sealed class KnowledgeData
{
    private static readonly ConditionalWeakTable<DataFiles, KnowledgeData> Cache = new();

    private KnowledgeData(DataFiles files)
    {
        Base = KnowledgeBase.Load(files);
        Gazetteer = new Gazetteer(Base);
        Names = NameRules.Load(files);
        Verbs = ReportingVerbs.Load(files, Names);
        Topics = TopicRules.Load(files);
        Figures = FigureRules.Load(files);
    }

    public KnowledgeBase Base { get; }

    public Gazetteer Gazetteer { get; }

    public NameRules Names { get; }

    public ReportingVerbs Verbs { get; }

    public TopicRules Topics { get; }

    public FigureRules Figures { get; }

    public static KnowledgeData Embedded => For(DataFiles.Embedded);

    /// <summary>The knowledge data of <paramref name="files"/>, loaded on first use; throws <see cref="KnowledgeException"/> for a bad file.</summary>
    public static KnowledgeData For(DataFiles files) => Cache.GetValue(files, f => new KnowledgeData(f));
}
