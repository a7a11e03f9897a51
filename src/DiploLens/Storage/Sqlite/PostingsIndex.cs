using System.Collections.Concurrent;
using DiploLens.Search;
using Microsoft.Data.Sqlite;

namespace DiploLens.Storage.Sqlite;

/// <summary>
/// Evaluates a search over FTS5's own postings held in memory, the way Lucene keeps postings and norms at hand: the
/// words a query uses are read once from the index (<see cref="TermPostings"/>), then matching, phrase checks and BM25
/// run over arrays. FTS5 computes the same things per row through its auxiliary-function API — a docsize lookup and a
/// position-list decode for every scored match — which made common words cost 20–40 ms; from memory they cost well
/// under a millisecond once their postings are loaded.
/// <para>
/// The results are FTS5's, not an approximation: the same match set as <see cref="FtsExpression.Positive"/> and the
/// same <c>bm25()</c> value (k1 = 1.2, b = 0.75, the per-column weights, IDF floored at 1e-6, document length and
/// average over all four columns, the phrases summed in expression order), which <c>SqliteSearchTests</c> checks query
/// by query against FTS5 itself. Queries it does not cover (prefix terms, no positive clause, words the index might
/// split differently) return null and go to FTS5.
/// </para>
/// <para>
/// Postings, and where each phrase asked for occurs, are cached for one version of the store (this object lives in its
/// <see cref="DocValues"/>); when the cache would exceed <see cref="MaxCachedPositions"/> it is emptied and refills
/// with the words still asked for.
/// </para>
/// </summary>
internal sealed class PostingsIndex
{
    /// <summary>About 128 MB of positions (4 bytes each) plus their article ids.</summary>
    public const long MaxCachedPositions = 32_000_000;

    /// <summary>The <c>bm25()</c> weights of title, body, title_exact and body_exact: a title hit counts four body hits.</summary>
    public static readonly IReadOnlyList<double> ColumnWeights = [4.0, 1.0, 4.0, 1.0];

    private const double K1 = 1.2;
    private const double B = 0.75;
    private const int FoldedColumns = 0b0011;
    private const int ExactColumns = 0b1100;
    private const int TitleColumn = 0b0001;

    private readonly ConcurrentDictionary<string, Lazy<Task<TermPostings?>>> terms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PhraseHits> phraseHits = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(PhraseHits, PhraseHits), long[]> termDocs = new();
    private readonly SemaphoreSlim sizesGate = new(1, 1);
    private long cachedPositions;
    private DocumentSizes? sizes;

    /// <summary>
    /// The query's matches and what ranks them, or null when the query is one this index leaves to FTS5 (see the
    /// class remarks) or a word's postings cannot be held.
    /// </summary>
    public async Task<PostingsMatch?> MatchAsync(SqliteConnection connection, SearchQuery query, CancellationToken cancellationToken)
    {
        if (!Covers(query))
        {
            return null;
        }

        var documentSizes = await SizesAsync(connection, cancellationToken);
        var positive = query.Clauses.Where(c => !c.Excluded).ToList();
        var phrases = new List<PhraseHits>();
        var clauseSets = new List<long[]>();
        var titleSets = new List<long[]>();
        foreach (var clause in positive)
        {
            var union = Array.Empty<long>();
            var inTitle = Array.Empty<long>();
            foreach (var term in clause.Alternatives)
            {
                // Expression order: the folded phrase, then the exact one (FtsExpression.Clause).
                var folded = await PhraseAsync(connection, term.FoldedWords, FoldedColumns, cancellationToken);
                var exact = await PhraseAsync(connection, term.ExactWords, ExactColumns, cancellationToken);
                if (folded is null || exact is null)
                {
                    return null;
                }

                phrases.Add(folded);
                phrases.Add(exact);
                union = SortedIds.Union(union, TermDocs(folded, exact));
                inTitle = SortedIds.Union(inTitle, folded.TitleDocs);
            }

            clauseSets.Add(union);
            titleSets.Add(inTitle);
        }

        var ids = clauseSets.OrderBy(s => s.Length).Aggregate(SortedIds.Intersect);
        foreach (var term in query.Clauses.Where(c => c.Excluded).SelectMany(c => c.Alternatives))
        {
            if (await PhraseAsync(connection, term.FoldedWords, FoldedColumns, cancellationToken) is not { } excluded)
            {
                return null;
            }

            ids = SortedIds.Except(ids, excluded.Docs);
        }

        // A title match (the first choice of candidates to score) has every positive clause in the folded title
        // (FtsExpression.Title: exclusions left out).
        return new PostingsMatch(ids, titleSets.Aggregate(SortedIds.Intersect), phrases, documentSizes);
    }

