namespace DiploLens.Stories;

/// <summary>
/// Locality-sensitive hashing over MinHash sketches: each sketch is cut into bands, and two articles are compared only
/// when one band is equal, so finding the copies of an article costs the same in an archive of any size.
/// </summary>
public sealed class NearDuplicateIndex(StoryOptions options)
{
    private readonly Dictionary<ulong, List<long>> buckets = [];
    private readonly Dictionary<long, ulong[]> sketches = [];

    public int Count => sketches.Count;

    /// <summary>The most similar earlier article reaching <see cref="StoryOptions.NearDuplicateJaccard"/> (lowest id on ties), or null.</summary>
    public (long ArticleId, double Jaccard)? FindCopyOf(ArticleSignature signature)
    {
        if (!IsSketched(signature, options))
        {
            return null;
        }

        (long Id, double J)? best = null;
        var seen = new HashSet<long>();
        for (var b = 0; b < options.Bands; b++)
        {
            if (!buckets.TryGetValue(BandKey(signature.MinHash, b, options), out var ids))
            {
                continue;
            }

            foreach (var id in ids)
            {
                if (!seen.Add(id))
                {
                    continue;
                }

                var j = MinHash.Similarity(signature.MinHash, sketches[id]);
                if (j >= options.NearDuplicateJaccard && (best is null || j > best.Value.J || (j == best.Value.J && id < best.Value.Id)))
                {
                    best = (id, j);
                }
            }
        }

        return best;
    }

    /// <summary>Whether an article takes part in copy detection: its text was long enough to sketch.</summary>
    public static bool IsSketched(ArticleSignature signature, StoryOptions options) =>
        signature.MinHash.Length == options.MinHashCount && signature.ShingleCount >= options.MinShinglesForDuplicate;

    public void Add(ArticleSignature signature)
    {
        if (IsSketched(signature, options))
        {
            Add(signature.ArticleId, signature.MinHash);
        }
    }

    /// <summary>Indexes a sketch (of an article already known to be sketched: a persisted one).</summary>
    public void Add(long articleId, ulong[] sketch)
    {
        if (sketch.Length != options.MinHashCount || !sketches.TryAdd(articleId, sketch))
        {
            return;
        }

        for (var b = 0; b < options.Bands; b++)
        {
            var key = BandKey(sketch, b, options);
            if (!buckets.TryGetValue(key, out var ids))
            {
                ids = [];
                buckets.Add(key, ids);
            }

            ids.Add(articleId);
        }
    }

    /// <summary>The LSH band keys of a sketch: what the persisted band index is looked up by.</summary>
    public static IEnumerable<long> BandKeys(ulong[] sketch, StoryOptions options)
    {
        for (var b = 0; b < options.Bands; b++)
        {
            yield return unchecked((long)BandKey(sketch, b, options));
        }
    }

    private static ulong BandKey(ulong[] sketch, int band, StoryOptions options)
    {
        var h = (ulong)band * 0x9E3779B97F4A7C15UL;
        for (var r = 0; r < options.RowsPerBand; r++)
        {
            h = MinHash.Mix(h ^ sketch[(band * options.RowsPerBand) + r]);
        }

        return h;
    }
}
