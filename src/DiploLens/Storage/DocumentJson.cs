using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using DiploLens.Documents;

namespace DiploLens.Storage;

/// <summary>
/// A Document as JSON: <c>{ text, metadata, removed, layers: { name: value } }</c>, snake_case, spans as
/// <c>{start, end}</c>. Layers marked not persisted are left out; layers of unknown name are skipped on reading.
/// </summary>
public static class DocumentJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static JsonObject ToJson(Document document)
    {
        var layers = new JsonObject();
        foreach (var (key, value) in document.AllLayers)
        {
            if (key.Persisted)
            {
                layers[key.Name] = JsonSerializer.SerializeToNode(value, key.ValueType, Options);
            }
        }

        return new JsonObject
        {
            ["text"] = document.Text,
            ["metadata"] = JsonSerializer.SerializeToNode(document.Metadata, Options),
            ["removed"] = JsonSerializer.SerializeToNode(document.Removed, Options),
            ["layers"] = layers,
        };
    }

    public static string Serialize(Document document) => ToJson(document).ToJsonString(Options);

    public static Document Deserialize(string json)
    {
        var root = JsonNode.Parse(json)?.AsObject() ?? throw new JsonException("A stored document is not a JSON object.");
        var text = root["text"]?.GetValue<string>() ?? throw new JsonException("A stored document has no 'text'.");
        var metadata = root["metadata"].Deserialize<DocumentMetadata>(Options) ?? throw new JsonException("A stored document has no 'metadata'.");
        var removed = root["removed"].Deserialize<List<RemovedSegment>>(Options) ?? [];
        var layers = root["layers"]?.AsObject() ?? [];
        var paragraphs = layers[Layers.Paragraphs.Name].Deserialize<List<Paragraph>>(Options) ?? [];
        var document = new Document(text, metadata, paragraphs, removed);
        var known = new List<(LayerKey Key, JsonNode Node)>();
        foreach (var (name, node) in layers)
        {
            if (name == Layers.Paragraphs.Name || node is null || !LayerKey.TryFind(name, out var key))
            {
                continue;
            }

            known.Add((key, node));
        }

        foreach (var (key, node) in known.OrderBy(k => k.Key.Order))
        {
            var value = node.Deserialize(key.ValueType, Options);
            if (value is not null)
            {
                document.SetUntyped(key, value);
            }
        }

        return document;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = false,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.Converters.Add(new PartialDateJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