    /// <summary>
    /// Whether the query is one whose FTS5 semantics this index reproduces: a positive clause, no prefix term, and
    /// words of letters and digits only (what FTS5's unicode61 tokenizer keeps whole, in the case it indexes).
    /// </summary>
    public static bool Covers(SearchQuery query) =>
        query.HasPositiveClause
        && query.Clauses.SelectMany(c => c.Alternatives).All(t =>
            !t.IsPrefix
            && t.FoldedWords.Count > 0
            && t.ExactWords.Count > 0
            && t.FoldedWords.Concat(t.ExactWords).All(w => w.All(c => char.IsLetterOrDigit(c) && char.ToLowerInvariant(c) == c)));

    /// <summary>Where a phrase occurs within the given columns, and with what weighted frequency (BM25's term frequency).</summary>
    private async Task<PhraseHits?> PhraseAsync(SqliteConnection connection, IReadOnlyList<string> words, int columns, CancellationToken cancellationToken)
    {
        // Where a phrase occurs is kept beside the postings it was found in: a word asked again costs nothing.
        var key = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{columns}:{string.Join(' ', words)}");
        if (phraseHits.TryGetValue(key, out var known))
        {
            return known;
        }

        var postings = new TermPostings[words.Count];
        for (var w = 0; w < words.Count; w++)
        {
            if (await TermAsync(connection, words[w], cancellationToken) is not { } loaded)
            {
                return null;
            }

            postings[w] = loaded;
        }

        var hits = PhraseHits.Find(postings, columns);
        Cache(hits.Docs.Length * 2L, () => phraseHits.TryAdd(key, hits));
        return hits;
    }

    /// <summary>The articles a term matches (its folded or its exact phrase), kept with the phrases: a common word's thousands of ids are not merged again for every search.</summary>
    private long[] TermDocs(PhraseHits folded, PhraseHits exact)
    {
        if (exact.Docs.Length == 0)
        {
            return folded.Docs;
        }

        if (termDocs.TryGetValue((folded, exact), out var known))
        {
            return known;
        }

        var docs = SortedIds.Union(folded.Docs, exact.Docs);
        Cache(docs.Length, () => termDocs.TryAdd((folded, exact), docs));
        return docs;
    }

    /// <summary>
    /// Counts <paramref name="size"/> against <see cref="MaxCachedPositions"/> and adds the entry; when the cache would
    /// be full it is emptied first (searches holding postings keep them until they finish).
    /// </summary>
    private void Cache(long size, Action add)
    {
        if (Interlocked.Add(ref cachedPositions, size) > MaxCachedPositions)
        {
            terms.Clear();
            phraseHits.Clear();
            termDocs.Clear();
            Interlocked.Exchange(ref cachedPositions, size);
        }

        add();
    }

    private async Task<TermPostings?> TermAsync(SqliteConnection connection, string word, CancellationToken cancellationToken)
    {
        var entry = terms.GetOrAdd(word, w => new Lazy<Task<TermPostings?>>(() => LoadAsync(connection, w)));
        try
        {
            return await entry.Value.WaitAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed read is not cached: the next search tries again.
            terms.TryRemove(new KeyValuePair<string, Lazy<Task<TermPostings?>>>(word, entry));
            throw;
        }
    }

