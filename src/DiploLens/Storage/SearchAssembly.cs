using System.Globalization;
using DiploLens.Documents;
using DiploLens.Search;

namespace DiploLens.Storage;

/// <summary>
/// The engine-neutral half of search: every engine finds the matches with their relevance (its own full-text index)
/// and the hits' details (its own tables); the filters, the score (relevance × <see cref="Ranking.Recency"/>), the
/// stable page order, the facets and the trends are computed here, once, so the engines keep the same semantics.
/// </summary>
internal static class SearchAssembly
{
    /// <summary>An article the query matches, filters applied: all that total, facets, trends and the candidate order need.</summary>
    public readonly record struct Match(long Id, ArticleValues Values);

    public sealed record Details(string? Title, PartialDate? Published, string Source, string? Url, string Body, string? Story);

    /// <summary>What an engine supplies for one search besides the matches; each is called only when needed (relevance at most twice: for the candidates, then for page items beyond them).</summary>
    /// <param name="Relevance">Relevance (higher better) of the given matches; null when the query has no positive clause (every relevance is 0).</param>
    /// <param name="TitleMatches">The ids whose title alone matches the positive clauses (only asked for when there are more matches than <see cref="Ranking.RankedCandidates"/>).</param>
    /// <param name="Details">The hits' details for a page.</param>
    /// <param name="TermFacets">Topic and entity facet counts over the matched ids (distinct); null when the engine has none.</param>
    public sealed record Sources(
        Func<IReadOnlyList<long>, Task<Dictionary<long, double>>>? Relevance,
        Func<Task<HashSet<long>>> TitleMatches,
        Func<IReadOnlyList<long>, Task<Dictionary<long, Details>>> Details,
        Func<IReadOnlyList<long>, Task<Dictionary<string, IReadOnlyList<FacetValue>>>>? TermFacets);

    /// <summary>The filters as one predicate; <paramref name="termSets"/> are the ids filed under each wanted topic/entity/story filter.</summary>
    public static Func<long, ArticleValues, bool> Filter(SearchFilters filters, IReadOnlyList<HashSet<long>> termSets)
    {
        var languages = filters.Languages.ToHashSet(StringComparer.Ordinal);
        DateTime? from = filters.From?.Start;
        DateTime? to = filters.To is null ? null : ArticleRow.EndOf(filters.To);
        var sources = filters.Sources.Select(s => s.ToLowerInvariant()).ToList();
        return (id, e) =>
            (languages.Count == 0 || languages.Contains(e.Language))
            && (from is null || (e.Published is { } p1 && p1 >= from))
            && (to is null || (e.Published is { } p2 && p2 < to))
            && (sources.Count == 0 || sources.Any(s => e.SourceLower.Contains(s, StringComparison.Ordinal) || (e.UrlLower?.Contains(s, StringComparison.Ordinal) ?? false)))
            && termSets.All(set => set.Contains(id));
    }

    /// <summary>The term filters of a query, by kind, in the order <see cref="Filter"/> expects their id sets.</summary>
    public static IEnumerable<(string Kind, IReadOnlyList<string> Wanted)> TermFilters(SearchFilters filters) =>
        new[] { (ArticleTerms.Topic, filters.Topics), (ArticleTerms.Entity, filters.Entities), (ArticleTerms.Story, filters.Stories) }
            .Where(f => f.Item2.Count > 0);

