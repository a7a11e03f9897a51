using System.Collections.Frozen;

namespace DiploLens.Knowledge;

/// <summary>
/// A trie of phrases over folded tokens (the gazetteer, titles, reporting verbs and topic terms all use one).
/// Matching walks from a token position and returns the longest phrase whose value the caller accepts; tokens inside a
/// phrase must be joinable (no comma or bracket between them) unless <c>crossPunctuation</c> is set.
/// </summary>
public sealed class PhraseTrie<T>
{
    private readonly Node root = new();

    public int Count { get; private set; }

    /// <summary>Adds <paramref name="value"/> under the folded tokens of a phrase (see <see cref="PhraseKey"/>).</summary>
    public void Add(IReadOnlyList<string> tokens, T value)
    {
        if (tokens.Count == 0)
        {
            return;
        }

        var node = root;
        foreach (var token in tokens)
        {
            node.Frozen = null;
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(token, out var next))
            {
                next = new Node();
                node.Children.Add(token, next);
            }

            node = next;
        }

        node.Values ??= [];
        node.Values.Add(value);
        Count++;
    }

    public void Add(string phrase, T value) => Add(PhraseKey.Tokens(phrase), value);

    /// <summary>
    /// The longest phrase starting at token <paramref name="start"/> and ending before <paramref name="limit"/> whose
    /// value passes <paramref name="accept"/> (given value, start, end-exclusive). Tokens in <paramref name="skippable"/>
    /// may sit inside a phrase (a-t-il encore indiqué). Returns the end (exclusive) or -1.
    /// </summary>
    public int Longest(TokenSequence sequence, int start, int limit, Func<T, int, int, bool>? accept, out T value, IReadOnlySet<string>? skippable = null, bool crossPunctuation = false) =>
        LongestCore(sequence, start, limit, accept, null, out value, skippable, crossPunctuation);

    /// <summary>As above, with an acceptance test that also receives the sequence (a static delegate, so no capture per call).</summary>
    public int LongestWith(TokenSequence sequence, int start, int limit, Func<TokenSequence, T, int, int, bool> accept, out T value, IReadOnlySet<string>? skippable = null) =>
        LongestCore(sequence, start, limit, null, accept, out value, skippable, false);

    private int LongestCore(TokenSequence sequence, int start, int limit, Func<T, int, int, bool>? accept, Func<TokenSequence, T, int, int, bool>? acceptWithSequence, out T value, IReadOnlySet<string>? skippable, bool crossPunctuation)
    {
        value = default!;
        var best = -1;
        var node = root;
        var i = start;
        while (i < limit && node.Children is not null)
        {
            // Lookups run once per token per matcher, so each node's children are frozen on first use for faster hashing.
            var children = node.Frozen ??= node.Children.ToFrozenDictionary(StringComparer.Ordinal);
            if (i > start && !crossPunctuation && !sequence.Joinable[i - 1])
            {
                break;
            }

            if (!children.TryGetValue(sequence.Terms[i], out var next))
            {
                if (i > start && skippable is not null && skippable.Contains(sequence.Terms[i]))
                {
                    i++;
                    continue;
                }

                break;
            }

            node = next;
            i++;
            if (node.Values is not null)
            {
                foreach (var candidate in node.Values)
                {
                    if ((accept is null || accept(candidate, start, i)) && (acceptWithSequence is null || acceptWithSequence(sequence, candidate, start, i)))
                    {
                        best = i;
                        value = candidate;
                        break;
                    }
                }
            }
        }

        return best;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public FrozenDictionary<string, Node>? Frozen;
        public List<T>? Values;
    }
}
