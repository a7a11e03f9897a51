using DiploLens.Analysis;
using DiploLens.Knowledge;

namespace DiploLens.Stories;

/// <summary>
/// Finds thesaurus concepts (knowledge-base entries of type concept, which the entity stage does not report) in
/// folded text: every written form in every language maps to one concept id, so "diplomatie multilatérale",
/// "multilateral diplomacy" and "ngoại giao đa phương" are one feature.
/// </summary>
public sealed class ConceptMatcher
{
    private readonly Dictionary<string, List<(string[] Tokens, KnowledgeEntity Concept)>> byFirst = new(StringComparer.Ordinal);

    public ConceptMatcher(KnowledgeBase knowledge)
    {
        foreach (var concept in knowledge.Entities.Where(e => e.Type == EntityType.Concept))
        {
            foreach (var form in concept.AllForms.Distinct(StringComparer.Ordinal))
            {
                var tokens = Terms(form);
                if (tokens.Length == 0)
                {
                    continue;
                }

                if (!byFirst.TryGetValue(tokens[0], out var list))
                {
                    list = [];
                    byFirst.Add(tokens[0], list);
                }

                list.Add((tokens, concept));
            }
        }

        // Longest forms first, so "non-traditional security challenges" wins over "non-traditional security".
        foreach (var list in byFirst.Values)
        {
            list.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
        }
    }

    /// <summary>Concept occurrences in <paramref name="text"/>, leftmost-longest, non-overlapping.</summary>
    public IReadOnlyList<KnowledgeEntity> Match(string text)
    {
        var terms = Terms(text);
        var found = new List<KnowledgeEntity>();
        var i = 0;
        while (i < terms.Length)
        {
            var matched = 0;
            if (byFirst.TryGetValue(terms[i], out var list))
            {
                foreach (var (tokens, concept) in list)
                {
                    if (i + tokens.Length <= terms.Length && tokens.AsSpan().SequenceEqual(terms.AsSpan(i, tokens.Length)))
                    {
                        found.Add(concept);
                        matched = tokens.Length;
                        break;
                    }
                }
            }

            i += Math.Max(1, matched);
        }

        return found;
    }

    internal static string[] Terms(string text)
    {
        var folded = TextFolder.Fold(text);
        return Tokenizer.Tokenize(folded).Select(s => folded[s.Start..s.End]).ToArray();
    }
}