    /// <summary>
    /// Orders the matches and builds the page, the total and the facets. When there are at most
    /// <see cref="Ranking.RankedCandidates"/> matches every one is scored (relevance × recency) and ordered by score, then
    /// newest, then id. Beyond that only that many candidates are scored — title matches first, then the newest, then id
    /// (<see cref="CandidateOrder"/>) — and they come first by score; the other matches follow in candidate order. Total
    /// and facets always count every match.
    /// </summary>
    public static async Task<SearchResult> AssembleAsync(SearchQuery query, SearchPaging paging, DateTimeOffset now, IReadOnlyList<Match> rows, Sources sources)
    {
        List<Match> candidates;
        List<Match> rest;
        HashSet<long>? inTitle = null;
        if (rows.Count <= Ranking.RankedCandidates)
        {
            candidates = [.. rows];
            rest = [];
        }
        else
        {
            inTitle = sources.Relevance is null ? [] : await sources.TitleMatches();
            // Rented: a common word's thousands of keys would otherwise be a large-object allocation per search.
            var keys = System.Buffers.ArrayPool<CandidateKey>.Shared.Rent(rows.Count);
            List<CandidateKey> chosen;
            try
            {
                // When the title matches alone fill the candidates, no other match can be one: only theirs are ordered.
                var titles = inTitle.ToArray();
                Array.Sort(titles);
                var count = FillKeys(rows, inTitle, titles, keys, titleOnly: true);
                if (count < Ranking.RankedCandidates)
                {
                    count = FillKeys(rows, inTitle, titles, keys, titleOnly: false);
                }

                chosen = Smallest(keys.AsSpan(0, count), Ranking.RankedCandidates);
            }
            finally
            {
                System.Buffers.ArrayPool<CandidateKey>.Shared.Return(keys);
            }

            candidates = chosen.ConvertAll(k => rows[k.Row]);
            var wanted = paging.Offset + paging.PageSize - candidates.Count;
            if (wanted <= 0)
            {
                rest = [];
            }
            else
            {
                var taken = new bool[rows.Count];
                chosen.ForEach(k => taken[k.Row] = true);
                var others = Smallest(Enumerable.Range(0, rows.Count).Where(i => !taken[i]).Select(i => CandidateKey.Of(rows[i], inTitle, i)).ToArray(), wanted);
                others.Sort(CandidateKey.Compare);
                rest = others.ConvertAll(k => rows[k.Row]);
            }
        }

        var relevance = sources.Relevance is null || candidates.Count == 0
            ? []
            : await sources.Relevance(candidates.Select(c => c.Id).ToList());
        var scored = candidates
            .Select(c => (c.Id, c.Values, Score: relevance.GetValueOrDefault(c.Id) * Ranking.Recency(c.Values.Published, now)))
            .ToList();
        scored.Sort((a, b) =>
        {
            var byScore = b.Score.CompareTo(a.Score);
            return byScore != 0 ? byScore : CompareNewestThenId(a.Id, a.Values, b.Id, b.Values);
        });

        // Matches beyond the scored candidates are listed in candidate order; their score is still computed for the hit.
        var page = scored.Concat(rest.Select(r => (r.Id, r.Values, Score: double.NaN))).Skip(paging.Offset).Take(paging.PageSize).ToList();
        var unscored = page.Where(p => double.IsNaN(p.Score)).Select(p => p.Id).ToList();
        if (unscored.Count > 0 && sources.Relevance is not null)
        {
            var more = await sources.Relevance(unscored);
            page = page.Select(p => double.IsNaN(p.Score) ? (p.Id, p.Values, more.GetValueOrDefault(p.Id) * Ranking.Recency(p.Values.Published, now)) : p).ToList();
        }

        var found = await sources.Details(page.Select(p => p.Id).ToList());
        var terms = query.HighlightTerms.ToList();
        var items = page
            .Where(p => found.ContainsKey(p.Id))
            .Select(p =>
            {
                var d = found[p.Id];
                var score = double.IsNaN(p.Score) ? 0 : p.Score;
                return new SearchHit(p.Id, d.Title, p.Values.Language, d.Published, d.Source, d.Url, Math.Round(score, 4), SnippetBuilder.Build(d.Body, terms), d.Story);
            })
            .ToList();

        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        foreach (var name in FacetNames.All)
        {
            facets[name] = [];
        }

        if (paging.WithFacets && rows.Count > 0)
        {
            var languages = new Dictionary<string, int>(StringComparer.Ordinal);
            var sites = new Dictionary<string, int>(StringComparer.Ordinal);
            var months = new Dictionary<int, int>();
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                Increment(languages, row.Values.Language);
                Increment(sites, row.Values.Site);
                if (row.Values.Published is { } published)
                {
                    Increment(months, (published.Year * 100) + published.Month);
                }
            }

            facets[FacetNames.Language] = Top(languages.Select(g => new FacetValue(g.Key, g.Key, g.Value)));
            facets[FacetNames.Source] = Top(sites.Select(g => new FacetValue(g.Key, g.Key, g.Value)));
            facets[FacetNames.Month] = months.OrderByDescending(m => m.Key)
                .Take(24)
                .Select(m =>
                {
                    var month = string.Create(CultureInfo.InvariantCulture, $"{m.Key / 100:0000}-{m.Key % 100:00}");
                    return new FacetValue(month, month, m.Value);
                })
                .ToList();
            if (sources.TermFacets is not null)
            {
                foreach (var (kind, list) in await sources.TermFacets(new MatchIds(rows)))
                {
                    facets[kind] = list;
                }
            }
        }

