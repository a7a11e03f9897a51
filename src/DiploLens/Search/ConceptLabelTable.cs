using System.Text.Json;
using DiploLens.Analysis;

namespace DiploLens.Search;

/// <summary>
/// <see cref="IConceptLabels"/> over an in-memory list of concepts, each a list of labels in any language.
/// Load one from JSON (an array of arrays of labels) or build it from the knowledge base.
/// </summary>
public sealed class ConceptLabelTable : IConceptLabels
{
    private readonly Dictionary<string, List<int>> byFoldedLabel = new(StringComparer.Ordinal);
    private readonly List<IReadOnlyList<string>> concepts = [];

    public ConceptLabelTable(IEnumerable<IReadOnlyList<string>> concepts)
    {
        foreach (var labels in concepts)
        {
            var index = this.concepts.Count;
            this.concepts.Add(labels);
            foreach (var label in labels)
            {
                var key = Key(label);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!byFoldedLabel.TryGetValue(key, out var list))
                {
                    byFoldedLabel[key] = list = [];
                }

                list.Add(index);
            }
        }
    }

    public static ConceptLabelTable Empty { get; } = new([]);

    public int Count => concepts.Count;

    public static ConceptLabelTable Load(Stream json) =>
        new(JsonSerializer.Deserialize<List<List<string>>>(json) ?? throw new JsonException("A concept label file must be an array of arrays of labels."));

    public IReadOnlyList<string> OtherLabels(string text)
    {
        var key = Key(text);
        if (!byFoldedLabel.TryGetValue(key, out var indices))
        {
            return [];
        }

        return indices.SelectMany(i => concepts[i]).Where(l => Key(l) != key).Distinct(StringComparer.Ordinal).ToList();
    }

    private static string Key(string label) => string.Join(' ', QueryWords.Split(TextFolder.Fold(label)));
}
