using System.Globalization;
using DiploLens.Search;
using DiploLens.Storage;
using DiploLens.Storage.Sqlite;
using DiploLens.Tests.TestKit;
using Microsoft.Data.Sqlite;
using static DiploLens.Tests.TestKit.StoreBuilder;

namespace DiploLens.Tests.Storage;

/// <summary>
/// The in-memory postings evaluation must give FTS5's own answers: for queries built from every word and word pair of
/// the seeds and fixtures (not chosen by hand), the same matches, title matches and bm25() to within rounding, and searches
/// through the store the same totals, order, scores and facets with the postings on and off.
/// </summary>
public sealed class PostingsIndexTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private static readonly ArticleToSave[] Extra =
    [
        // Words repeated in title and body, with and without diacritics, so column weights and exact matches count.
        Article("Hợp tác Đông Nam Á. Hop tac dong nam a. Hợp tác, hợp tác và hợp tác.", "https://x.vn/1", "vi", "2023-12-05", "Hợp tác Đông Nam Á hợp tác"),
        Article("Dong Nai and Đồng Nai: the Mekong delta. Delta Mekong delta.", "https://x.vn/2", "en", "2023-11-02", "Mekong delta Mekong"),
        Article("L'ONU et l'ASEAN; l'ONU encore. Nations unies, Nations unies.", "https://x.fr/3", "fr", "2022-05-10", "ONU ONU ONU"),
    ];

    private async Task<string> StorePathAsync()
    {
        var path = await SamplesAsync(folder.File($"p-{Guid.NewGuid():N}.db"));
        await using var store = await SqliteNewsStore.OpenAsync(path);
        await store.SaveAsync(Extra);
        return path;
    }

    /// <summary>Queries from the indexed text itself: single words, adjacent pairs as phrases and as AND, OR and exclusions.</summary>
    private static async Task<List<string>> QueriesFromIndexAsync(SqliteConnection connection)
    {
        var texts = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT title_exact || ' ' || body_exact FROM articles_fts";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                texts.Add(reader.GetString(0));
            }
        }

        var queries = new List<string>();
        var random = new Random(7);
        foreach (var text in texts)
        {
            var words = QueryWords.Split(text).Where(w => w.All(char.IsLetterOrDigit)).ToList();
            for (var i = 0; i + 1 < words.Count; i += 3)
            {
                queries.Add(words[i]);
                queries.Add($"\"{words[i]} {words[i + 1]}\"");
                queries.Add($"{words[i]} {words[i + 1]}");
                var other = words[random.Next(words.Count)];
                queries.Add($"{words[i]} OR {other}");
                queries.Add($"{words[i]} -{other}");
            }
        }

        return queries.Distinct(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public async Task Match_QueriesFromTheIndex_EqualFts5MatchesAndBm25()
    {
        var path = await StorePathAsync();
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        var queries = await QueriesFromIndexAsync(connection);
        Assert.True(queries.Count > 300, $"only {queries.Count} queries");
        var index = new PostingsIndex();
        var compared = 0;
        var nonEmpty = 0;
        foreach (var text in queries)
        {
            var query = QueryParser.Parse(text);
            if (await index.MatchAsync(connection, query, CancellationToken.None) is not { } evaluated)
            {
                continue;
            }

            var expected = await Fts5Async(connection, FtsExpression.Positive(query)!);
            Assert.True(expected.Keys.Order().SequenceEqual(evaluated.Ids), $"matches differ for {text}: FTS5 {string.Join(',', expected.Keys.Order())}, postings {string.Join(',', evaluated.Ids)}");
            foreach (var (id, relevance) in evaluated.Relevance(evaluated.Ids))
            {
                Assert.True(Math.Abs(relevance - expected[id]) <= 1e-9 * Math.Max(1, Math.Abs(expected[id])), $"bm25 differs for {text} in {id}: FTS5 {expected[id]}, postings {relevance}");
            }

            var inTitle = (await Fts5Async(connection, FtsExpression.Title(query)!)).Keys.ToHashSet();
            Assert.True(inTitle.SetEquals(evaluated.TitleMatches), $"title matches differ for {text}");
            compared++;
            nonEmpty += evaluated.Ids.Length > 0 ? 1 : 0;
        }

        Assert.True(compared > queries.Count * 9 / 10, $"only {compared} of {queries.Count} queries were covered");
        Assert.True(nonEmpty > compared / 2, $"only {nonEmpty} of {compared} matched anything");
    }

    [Fact]
    public async Task Search_WithAndWithoutPostings_SameTotalsOrderScoresAndFacets()
    {
        var path = await StorePathAsync();
        await using var store = await SqliteNewsStore.OpenAsync(path, new FixedClock(Now));
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        var queries = (await QueriesFromIndexAsync(connection)).Take(200)
            .Concat(["Bui Thanh Son lang:vi", "\"Liên hợp quốc\" from:2020-01", "hợp tác source:x.vn", "ONU OR ASEAN -unies"]);
        var paging = new SearchPaging(1, 50) { WithFacets = true };
        foreach (var text in queries)
        {
            var query = QueryParser.Parse(text);
            store.SearchWithPostings = true;
            var fast = await store.SearchAsync(query, paging);
            store.SearchWithPostings = false;
            var slow = await store.SearchAsync(query, paging);
            Assert.Equal(slow.Total, fast.Total);
            Assert.Equal(Describe(slow.Items), Describe(fast.Items));
            Assert.Equal(Describe(slow.Facets), Describe(fast.Facets));
        }
    }

    [Theory]
    [InlineData("multilat*")]
    [InlineData("-son")]
    public void Covers_PrefixOrNoPositiveClause_LeftToFts5(string text) =>
        Assert.False(PostingsIndex.Covers(QueryParser.Parse(text)));

    [Fact]
    public void Varint_ReadsSqliteEncoding()
    {
        byte[] bytes = [0x05, 0x81, 0x00, 0xFF, 0x7F, 0x82, 0x80, 0x01];
        var at = 0;
        Assert.Equal(5, PostingsIndex.Varint.Read(bytes, ref at));
        Assert.Equal(128, PostingsIndex.Varint.Read(bytes, ref at));
        Assert.Equal(16383, PostingsIndex.Varint.Read(bytes, ref at));
        Assert.Equal((2L << 14) + 1, PostingsIndex.Varint.Read(bytes, ref at));
        Assert.Equal(bytes.Length, at);
    }

    private static async Task<Dictionary<long, double>> Fts5Async(SqliteConnection connection, string match)
    {
        var scores = new Dictionary<long, double>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT rowid, -bm25(articles_fts, 4.0, 1.0, 4.0, 1.0) FROM articles_fts WHERE articles_fts MATCH $m";
        command.Parameters.AddWithValue("$m", match);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            scores[reader.GetInt64(0)] = reader.GetDouble(1);
        }

        return scores;
    }

    private static List<string> Describe(IReadOnlyList<SearchHit> hits) =>
        hits.Select(h => string.Create(CultureInfo.InvariantCulture, $"{h.Id}:{h.Score}")).ToList();

    private static List<string> Describe(IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> facets) =>
        facets.OrderBy(f => f.Key, StringComparer.Ordinal).SelectMany(f => f.Value.Select(v => $"{f.Key}:{v.Value}:{v.Count}")).ToList();
}
