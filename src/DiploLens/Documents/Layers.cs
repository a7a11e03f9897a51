namespace DiploLens.Documents;

/// <summary>Every annotation layer the library knows, by name. A stage's requirements and products are drawn from here.</summary>
public static class Layers
{
    /// <summary>Blocks of the body; produced by extraction when the Document is created.</summary>
    public static readonly LayerKey<IReadOnlyList<Paragraph>> Paragraphs = new("paragraphs");

    /// <summary>Document and paragraph languages; produced by the language stage.</summary>
    public static readonly LayerKey<LanguageAnnotation> Language = new("language");

    public static readonly LayerKey<IReadOnlyList<Sentence>> Sentences = new("sentences");

    /// <summary>Publication and modification dates and the dates mentioned in the text; produced by the date stage.</summary>
    public static readonly LayerKey<DateAnnotation> Dates = new("dates");

    /// <summary>Tokens with folded terms; recomputed on demand, not stored.</summary>
    public static readonly LayerKey<IReadOnlyList<Token>> Tokens = new("tokens", persisted: false);

    /// <summary>Entity mentions (knowledge-base entities and discovered persons), by position; produced by the entities stage.</summary>
    public static readonly LayerKey<IReadOnlyList<EntityMention>> Entities = new("entities");

    /// <summary>Direct quotes and reported speech with their speakers; produced by the quotations stage.</summary>
    public static readonly LayerKey<IReadOnlyList<Quotation>> Quotations = new("quotations");

    /// <summary>Topics whose rules reached their threshold, best first, each with its evidence; produced by the topics stage.</summary>
    public static readonly LayerKey<IReadOnlyList<TopicScore>> Topics = new("topics");

    /// <summary>Quantities with what they count; produced by the figures stage.</summary>
    public static readonly LayerKey<IReadOnlyList<Figure>> Figures = new("figures");

    /// <summary>The layers every Document has from creation.</summary>
    public static IReadOnlyList<LayerKey> Initial { get; } = [Paragraphs];

    internal static void EnsureRegistered()
    {
        // Touching a static field runs the type initialiser, which registers every key above.
        _ = Paragraphs;
    }
}
