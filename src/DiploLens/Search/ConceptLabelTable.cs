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

    /// <summary>
    /// The labels of every knowledge-base entity and thesaurus concept (names in each language and aliases), one concept
    /// each: <c>ONU</c> → <c>United Nations</c>, <c>Liên hợp quốc</c>…; <c>diplomatie multilatérale</c> → <c>ngoại giao
    /// đa phương</c>. Labels shorter than <see cref="MinLabelLetters"/> letters (<c>UN</c>, <c>EU</c>) stay out: folded,
    /// they are everyday words in French or Vietnamese (<c>un</c>, <c>eu</c>) and would expand ordinary queries.
    /// </summary>
    public static ConceptLabelTable FromKnowledge(Knowledge.KnowledgeBase knowledge) =>
        new(knowledge.Entities
            .Select(e => (IReadOnlyList<string>)e.AllForms.Where(f => f.Count(char.IsLetter) >= MinLabelLetters).Distinct(StringComparer.Ordinal).ToList())
            .Where(labels => labels.Count > 1));

    /// <summary>The table of the embedded knowledge base, built once on first use.</summary>
    public static ConceptLabelTable Embedded => LazyEmbedded.Value;

    private static readonly Lazy<ConceptLabelTable> LazyEmbedded = new(() => FromKnowledge(Knowledge.KnowledgeData.Embedded.Base));

    /// <summary>Fewest letters a label needs to trigger or take part in an expansion.</summary>
    public const int MinLabelLetters = 3;

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
