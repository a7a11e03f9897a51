namespace DiploLens.Pipeline;

/// <summary>The one list of stages by name, in their default order. Hosts and the builder look stages up here.</summary>
public sealed class StageCatalog
{
    private readonly List<(string Name, Func<StageContext, IStage> Create)> entries = [];

    public static StageCatalog Default { get; } = CreateDefault();

    public IReadOnlyList<string> Names => entries.Select(e => e.Name).ToList();

    public StageCatalog Register(string name, Func<StageContext, IStage> create)
    {
        if (entries.Any(e => e.Name == name))
        {
            throw new ArgumentException($"A stage named '{name}' is already registered.", nameof(name));
        }

        entries.Add((name, create));
        return this;
    }

    public IStage Create(string name, StageContext context)
    {
        foreach (var (entryName, create) in entries)
        {
            if (entryName == name)
            {
                return create(context);
            }
        }

        throw new ArgumentException($"No stage named '{name}'. Known stages: {string.Join(", ", Names)}.", nameof(name));
    }

    private static StageCatalog CreateDefault() => new StageCatalog()
        .Register(Stages.Language.LanguageStage.StageName, c => new Stages.Language.LanguageStage(Language.LanguageDetector.WithSample(c.Options.LanguageSampleChars), c.Options))
        .Register(Stages.Sentences.SentenceStage.StageName, c => new Stages.Sentences.SentenceStage(c.LanguageData))
        .Register(Stages.Dates.DateStage.StageName, c => new Stages.Dates.DateStage(Extraction.Dates.DateParser.Default, c.Time))
        .Register(Stages.Tokens.TokenStage.StageName, c => new Stages.Tokens.TokenStage(c.LanguageData))
        .Register(Stages.Entities.EntityStage.StageName, c => new Stages.Entities.EntityStage(c.Knowledge, c.Options))
        .Register(Stages.Quotations.QuotationStage.StageName, c => new Stages.Quotations.QuotationStage(c.Knowledge, c.Options))
        .Register(Stages.Topics.TopicStage.StageName, c => new Stages.Topics.TopicStage(c.Knowledge, c.Options))
        .Register(Stages.Figures.FigureStage.StageName, c => new Stages.Figures.FigureStage(c.Knowledge, c.Options));
}
