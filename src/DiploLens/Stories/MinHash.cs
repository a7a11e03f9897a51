using DiploLens.Analysis;

namespace DiploLens.Stories;

/// <summary>
/// MinHash sketches over word shingles of folded text (Broder 1997): the share of equal positions in two sketches
/// estimates the Jaccard similarity of their shingle sets. Folding first makes diacritics, case and punctuation
/// differences (a re-post that lost its accents) invisible.
/// </summary>
public static class MinHash
{
    /// <summary>The sketch (<paramref name="count"/> values) and the number of distinct shingles of <paramref name="text"/>.</summary>
    public static (ulong[] Sketch, int Shingles) Sketch(string text, int shingleWords, int count)
    {
        var folded = TextFolder.Fold(text);
        var words = Tokenizer.Tokenize(folded).Select(s => Hash(folded.AsSpan(s.Start, s.End - s.Start))).ToArray();
        var shingles = new HashSet<ulong>();
        for (var i = 0; i + shingleWords <= words.Length; i++)
        {
            var h = 1469598103934665603UL;
            for (var j = 0; j < shingleWords; j++)
            {
                h = Mix(h ^ words[i + j]);
            }

            shingles.Add(h);
        }

        if (shingles.Count == 0)
        {
            return ([], 0);
        }

        var sketch = new ulong[count];
        Array.Fill(sketch, ulong.MaxValue);
        foreach (var s in shingles)
        {
            for (var k = 0; k < count; k++)
            {
                // One strong mix per seed stands in for k independent permutations.
                var v = Mix(s ^ Seeds[k % Seeds.Length] ^ ((ulong)k * 0x9E3779B97F4A7C15UL));
                if (v < sketch[k])
                {
                    sketch[k] = v;
                }
            }
        }

        return (sketch, shingles.Count);
    }

    /// <summary>Share of equal positions: the Jaccard estimate. Zero when either sketch is empty.</summary>
    public static double Similarity(ulong[] a, ulong[] b)
    {
        if (a.Length == 0 || a.Length != b.Length)
        {
            return 0;
        }

        var same = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                same++;
            }
        }

        return (double)same / a.Length;
    }

    private static readonly ulong[] Seeds = [0x243F6A8885A308D3UL, 0x13198A2E03707344UL, 0xA4093822299F31D0UL, 0x082EFA98EC4E6C89UL];

    /// <summary>FNV-1a over UTF-16 units, finished with <see cref="Mix"/>.</summary>
    internal static ulong Hash(ReadOnlySpan<char> text)
    {
        var h = 14695981039346656037UL;
        foreach (var c in text)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return Mix(h);
    }

    /// <summary>SplitMix64 finaliser.</summary>
    internal static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
