namespace DiploLens.Documents;

/// <summary>
/// One article: its text, fixed when extraction creates the Document, and annotation layers that stages add
/// as spans into that text. Removed boilerplate stays beside the text as provenance. A layer is written once.
/// </summary>
public sealed class Document
{
    private readonly Dictionary<string, (LayerKey Key, object Value)> layers = new(StringComparer.Ordinal);

    public Document(string text, DocumentMetadata metadata, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<RemovedSegment>? removed = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(metadata);
        Text = text;
        Metadata = metadata;
        Removed = removed ?? [];
        Set(Layers.Paragraphs, paragraphs);
    }

    public string Text { get; }

    public DocumentMetadata Metadata { get; }

    public IReadOnlyList<RemovedSegment> Removed { get; }

    /// <summary>The layers present, in the order they were added.</summary>
    public IEnumerable<(LayerKey Key, object Value)> AllLayers => layers.Values;

    public bool Has(LayerKey key) => layers.ContainsKey(key.Name);

    public T Get<T>(LayerKey<T> key)
        where T : notnull =>
        layers.TryGetValue(key.Name, out var entry)
            ? (T)entry.Value
            : throw new InvalidOperationException($"Document '{Metadata.Source}' has no '{key.Name}' layer; a stage that produces it must run first.");

    public bool TryGet<T>(LayerKey<T> key, out T value)
        where T : notnull
    {
        if (layers.TryGetValue(key.Name, out var entry))
        {
            value = (T)entry.Value;
            return true;
        }

        value = default!;
        return false;
    }

    public void Set<T>(LayerKey<T> key, T value)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!layers.TryAdd(key.Name, (key, value)))
        {
            throw new InvalidOperationException($"Document '{Metadata.Source}' already has a '{key.Name}' layer; layers are written once.");
        }
    }

    /// <summary>Adds a layer read back from storage, whose type is only known at run time.</summary>
    internal void SetUntyped(LayerKey key, object value) => layers[key.Name] = (key, value);

    public string TextOf(TextSpan span) => span.Of(Text);
}
