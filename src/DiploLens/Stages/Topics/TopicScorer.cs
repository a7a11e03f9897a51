using DiploLens.Documents;
using DiploLens.Knowledge;
using DiploLens.Pipeline;

namespace DiploLens.Stages.Topics;

/// <summary>
/// Scores every topic of the taxonomy on a document: one leftmost-longest pass of the term trie over folded tokens,
/// then per topic the sum of term weights (each term counted at most <see cref="AnalysisOptions.MaxTopicTermOccurrences"/>
/// times), plus proximity weights, zero when an AND group is unmet or a NOT term is present. Topics reaching their
/// threshold are returned best first, with the spans that contributed.
/// </summary>
public sealed class TopicScorer(TopicRules rules, AnalysisOptions options)
{
    public List<TopicScore> Score(TokenSequence seq)
    {
        var hits = new Dictionary<string, List<(int Start, int End)>>(StringComparer.Ordinal);
        var i = 0;
        while (i < seq.Count)
        {
            var end = rules.Trie.Longest(seq, i, seq.SentenceEnd[i], null, out var key);
            if (end > i)
            {
                if (!hits.TryGetValue(key, out var list))
                {
                    hits[key] = list = [];
                }

                list.Add((i, end));
                i = end;
            }
            else
            {
                i++;
            }
        }

        var scores = new List<TopicScore>();
        if (hits.Count == 0)
        {
            return scores;
        }

        foreach (var topic in rules.Topics)
        {
            if (topic.NoneOf.Any(t => hits.ContainsKey(topic.Keys[t])) ||
                topic.AllOf.Any(group => !group.Any(t => hits.ContainsKey(topic.Keys[t]))))
            {
                continue;
            }

            var score = 0.0;
            var evidence = new List<TopicEvidence>();
            foreach (var (term, weight) in topic.Terms)
            {
                if (hits.TryGetValue(topic.Keys[term], out var at))
                {
                    foreach (var (s, e) in at.Take(options.MaxTopicTermOccurrences))
                    {
                        score += weight;
                        evidence.Add(new TopicEvidence(seq.Span(s, e), term, weight));
                    }
                }
            }

            foreach (var near in topic.Near)
            {
                if (FindNear(hits, near, topic.Keys) is { } pair)
                {
                    score += near.Weight;
                    evidence.Add(new TopicEvidence(seq.Span(pair.A.Start, pair.A.End), pair.TermA, near.Weight / 2));
                    evidence.Add(new TopicEvidence(seq.Span(pair.B.Start, pair.B.End), pair.TermB, near.Weight / 2));
                }
            }

            if (score >= topic.Threshold && evidence.Count > 0)
            {
                evidence.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
                scores.Add(new TopicScore(topic.Id, topic.Names.GetValueOrDefault("en") ?? topic.Id, topic.Group, Math.Round(score, 3), evidence));
            }
        }

        scores.Sort((a, b) => b.Score.CompareTo(a.Score));
        return scores;
    }

    private static ((int Start, int End) A, string TermA, (int Start, int End) B, string TermB)? FindNear(Dictionary<string, List<(int Start, int End)>> hits, ProximityRule near, IReadOnlyDictionary<string, string> keys)
    {
        foreach (var a in near.A)
        {
            if (!hits.TryGetValue(keys[a], out var atA))
            {
                continue;
            }

            foreach (var b in near.B)
            {
                if (!hits.TryGetValue(keys[b], out var atB))
                {
                    continue;
                }

                foreach (var x in atA)
                {
                    foreach (var y in atB)
                    {
                        var distance = x.Start < y.Start ? y.Start - x.End : x.Start - y.End;
                        if (distance <= near.Window)
                        {
                            return (x, a, y, b);
                        }
                    }
                }
            }
        }

        return null;
    }
}
