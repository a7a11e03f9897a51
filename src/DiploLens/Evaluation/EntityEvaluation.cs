using System.Text.Json;
using DiploLens.Documents;
using DiploLens.Knowledge;

namespace DiploLens.Evaluation;

/// <summary>
/// Scores entity recognition per document and type, on distinct entities rather than mentions: a predicted entity
/// (a resolved id) matches a gold entry when one of its mention texts, or one of its knowledge-base names, has the same
/// folded tokens as one of the entry's spellings. Pairs are matched one to one. Persons are <c>person</c> mentions;
/// organisations are <c>organisation</c> and <c>forum</c> mentions (countries, places and treaties are not scored).
/// </summary>
public static class EntityEvaluation
{
    public const string PersonType = "person";
    public const string OrgType = "org";

    public static (EntityScore Persons, EntityScore Orgs) Score(Document document, EntityGold gold, KnowledgeBase? knowledge = null)
    {
        var mentions = document.TryGet(Layers.Entities, out var m) ? m : [];
        return (
            ScoreType(PersonType, Predicted(document, mentions, t => t == "person", knowledge), gold.Persons),
            ScoreType(OrgType, Predicted(document, mentions, t => t is "organisation" or "forum", knowledge), gold.Orgs));
    }

    /// <summary>
    /// Extracts and analyses every article with <paramref name="pipeline"/> and sums the scores per type. Each article's
    /// misses (gold not found) and extras (found, not gold) are reported to <paramref name="onArticle"/>.
    /// </summary>
    public static (EntityScore Persons, EntityScore Orgs) Run(
        IEnumerable<EntityGold> articles,
        Pipeline.AnalysisPipeline pipeline,
        KnowledgeBase? knowledge,
        Action<EntityGold, Document, EntityScore, EntityScore>? onArticle = null)
    {
        var persons = new EntityScore(PersonType, 0, 0, 0);
        var orgs = new EntityScore(OrgType, 0, 0, 0);
        var number = 0;
        foreach (var gold in articles)
        {
            number++;
            var raw = new Ingest.RawArticle { Source = gold.Id ?? $"article {number}", Body = gold.Text };
            var document = pipeline.Run(Extraction.ArticleExtraction.Default.Extract(raw));
            var (p, o) = Score(document, gold, knowledge);
            persons = persons.Add(p);
            orgs = orgs.Add(o);
            onArticle?.Invoke(gold, document, p, o);
        }

        return (persons, orgs);
    }

    /// <summary>Reads JSON Lines of <c>{"id", "text", "persons": [...], "orgs": [...]}</c>; a bad line fails naming its number.</summary>
    public static IEnumerable<EntityGold> ReadJsonLines(TextReader reader, string source)
    {
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            EntityGold? gold;
            try
            {
                gold = JsonSerializer.Deserialize<EntityGold>(line, options);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{source}:{number}: not a valid gold article: {e.Message}", e);
            }

            yield return gold ?? throw new InvalidDataException($"{source}:{number}: empty line value.");
        }
    }

    private static Dictionary<string, HashSet<string>> Predicted(Document document, IReadOnlyList<EntityMention> mentions, Func<string, bool> type, KnowledgeBase? knowledge)
    {
        var byId = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (mention.EntityId is null || !type(mention.Type))
            {
                continue;
            }

            if (!byId.TryGetValue(mention.EntityId, out var keys))
            {
                byId[mention.EntityId] = keys = new HashSet<string>(StringComparer.Ordinal) { PhraseKey.Of(mention.Name) };
                if (knowledge?.ById(mention.EntityId) is { } entity)
                {
                    keys.UnionWith(entity.AllForms.Select(PhraseKey.Of));
                }
            }

            keys.Add(PhraseKey.Of(document.TextOf(mention.Span)));
        }

        return byId;
    }

    private static EntityScore ScoreType(string type, Dictionary<string, HashSet<string>> predicted, IReadOnlyList<string> gold)
    {
        var unmatched = new HashSet<string>(predicted.Keys, StringComparer.Ordinal);
        var matched = 0;
        foreach (var entry in gold)
        {
            var variants = entry.Split('|').Select(v => PhraseKey.Of(v.Trim())).Where(k => k.Length > 0).ToList();
            var hit = unmatched.FirstOrDefault(id => variants.Any(predicted[id].Contains));
            if (hit is not null)
            {
                unmatched.Remove(hit);
                matched++;
            }
        }

        return new EntityScore(type, predicted.Count, gold.Count, matched);
    }
}