    private async Task<TermPostings?> LoadAsync(SqliteConnection connection, string word)
    {
        // Neither cancelled with the search that happened to start it nor run on its connection: other searches may be
        // waiting for the same word after that one ended.
        await using var own = new SqliteConnection(connection.ConnectionString);
        await own.OpenAsync(CancellationToken.None);
        var postings = await TermPostings.LoadAsync(own, word, CancellationToken.None);
        if (postings is not null)
        {
            // The word's entry is already in the cache (GetOrAdd); adding it again only matters when counting its
            // size emptied the cache.
            Cache(postings.Size, () => terms.TryAdd(word, new Lazy<Task<TermPostings?>>(Task.FromResult<TermPostings?>(postings))));
        }

        return postings;
    }

    private async Task<DocumentSizes> SizesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref sizes) is { } loaded)
        {
            return loaded;
        }

        await sizesGate.WaitAsync(cancellationToken);
        try
        {
            return sizes ??= await DocumentSizes.LoadAsync(connection, cancellationToken);
        }
        finally
        {
            sizesGate.Release();
        }
    }

    /// <summary>
    /// The articles where one phrase of the expression occurs within its columns, ascending, with the weighted count of
    /// its occurrences (FTS5's <c>aFreq</c>: each instance adds its column's weight) and which of them have it in the title.
    /// </summary>
    internal sealed record PhraseHits(long[] Docs, double[] Frequencies, long[] TitleDocs)
    {
        /// <summary>How many articles contain the phrase (BM25's n(q) for its IDF).</summary>
        public int Hits => Docs.Length;

        /// <summary>
        /// Walks the articles of the phrase's rarest word, the other words' articles followed by cursors that only move
        /// forward; in each article shared by all words, each position of the rarest word at which every other word sits
        /// where the phrase puts it is one instance.
        /// </summary>
        public static PhraseHits Find(TermPostings[] words, int columns)
        {
            var docs = new List<long>();
            var frequencies = new List<double>();
            var titleDocs = new List<long>();
            var driver = 0;
            for (var w = 1; w < words.Length; w++)
            {
                driver = words[w].Docs.Length < words[driver].Docs.Length ? w : driver;
            }

            var rarest = words[driver];
            var at = new int[words.Length];
            for (var i = 0; i < rarest.Docs.Length; i++)
            {
                var doc = rarest.Docs[i];
                var present = true;
                for (var w = 0; w < words.Length && present; w++)
                {
                    if (w != driver)
                    {
                        var other = words[w].Docs;
                        while (at[w] < other.Length && other[at[w]] < doc)
                        {
                            at[w]++;
                        }

                        present = at[w] < other.Length && other[at[w]] == doc;
                    }
                }

                if (!present)
                {
                    continue;
                }

                var frequency = 0.0;
                var inTitle = false;
                for (var p = rarest.Starts[i]; p < rarest.Starts[i + 1]; p++)
                {
                    var position = rarest.Positions[p];
                    var column = TermPostings.ColumnOf(position);

                    // The phrase starts 'driver' words before; it cannot start before the column does.
                    if ((columns & (1 << column)) == 0 || (position & (TermPostings.MaxOffset - 1)) < driver)
                    {
                        continue;
                    }

                    var start = position - driver;
                    var whole = true;
                    for (var w = 0; w < words.Length && whole; w++)
                    {
                        whole = w == driver || words[w].HasPosition(at[w], start + w);
                    }

                    if (whole)
                    {
                        frequency += ColumnWeights[column];
                        inTitle |= (TitleColumn & (1 << column)) != 0;
                    }
                }

                if (frequency > 0)
                {
                    docs.Add(doc);
                    frequencies.Add(frequency);
                    if (inTitle)
                    {
                        titleDocs.Add(doc);
                    }
                }
            }

            return new PhraseHits([.. docs], [.. frequencies], [.. titleDocs]);
        }

        public double FrequencyIn(long doc)
        {
            var i = Array.BinarySearch(Docs, doc);
            return i >= 0 ? Frequencies[i] : 0;
        }
    }

    /// <summary>
    /// The token counts BM25 normalises by, read from FTS5's own tables: each article's size over all columns
    /// (<c>articles_fts_docsize</c>) and the table's row count and total size (the averages record, id 1 of
    /// <c>articles_fts_data</c>) — what FTS5's xColumnSize(-1), xRowCount and xColumnTotalSize(-1) return.
    /// </summary>
    internal sealed class DocumentSizes(Dictionary<long, int> sizes, long rows, long tokens)
    {
        public long Rows { get; } = rows;

        public double AverageLength { get; } = rows == 0 ? 0 : (double)tokens / (double)rows;

        public int SizeOf(long doc) => sizes.GetValueOrDefault(doc);

        public static async Task<DocumentSizes> LoadAsync(SqliteConnection connection, CancellationToken cancellationToken)
        {
            var sizes = new Dictionary<long, int>();
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT id, sz FROM articles_fts_docsize";
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var blob = (byte[])reader.GetValue(1);
                    long total = 0;
                    for (var at = 0; at < blob.Length;)
                    {
                        total += Varint.Read(blob, ref at);
                    }

                    sizes[reader.GetInt64(0)] = (int)total;
                }
            }

            long rows = 0;
            long tokens = 0;
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT block FROM articles_fts_data WHERE id = 1";
                if (await command.ExecuteScalarAsync(cancellationToken) is byte[] averages)
                {
                    var at = 0;
                    rows = Varint.Read(averages, ref at);
                    while (at < averages.Length)
                    {
                        tokens += Varint.Read(averages, ref at);
                    }
                }
            }

            return new DocumentSizes(sizes, rows, tokens);
        }
    }

    /// <summary>SQLite's variable-length integers (big-endian 7-bit groups, the ninth byte whole), as FTS5 writes sizes.</summary>
    internal static class Varint
    {
        public static long Read(byte[] bytes, ref int at)
        {
            long value = 0;
            for (var i = 0; i < 8; i++)
            {
                var b = bytes[at++];
                value = (value << 7) | (long)(b & 0x7F);
                if ((b & 0x80) == 0)
                {
                    return value;
                }
            }

            return (value << 8) | bytes[at++];
        }
    }

    /// <summary>
    /// One evaluated query: its matches (ascending ids, exclusions applied, filters not yet), the ones matching in the
    /// title, and BM25 relevance (higher better, FTS5's <c>-bm25()</c>) of any of them.
    /// </summary>
    internal sealed class PostingsMatch(long[] ids, long[] titleIds, IReadOnlyList<PhraseHits> phrases, DocumentSizes sizes)
    {
        private readonly double[] idf = phrases.Select(p => Idf(sizes.Rows, p.Hits)).ToArray();

        public long[] Ids { get; } = ids;

        public HashSet<long> TitleMatches { get; } = [.. titleIds];

        public Dictionary<long, double> Relevance(IReadOnlyList<long> docs)
        {
            var relevance = new Dictionary<long, double>(docs.Count);
            foreach (var doc in docs)
            {
                if (Array.BinarySearch(Ids, doc) >= 0)
                {
                    relevance[doc] = Bm25(doc);
                }
            }

            return relevance;
        }

        /// <summary>FTS5's fts5Bm25Function, term for term and in the same order, so the doubles come out equal.</summary>
        private double Bm25(long doc)
        {
            var d = (double)sizes.SizeOf(doc);
            var score = 0.0;
            for (var i = 0; i < phrases.Count; i++)
            {
                var frequency = phrases[i].FrequencyIn(doc);
                score += idf[i] * ((frequency * (K1 + 1.0)) / (frequency + (K1 * (1 - B + (B * d / sizes.AverageLength)))));
            }

            return score;
        }

        private static double Idf(long rows, long hits)
        {
            var idf = Math.Log((rows - hits + 0.5) / (hits + 0.5));
            return idf <= 0.0 ? 1e-6 : idf;
        }
    }
}
