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
        if (signature.MinHash.Length != options.MinHashCount || signature.ShingleCount < options.MinShinglesForDuplicate)
        {
            return null;
        }

        (long Id, double J)? best = null;
        var seen = new HashSet<long>();
        for (var b = 0; b < options.Bands; b++)
        {
            if (!buckets.TryGetValue(BandKey(signature.MinHash, b), out var ids))
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

    public void Add(ArticleSignature signature)
    {
        if (signature.MinHash.Length != options.MinHashCount || signature.ShingleCount < options.MinShinglesForDuplicate)
        {
            return;
        }

        if (!sketches.TryAdd(signature.ArticleId, signature.MinHash))
        {
            return;
        }

        for (var b = 0; b < options.Bands; b++)
        {
            var key = BandKey(signature.MinHash, b);
            if (!buckets.TryGetValue(key, out var ids))
            {
                ids = [];
                buckets.Add(key, ids);
            }

            ids.Add(signature.ArticleId);
        }
    }

    private ulong BandKey(ulong[] sketch, int band)
    {
        var h = (ulong)band * 0x9E3779B97F4A7C15UL;
        for (var r = 0; r < options.RowsPerBand; r++)
        {
            h = MinHash.Mix(h ^ sketch[(band * options.RowsPerBand) + r]);
        }

        return h;
    }
}
