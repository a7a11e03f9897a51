using DiploLens.Analysis;
using DiploLens.Documents;

namespace DiploLens.Search;

/// <summary>
/// Picks the passage of original text with the most distinct query words and marks every word that matches a query
/// word folded (so <c>Bui</c> highlights <c>Bùi</c>), or starts with a prefix term. Words of a phrase are highlighted
/// one by one. The passage is cut at word boundaries, with an ellipsis where text was cut.
/// </summary>
public static class SnippetBuilder
{
    public const int DefaultLength = 220;

    public static Snippet Build(string text, IEnumerable<QueryTerm> terms, int length = DefaultLength) => Build(text, terms, length, openingFirst: true);

    /// <summary>As <see cref="Build(string, IEnumerable{QueryTerm}, int)"/>; <paramref name="openingFirst"/> false reads the whole text (the tests compare both).</summary>
    internal static Snippet Build(string text, IEnumerable<QueryTerm> terms, int length, bool openingFirst)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Snippet.Empty;
        }

        var (hits, (from, to)) = Locate(text, terms.ToList(), length, openingFirst);
        var prefix = from > 0 ? "…" : string.Empty;
        var suffix = to < text.Length ? "…" : string.Empty;
        var body = Collapse(text[from..to]);
        var passage = prefix + body.Text + suffix;
        var highlights = hits
            .Where(h => h.Span.Start >= from && h.Span.End <= to)
            .Select(h => new TextSpan(prefix.Length + body.Map(h.Span.Start - from), prefix.Length + body.Map(h.Span.End - from)))
            .ToList();
        return new Snippet(passage, highlights);
    }

    /// <summary>Every word of <paramref name="text"/> that matches a query term folded (or starts with a prefix term), as spans into the text.</summary>
    public static IReadOnlyList<TextSpan> Matches(string text, IEnumerable<QueryTerm> terms) => Find(text, terms, text.Length, out _).Select(h => h.Span).ToList();

    /// <summary>How much of a long text is read first, then second, in passage lengths, before all of it.</summary>
    private static readonly int[] Openings = [3, 8];

    /// <summary>
    /// The hits and the passage. A long text's opening (<see cref="Openings"/> passage lengths, cut at a space) is read
    /// first: when the best passage there holds every distinct query word, and ends before any hit the cut could have
    /// hidden, no later passage can beat it (<see cref="ChooseWindow"/> keeps the first best one) and the rest of the
    /// text is not read. Most hits name the query words early, so most snippets read a fraction of their article.
    /// </summary>
    private static (List<(TextSpan Span, string Word)> Hits, (int From, int To) Window) Locate(string text, List<QueryTerm> terms, int length, bool openingFirst)
    {
        var wanted = -1;
        foreach (var opening in openingFirst ? Openings : [])
        {
            var cut = text.Length > (opening + 1) * length ? text.IndexOfAny([' ', '\n'], opening * length) : -1;
            if (cut <= 0)
            {
                break;
            }

            var early = Find(text, terms, cut, out var safeEnd);
            var window = ChooseWindow(text, early, length);
            if (wanted < 0)
            {
                wanted = terms.Where(t => t.FoldedWords.Count > 0).Select(t => string.Join(' ', t.FoldedWords)).Distinct(StringComparer.Ordinal).Count();
            }

            if (window.Distinct == wanted && Math.Max(window.To, window.BestStart + length) <= safeEnd)
            {
                return (early, (window.From, window.To));
            }
        }

        var hits = Find(text, terms, text.Length, out _);
        var whole = ChooseWindow(text, hits, length);
        return (hits, (whole.From, whole.To));
    }

    /// <summary>
    /// The hits in <c>text[..limit]</c> (<paramref name="limit"/> at a word boundary). <paramref name="safeEnd"/> is
    /// where a phrase match the limit cut off could begin at the earliest: every hit before it is the same as in the
    /// whole text.
    /// </summary>
    private static List<(TextSpan Span, string Word)> Find(string text, IEnumerable<QueryTerm> terms, int limit, out int safeEnd)
    {
        safeEnd = limit;
        var hits = new List<(TextSpan Span, string Word)>();
        var termList = terms.Where(t => t.FoldedWords.Count > 0).ToList();
        if (termList.Count == 0)
        {
            return hits;
        }

        // The starts of the last few words read, to know where a phrase cut by the limit could begin.
        var longest = termList.Max(t => t.FoldedWords.Count);
        var recent = new int[longest];

        // Each word of the text is folded on the stack and kept, with its word number, only when it is a query word or
        // starts with a prefix term (no other word can take part in a match), so a long article costs no string and
        // no list entry per word.
        var queryWords = termList.SelectMany(t => t.FoldedWords).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var prefixes = termList.Where(t => t.IsPrefix).Select(t => t.FoldedWords[^1]).ToList();
        var tokens = new List<(TextSpan Span, string Folded, int Number)>();
        Span<char> buffer = stackalloc char[256];
        var number = 0;
        var start = -1;
        for (var i = 0; i <= limit; i++)
        {
            var inWord = i < limit && QueryWords.IsWordChar(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text.AsSpan(start, i - start);
                var folded = word.Length * 2 <= buffer.Length ? buffer[..TextFolder.FoldInto(word, buffer)] : TextFolder.Fold(word).AsSpan();
                if ((queryWords.TryGetValue(folded, out var known) ? known : StartingWithAny(folded, prefixes)) is { } kept)
                {
                    tokens.Add((new TextSpan(start, i), kept, number));
                }

                recent[number % longest] = start;
                number++;
                start = -1;
            }
        }

        // A phrase of n words cut by the limit begins at one of the last n - 1 words read.
        if (longest > 1 && limit < text.Length && number > 0)
        {
            safeEnd = recent[Math.Max(0, number - (longest - 1)) % longest];
        }

        // A phrase highlights only where all its words occur in order, so "des" is not marked for "Organisation des Nations unies".
        var marked = new bool[tokens.Count];
        var keys = new string?[tokens.Count];
        foreach (var term in termList)
        {
            var words = term.FoldedWords;
            var key = string.Join(' ', words);
            for (var t = 0; t + words.Count <= tokens.Count; t++)
            {
                var match = true;
                for (var w = 0; w < words.Count && match; w++)
                {
                    // The phrase's words must be consecutive words of the text, not merely consecutive kept words.
                    var (_, folded, at) = tokens[t + w];
                    match = at == tokens[t].Number + w && (term.IsPrefix && w == words.Count - 1
                        ? folded.StartsWith(words[w], StringComparison.Ordinal)
                        : folded == words[w]);
                }

                if (match)
                {
                    for (var w = 0; w < words.Count; w++)
                    {
                        marked[t + w] = true;
                        keys[t + w] ??= key;
                    }
                }
            }
        }

        for (var t = 0; t < tokens.Count; t++)
        {
            if (marked[t])
            {
                hits.Add((tokens[t].Span, keys[t]!));
            }
        }

        return hits;
    }

    /// <summary>The folded word as a string when it starts with one of the prefixes; null otherwise.</summary>
    private static string? StartingWithAny(ReadOnlySpan<char> folded, List<string> prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                return new string(folded);
            }
        }

        return null;
    }

    /// <summary>
    /// The passage: the first hit with the most distinct query words within <paramref name="length"/> characters after
    /// it (<c>BestStart</c>, <c>Distinct</c>), widened back to give context and cut at word boundaries.
    /// </summary>
    private static (int From, int To, int Distinct, int BestStart) ChooseWindow(string text, List<(TextSpan Span, string Word)> hits, int length)
    {
        if (text.Length <= length)
        {
            return (0, text.Length, -1, 0);
        }

        // A query has a handful of distinct words: a list beats a set per hit. Once a window holds every distinct word
        // among the hits, no later one can be better (the first best is kept).
        var all = hits.Select(h => h.Word).Distinct(StringComparer.Ordinal).Count();
        var distinct = new List<string>();
        var bestStart = 0;
        var bestScore = -1;
        for (var i = 0; i < hits.Count && bestScore < all; i++)
        {
            distinct.Clear();
            for (var j = i; j < hits.Count && hits[j].Span.End - hits[i].Span.Start <= length; j++)
            {
                if (!distinct.Contains(hits[j].Word, StringComparer.Ordinal))
                {
                    distinct.Add(hits[j].Word);
                }
            }

            if (distinct.Count > bestScore)
            {
                bestScore = distinct.Count;
                bestStart = hits[i].Span.Start;
            }
        }

        // Some context before the first hit reads better than starting on it.
        var from = Math.Max(0, bestStart - (hits.Count > 0 ? length / 4 : 0));
        from = WordStart(text, from);
        var to = Math.Min(text.Length, from + length);
        if (to < text.Length)
        {
            var space = text.LastIndexOf(' ', to - 1, Math.Max(1, to - from - 1));
            if (space > from)
            {
                to = space;
            }
        }

        return (from, to, bestScore, bestStart);
    }

    private static int WordStart(string text, int index)
    {
        if (index == 0)
        {
            return 0;
        }

        var space = text.IndexOfAny([' ', '\n'], index);
        return space < 0 || space - index > 30 ? index : space + 1;
    }

    /// <summary>Line breaks and runs of spaces become one space; keeps a map from the original offsets.</summary>
    private static Collapsed Collapse(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var map = new int[text.Length + 1];
        var lastSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            map[i] = builder.Length;
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (!lastSpace)
                {
                    builder.Append(' ');
                }

                lastSpace = true;
            }
            else
            {
                builder.Append(c);
                lastSpace = false;
            }
        }

        map[text.Length] = builder.Length;
        return new Collapsed(builder.ToString(), map);
    }

    private sealed record Collapsed(string Text, int[] Offsets)
    {
        public int Map(int offset) => Offsets[offset];
    }
}
