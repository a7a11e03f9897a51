using System.Diagnostics;
using System.Globalization;
using DiploLens.Search;
using DiploLens.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace DiploLens.Bench;

/// <summary>
/// Runs the load run's queries and words drawn from the store's own vocabulary through a SQLite store twice — with
/// the in-memory postings and with FTS5 row by row — and checks that totals, the first page (ids and scores) and the
/// facets are the same; prints how many differ and what each way costs per query, cold (first time a word is asked)
/// and warm (asked again).
/// </summary>
internal static class SearchCheck
{
    public static async Task<int> RunAsync(string path, int words)
    {
        var vocabulary = await Vocabulary.ReadAsync(path, words, seed: 11);
        var queries = LoadRun.Kinds.SelectMany(k => k.Queries).Concat(vocabulary).ToList();
        await using var store = await SqliteNewsStore.OpenAsync(path);
        var paging = new SearchPaging(1, 50) { WithFacets = true };
        var differ = 0;
        double fts = 0, cold = 0, warm = 0;
        await store.SearchAsync(QueryParser.Parse("warm"), paging);
        foreach (var text in queries)
        {
            var query = QueryParser.Parse(text);
            store.SearchWithPostings = false;
            var start = Stopwatch.GetTimestamp();
            var slow = await store.SearchAsync(query, paging);
            fts += Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            store.SearchWithPostings = true;
            start = Stopwatch.GetTimestamp();
            var fast = await store.SearchAsync(query, paging);
            cold += Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            start = Stopwatch.GetTimestamp();
            await store.SearchAsync(query, paging);
            warm += Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (Describe(slow) != Describe(fast))
            {
                differ++;
                Console.WriteLine($"differs: {text} (total {slow.Total} vs {fast.Total})");
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{queries.Count} queries ({vocabulary.Count} from the vocabulary), {differ} differ; mean ms per query: FTS5 {fts / queries.Count:0.00}, postings cold {cold / queries.Count:0.00}, warm {warm / queries.Count:0.00}"));

        // The load run's queries as it sends them (20 a page, facets only for the faceted kind), warm, one at a time.
        Console.WriteLine("| query | matches | FTS5 ms | postings ms |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (kind, kindQueries) in LoadRun.Kinds)
        {
            var loadPaging = new SearchPaging(1, 20) { WithFacets = kind == "faceted" };
            foreach (var text in kindQueries)
            {
                var query = QueryParser.Parse(text);
                var times = new double[2];
                long total = 0;
                for (var way = 0; way < 2; way++)
                {
                    store.SearchWithPostings = way == 1;
                    const int Runs = 20;
                    var start = Stopwatch.GetTimestamp();
                    for (var r = 0; r < Runs; r++)
                    {
                        total = (await store.SearchAsync(query, loadPaging)).Total;
                    }

                    times[way] = Stopwatch.GetElapsedTime(start).TotalMilliseconds / Runs;
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {kind}: {text} | {total:N0} | {times[0]:0.00} | {times[1]:0.00} |"));
            }
        }

        return differ == 0 ? 0 : 1;
    }

    private static string Describe(SearchResult result) =>
        string.Create(CultureInfo.InvariantCulture, $"{result.Total}|")
        + string.Join(",", result.Items.Select(h => string.Create(CultureInfo.InvariantCulture, $"{h.Id}:{h.Score}")))
        + "|" + string.Join(",", result.Facets.OrderBy(f => f.Key, StringComparer.Ordinal).SelectMany(f => f.Value.Select(v => $"{f.Key}:{v.Value}:{v.Count}")));
}

/// <summary>Words drawn from a store's full-text vocabulary (with their diacritics), for queries nobody hand-picked.</summary>
internal static class Vocabulary
{
    /// <summary>
    /// <paramref name="count"/> words of the exact-diacritic columns found in at least 5 articles, drawn at random
    /// (fixed seed), alone or, one in four, as a two-word AND with the next word drawn.
    /// </summary>
    public static async Task<List<string>> ReadAsync(string path, int count, int seed)
    {
        var terms = new List<string>();
        await using (var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, articles_fts, col);
                SELECT term FROM temp.v WHERE col = 'body_exact' AND doc >= 5 AND length(term) > 2 ORDER BY term;
                """;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var term = reader.GetString(0);
                if (term.All(char.IsLetter))
                {
                    terms.Add(term);
                }
            }
        }

        var random = new Random(seed);
        return Enumerable.Range(0, count)
            .Select(i => i % 4 == 3 ? $"{terms[random.Next(terms.Count)]} {terms[random.Next(terms.Count)]}" : terms[random.Next(terms.Count)])
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
