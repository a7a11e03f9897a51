namespace DiploLens.Storage.Sqlite;

/// <summary>Set operations on ascending, duplicate-free id arrays (postings), by merging: linear, no hashing.</summary>
internal static class SortedIds
{
    public static long[] Union(long[] a, long[] b)
    {
        if (a.Length == 0)
        {
            return b;
        }

        if (b.Length == 0)
        {
            return a;
        }

        var result = new List<long>(Math.Max(a.Length, b.Length));
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] < b[j])
            {
                result.Add(a[i++]);
            }
            else if (a[i] > b[j])
            {
                result.Add(b[j++]);
            }
            else
            {
                result.Add(a[i++]);
                j++;
            }
        }

        for (; i < a.Length; i++)
        {
            result.Add(a[i]);
        }

        for (; j < b.Length; j++)
        {
            result.Add(b[j]);
        }

        return [.. result];
    }

    public static long[] Intersect(long[] a, long[] b)
    {
        var result = new List<long>(Math.Min(a.Length, b.Length));
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] < b[j])
            {
                i++;
            }
            else if (a[i] > b[j])
            {
                j++;
            }
            else
            {
                result.Add(a[i++]);
                j++;
            }
        }

        return [.. result];
    }

    public static long[] Except(long[] a, long[] b)
    {
        if (b.Length == 0)
        {
            return a;
        }

        var result = new List<long>(a.Length);
        var j = 0;
        foreach (var id in a)
        {
            while (j < b.Length && b[j] < id)
            {
                j++;
            }

            if (j >= b.Length || b[j] != id)
            {
                result.Add(id);
            }
        }

        return [.. result];
    }
}
