using DiploLens.Analysis;

namespace DiploLens.Knowledge;

/// <summary>
/// The topic taxonomy of <c>knowledge/topics.json</c> and one phrase trie over every term it uses. A user adds or
/// changes a topic by editing the file in a <c>--knowledge DIR</c> copy; no rebuild.
/// </summary>
public sealed class TopicRules
{
    public const string Path = "knowledge/topics.json";

    private TopicRules(IReadOnlyList<TopicRule> topics, PhraseTrie<string> trie)
    {
        Topics = topics;
        Trie = trie;
    }

    public IReadOnlyList<TopicRule> Topics { get; }

    /// <summary>Every term of every topic; the value is the term's key (<see cref="PhraseKey.Of"/>).</summary>
    public PhraseTrie<string> Trie { get; }

    public static TopicRules Load(DataFiles files)
    {
        var file = files.Describe(Path);
        var root = LinedJson.Parse(files.ReadAllText(Path), file);
        NameRules.RequireSource(root, file);
        var topics = new List<TopicRule>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in (root["topics"] ?? throw new KnowledgeException(file, root.Line, "missing 'topics'.")).RequireArray(file, "'topics'"))
        {
            var id = (item["id"] ?? throw new KnowledgeException(file, item.Line, "a topic has no 'id'.")).RequireString(file, "'id'");
            if (seen.TryGetValue(id, out var firstLine))
            {
                throw new KnowledgeException(file, item.Line, $"duplicate topic id '{id}' (first defined at line {firstLine}).");
            }

            seen.Add(id, item.Line);
            var termsNode = item["terms"] ?? throw new KnowledgeException(file, item.Line, $"topic '{id}' has no 'terms'.");
            var terms = (termsNode.Members ?? throw new KnowledgeException(file, termsNode.Line, $"'terms' of '{id}' must map term → weight."))
                .Select(m => (m.Key, m.Value.Number ?? throw new KnowledgeException(file, m.Value.Line, $"the weight of '{m.Key}' in '{id}' must be a number.")))
                .ToList();
            var near = new List<ProximityRule>();
            foreach (var n in item["near"]?.RequireArray(file, $"'near' of '{id}'") ?? [])
            {
                near.Add(new ProximityRule(
                    (n["a"] ?? throw new KnowledgeException(file, n.Line, "a proximity rule needs 'a'.")).StringList(file, "'a'"),
                    (n["b"] ?? throw new KnowledgeException(file, n.Line, "a proximity rule needs 'b'.")).StringList(file, "'b'"),
                    (int)(n["window"]?.Number ?? throw new KnowledgeException(file, n.Line, "a proximity rule needs 'window'.")),
                    n["weight"]?.Number ?? throw new KnowledgeException(file, n.Line, "a proximity rule needs 'weight'.")));
            }

            var namesNode = item["names"] ?? throw new KnowledgeException(file, item.Line, $"topic '{id}' has no 'names'.");
            topics.Add(new TopicRule
            {
                Id = id,
                Group = (item["group"] ?? throw new KnowledgeException(file, item.Line, $"topic '{id}' has no 'group'.")).RequireString(file, "'group'"),
                Names = (namesNode.Members ?? throw new KnowledgeException(file, namesNode.Line, "'names' must be an object.")).ToDictionary(m => m.Key, m => m.Value.RequireString(file, "a topic name")),
                Threshold = item["threshold"]?.Number ?? throw new KnowledgeException(file, item.Line, $"topic '{id}' has no numeric 'threshold'."),
                Terms = terms,
                AllOf = item["all"]?.RequireArray(file, "'all'").Select(g => g.StringList(file, "each 'all' group")).ToList() ?? [],
                NoneOf = item["not"]?.StringList(file, "'not'") ?? [],
                Near = near,
                Keys = new Dictionary<string, string>(StringComparer.Ordinal),
                File = file,
                Line = item.Line,
            });
        }

        var trie = new PhraseTrie<string>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var topic in topics)
        {
            var termKeys = (Dictionary<string, string>)topic.Keys;
            var all = topic.Terms.Select(t => t.Term).Concat(topic.AllOf.SelectMany(g => g)).Concat(topic.NoneOf).Concat(topic.Near.SelectMany(n => n.A.Concat(n.B)));
            foreach (var term in all)
            {
                var tokens = PhraseKey.Tokens(term);
                if (tokens.Length == 0)
                {
                    throw new KnowledgeException(file, topic.Line, $"topic '{topic.Id}' has the term '{term}', which has no letters or digits.");
                }

                var key = string.Join(' ', tokens);
                termKeys[term] = key;
                if (keys.Add(key))
                {
                    trie.Add(tokens, key);
                }
            }
        }

        return new TopicRules(topics, trie);
    }
}