        return new SearchResult(rows.Count, items, facets, query);
    }

    /// <summary>The cheap order that picks which matches are scored when there are too many: title matches, then newest, then id.</summary>
    public static Comparison<Match> CandidateOrder(HashSet<long> inTitle) => (a, b) =>
        CandidateKey.Compare(CandidateKey.Of(a, inTitle, 0), CandidateKey.Of(b, inTitle, 0));

    /// <summary>
    /// The candidate keys of every match, or of the title matches only (<paramref name="titleOnly"/>); returns how many
    /// were written. Matches in ascending id order (what both engines' indexes return) learn whether they are title
    /// matches by walking <paramref name="titles"/> (the set, sorted) beside them; otherwise each is looked up in the set.
    /// </summary>
    private static int FillKeys(IReadOnlyList<Match> rows, HashSet<long> inTitle, long[] titles, CandidateKey[] keys, bool titleOnly)
    {
        var t = 0;
        var count = 0;
        var previous = long.MinValue;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Id < previous)
            {
                count = 0;
                for (var j = 0; j < rows.Count; j++)
                {
                    var key = CandidateKey.Of(rows[j], inTitle, j);
                    if (key.InTitle || !titleOnly)
                    {
                        keys[count++] = key;
                    }
                }

                return count;
            }

            previous = row.Id;
            while (t < titles.Length && titles[t] < row.Id)
            {
                t++;
            }

            var title = t < titles.Length && titles[t] == row.Id;
            if (title || !titleOnly)
            {
                keys[count++] = new CandidateKey(title, (row.Values.Published ?? DateTime.MinValue).Ticks, row.Id, i);
            }
        }

        return count;
    }

    /// <summary>
    /// A match's place in <see cref="CandidateOrder"/>, computed once per match so that choosing among thousands of
    /// matches compares numbers instead of looking ids up in the title set at every comparison.
    /// </summary>
    private readonly record struct CandidateKey(bool InTitle, long PublishedTicks, long Id, int Row)
    {
        public static CandidateKey Of(Match match, HashSet<long> inTitle, int row) =>
            new(inTitle.Contains(match.Id), (match.Values.Published ?? DateTime.MinValue).Ticks, match.Id, row);

        public static int Compare(CandidateKey a, CandidateKey b)
        {
            var byTitle = b.InTitle.CompareTo(a.InTitle);
            if (byTitle != 0)
            {
                return byTitle;
            }

            var byDate = b.PublishedTicks.CompareTo(a.PublishedTicks);
            return byDate != 0 ? byDate : a.Id.CompareTo(b.Id);
        }
    }

    private static int CompareNewestThenId(long aId, ArticleValues a, long bId, ArticleValues b)
    {
        var byDate = (b.Published ?? DateTime.MinValue).CompareTo(a.Published ?? DateTime.MinValue);
        return byDate != 0 ? byDate : aId.CompareTo(bId);
    }

    /// <summary>The <paramref name="count"/> smallest keys in candidate order (unordered), with a bounded heap: O(n log count).</summary>
    private static List<CandidateKey> Smallest(ReadOnlySpan<CandidateKey> keys, int count)
    {
        if (keys.Length <= count)
        {
            return [.. keys];
        }

        // A max-heap of the best keys so far: its root is the worst of them, replaced when a better key comes.
        var heap = new PriorityQueue<CandidateKey, CandidateKey>(count + 1, Comparer<CandidateKey>.Create((a, b) => CandidateKey.Compare(b, a)));
        foreach (var key in keys)
        {
            if (heap.Count < count)
            {
                heap.Enqueue(key, key);
            }
            else if (CandidateKey.Compare(key, heap.Peek()) < 0)
            {
                heap.DequeueEnqueue(key, key);
            }
        }

        return heap.UnorderedItems.Select(i => i.Element).ToList();
    }

    private static void Increment<TKey>(Dictionary<TKey, int> counts, TKey key)
        where TKey : notnull
    {
        ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _);
        count++;
    }

    /// <summary>
    /// Reads hit details from rows of (id, title, published, source, url, body, story id), the columns both engines
    /// select for the hits of a page.
    /// </summary>
    public static async Task ReadDetailsAsync(System.Data.Common.DbDataReader reader, Dictionary<long, Details> details, CancellationToken cancellationToken)
    {
        while (await reader.ReadAsync(cancellationToken))
        {
            PartialDate.TryParseIso(reader.IsDBNull(2) ? null : reader.GetString(2), out var published);
            details[reader.GetInt64(0)] = new Details(
                reader.IsDBNull(1) ? null : reader.GetString(1),
                published,
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? string.Empty : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6));
        }
    }

    public static IReadOnlyList<TrendPoint> Trend(IReadOnlyList<Match> rows, TrendInterval interval)
    {
        var counts = rows.Where(r => r.Values.Published is not null)
            .GroupBy(r => Ranking.PeriodStart(r.Values.Published!.Value, interval))
            .ToDictionary(g => g.Key, g => g.Count());
        if (counts.Count == 0)
        {
            return [];
        }

        var points = new List<TrendPoint>();
        var last = counts.Keys.Max();
        for (var period = counts.Keys.Min(); period <= last; period = Ranking.NextPeriod(period, interval))
        {
            points.Add(new TrendPoint(period, counts.GetValueOrDefault(period)));
        }

        return points;
    }

    /// <summary>The <see cref="FacetNames.MaxValues"/> most frequent values, ties by value: a bounded selection, not a sort of every value.</summary>
    public static IReadOnlyList<FacetValue> Top(IEnumerable<FacetValue> values) => TopBy(values, FacetOrder, FacetNames.MaxValues);

    /// <summary>Most frequent first, then by value (ordinal).</summary>
    public static int FacetOrder(FacetValue a, FacetValue b)
    {
        var byCount = b.Count.CompareTo(a.Count);
        return byCount != 0 ? byCount : string.CompareOrdinal(a.Value, b.Value);
    }

    /// <summary>The first <paramref name="max"/> items in <paramref name="order"/>, in that order, keeping only that many at a time (O(n log max)).</summary>
    public static List<T> TopBy<T>(IEnumerable<T> items, Comparison<T> order, int max)
    {
        // A heap whose root is the worst item kept, replaced when a better one comes.
        var heap = new PriorityQueue<T, T>(max + 1, Comparer<T>.Create((a, b) => order(b, a)));
        foreach (var item in items)
        {
            if (heap.Count < max)
            {
                heap.Enqueue(item, item);
            }
            else if (max > 0 && order(item, heap.Peek()) < 0)
            {
                heap.DequeueEnqueue(item, item);
            }
        }

        var top = heap.UnorderedItems.Select(i => i.Element).ToList();
        top.Sort(order);
        return top;
    }

    /// <summary>
    /// Matches in a rented array, for an engine to hand its thousands of matches to <see cref="AssembleAsync"/> without
    /// a large-object allocation per search; disposing returns the array.
    /// </summary>
    public sealed class MatchBuffer(int capacity) : IReadOnlyList<Match>, IDisposable
    {
        private Match[] items = System.Buffers.ArrayPool<Match>.Shared.Rent(Math.Max(1, capacity));

        public int Count { get; private set; }

        public Match this[int index] => index < Count ? items[index] : throw new ArgumentOutOfRangeException(nameof(index));

        public void Add(Match match)
        {
            if (Count == items.Length)
            {
                var larger = System.Buffers.ArrayPool<Match>.Shared.Rent(items.Length * 2);
                Array.Copy(items, larger, Count);
                System.Buffers.ArrayPool<Match>.Shared.Return(items);
                items = larger;
            }

            items[Count++] = match;
        }

        public IEnumerator<Match> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return items[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public void Dispose()
        {
            System.Buffers.ArrayPool<Match>.Shared.Return(items, clearArray: true);
            items = [];
            Count = 0;
        }
    }

    /// <summary>The ids of the matches, read through (no copy of thousands of ids for the facet counters).</summary>
    private sealed class MatchIds(IReadOnlyList<Match> rows) : IReadOnlyList<long>
    {
        public long this[int index] => rows[index].Id;

        public int Count => rows.Count;

        public IEnumerator<long> GetEnumerator()
        {
            for (var i = 0; i < rows.Count; i++)
            {
                yield return rows[i].Id;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
