using DiploLens.Documents;

namespace DiploLens.Knowledge;

/// <summary>
/// What a set of articles says about one entity: the forms it is written in (name variants, with counts), the roles
/// written at its mentions, its quotations, and the entities mentioned in the same articles. Built from the entity and
/// quotation layers, so every item can be traced back to its article and span.
/// </summary>
public sealed record EntityProfile(
    string EntityId,
    IReadOnlyList<EntityProfile.Count> Variants,
    IReadOnlyList<EntityProfile.Count> Roles,
    IReadOnlyList<EntityProfile.Quote> Quotes,
    IReadOnlyList<EntityProfile.CoMention> CoMentioned)
{
    /// <summary>A value and how many mentions (or articles, for co-mentions) carry it.</summary>
    public sealed record Count(string Value, int Times);

    public sealed record Quote(long ArticleId, string Text, QuotationKind Kind, string? Cue);

    public sealed record CoMention(string EntityId, string Name, string Type, int Articles);

    /// <summary>Profiles <paramref name="entityId"/> over <paramref name="documents"/>; lists are most frequent first, ties by value.</summary>
    public static EntityProfile Build(string entityId, IEnumerable<(long Id, Document Document)> documents, int maxQuotes = 20, int maxCoMentions = 20)
    {
        var variants = new Dictionary<string, int>(StringComparer.Ordinal);
        var roles = new Dictionary<string, int>(StringComparer.Ordinal);
        var quotes = new List<Quote>();
        var co = new Dictionary<string, (string Name, string Type, int Articles)>(StringComparer.Ordinal);
        foreach (var (id, document) in documents)
        {
            if (!document.TryGet(Layers.Entities, out var mentions) || !mentions.Any(m => m.EntityId == entityId))
            {
                continue;
            }

            foreach (var mention in mentions.Where(m => m.EntityId == entityId))
            {
                Add(variants, document.TextOf(mention.Span));
                foreach (var role in mention.Roles)
                {
                    Add(roles, role);
                }
            }

            foreach (var other in mentions.Where(m => m.EntityId is not null && m.EntityId != entityId).DistinctBy(m => m.EntityId))
            {
                co[other.EntityId!] = co.TryGetValue(other.EntityId!, out var seen) ? (seen.Name, seen.Type, seen.Articles + 1) : (other.Name, other.Type, 1);
            }

            if (document.TryGet(Layers.Quotations, out var quotations))
            {
                quotes.AddRange(quotations.Where(q => q.SpeakerId == entityId).Select(q => new Quote(id, document.TextOf(q.Span), q.Kind, q.Cue)));
            }
        }

        return new EntityProfile(
            entityId,
            Sorted(variants),
            Sorted(roles),
            quotes.Take(maxQuotes).ToList(),
            co.Select(p => new CoMention(p.Key, p.Value.Name, p.Value.Type, p.Value.Articles))
                .OrderByDescending(c => c.Articles).ThenBy(c => c.EntityId, StringComparer.Ordinal).Take(maxCoMentions).ToList());
    }

    private static void Add(Dictionary<string, int> counts, string value) => counts[value] = counts.GetValueOrDefault(value) + 1;

    private static List<Count> Sorted(Dictionary<string, int> counts) =>
        counts.Select(p => new Count(p.Key, p.Value)).OrderByDescending(c => c.Times).ThenBy(c => c.Value, StringComparer.Ordinal).ToList();
}
