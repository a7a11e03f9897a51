namespace DiploLens.Documents;

/// <summary>A topic whose rule score reached its threshold, with every span that contributed.</summary>
public sealed record TopicScore(string Id, string Name, string Group, double Score, IReadOnlyList<TopicEvidence> Evidence);
