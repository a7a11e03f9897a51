using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DiploLens.Analysis;
using DiploLens.Stories;

namespace DiploLens.Storage;

/// <summary>
/// The story state tables (SQLite step 4, PostgreSQL step 5) on either engine, inside the transaction the store opened
/// under its story lock. The SQL is shared: lists and rows travel as one JSON parameter, read by <c>json_each</c>
/// (SQLite) or <c>json_array_elements</c> (PostgreSQL); only the per-feature and per-story "most recent N" reads differ
/// (a loop of indexed lookups in-process on SQLite, one <c>LATERAL</c> query on PostgreSQL). Feature vectors, centroids
/// and sketches are stored as compact text (<c>id:weight</c> pairs, hex), which an analyst can read.
/// </summary>
internal sealed class SqlStoryStateTables(DbConnection connection, DbTransaction transaction, bool postgres) : IStoryStateTables
{
    private string Values(string parameter) => postgres
        ? $"(SELECT value FROM json_array_elements_text(CAST({parameter} AS json)) AS j(value))"
        : $"(SELECT value FROM json_each({parameter}))";

    private string Rows(string parameter) => postgres
        ? $"json_array_elements(CAST({parameter} AS json)) AS j(value)"
        : $"json_each({parameter})";

    public async Task<string?> GetAsync(string name, CancellationToken cancellationToken) =>
        await ScalarAsync("SELECT value FROM story_state WHERE name = @name", cancellationToken, ("@name", name)) as string;

    public Task SetAsync(string name, string value, CancellationToken cancellationToken) =>
        ExecuteAsync("INSERT INTO story_state(name, value) VALUES (@name, @value) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            cancellationToken, ("@name", name), ("@value", value));

    public async Task<IReadOnlyList<StoredArticle>> UnstoriedAsync(int limit, CancellationToken cancellationToken)
    {
        var document = postgres ? "a.document::text" : "a.document";
        var list = new List<StoredArticle>();
        await using var command = Command($"""
            SELECT a.id, a.source_key, a.pipeline, {document} FROM story_pending p JOIN articles a ON a.id = p.article_id
            ORDER BY p.article_id LIMIT @limit
            """, ("@limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new StoredArticle(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2), DocumentJson.Deserialize(reader.GetString(3))));
        }

        return list;
    }

    public Task<IReadOnlyList<StoredFeature>> FeaturesByKeyAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        FeaturesAsync($"key IN {Values("@keys")}", ("@keys", Json(keys)), cancellationToken);

    public Task<IReadOnlyList<StoredFeature>> FeaturesByIdAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        FeaturesAsync($"id IN (SELECT CAST(value AS BIGINT) FROM {Values("@ids")} v)", ("@ids", Json(ids)), cancellationToken);

    public async Task<IReadOnlyList<StoredPosting>> RecentPostingsAsync(IReadOnlyCollection<long> featureIds, int perFeature, CancellationToken cancellationToken)
    {
        var list = new List<StoredPosting>();
        if (postgres)
        {
            await ReadAsync($"""
                SELECT f.id, p.story_id, p.touch FROM (SELECT CAST(value AS BIGINT) AS id FROM {Values("@ids")} v) f
                CROSS JOIN LATERAL (SELECT story_id, touch FROM story_postings WHERE feature_id = f.id ORDER BY touch DESC LIMIT @n) p
                """, r => list.Add(new StoredPosting(r.GetInt64(0), r.GetInt32(1), r.GetInt64(2))), cancellationToken, ("@ids", Json(featureIds)), ("@n", perFeature));
            return list;
        }

        await using var command = Command("SELECT story_id, touch FROM story_postings WHERE feature_id = @f ORDER BY touch DESC LIMIT @n", ("@f", 0L), ("@n", perFeature));
        foreach (var id in featureIds)
        {
            command.Parameters["@f"].Value = id;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                list.Add(new StoredPosting(id, reader.GetInt32(0), reader.GetInt64(1)));
            }
        }

        return list;
    }

    public async Task<IReadOnlyList<StoredSketch>> SketchesByBandAsync(IReadOnlyCollection<long> bandKeys, CancellationToken cancellationToken)
    {
        var list = new List<StoredSketch>();
        await ReadAsync($"""
            SELECT s.article_id, s.story_id, s.minhash FROM story_sketches s
            WHERE s.article_id IN (SELECT b.article_id FROM story_bands b WHERE b.band IN (SELECT CAST(value AS BIGINT) FROM {Values("@bands")} v))
            """, r => list.Add(new StoredSketch(r.GetInt64(0), r.GetInt32(1), ParseSketch(r.GetString(2)))), cancellationToken, ("@bands", Json(bandKeys)));
        return list;
    }

    public async Task<IReadOnlyDictionary<int, int>> MergedIntoAsync(IReadOnlyCollection<int> storyIds, CancellationToken cancellationToken)
    {
        var map = new Dictionary<int, int>();
        await ReadAsync($"SELECT story_id, into_id FROM story_merges WHERE story_id IN (SELECT CAST(value AS INTEGER) FROM {Values("@ids")} v)",
            r => map[r.GetInt32(0)] = r.GetInt32(1), cancellationToken, ("@ids", Json(storyIds)));
        return map;
    }

    public async Task<IReadOnlyList<StoredStory>> StoriesAsync(IReadOnlyCollection<int> storyIds, CancellationToken cancellationToken)
    {
        var list = new List<StoredStory>();
        await ReadAsync($"SELECT id, title, langs, time_from, time_to FROM stories WHERE id IN (SELECT CAST(value AS INTEGER) FROM {Values("@ids")} v)",
            r => list.Add(new StoredStory(r.GetInt32(0), r.IsDBNull(1) ? "" : r.GetString(1), SplitLanguages(r.IsDBNull(2) ? "" : r.GetString(2)), Time(r, 3), Time(r, 4))),
            cancellationToken, ("@ids", Json(storyIds)));
        return list;
    }

    public async Task<IReadOnlyList<StoredMember>> RecentMembersAsync(IReadOnlyCollection<int> storyIds, int perLanguage, CancellationToken cancellationToken)
    {
        const string Columns = "m.article_id, m.story_id, m.language, m.ord, m.time_start, m.time_end, m.features";
        var list = new List<StoredMember>();
        void Add(DbDataReader r) => list.Add(new StoredMember(r.GetInt64(0), r.GetInt32(1), r.GetString(2), r.GetInt64(3), Time(r, 4), Time(r, 5), ParseFeatures(r.GetString(6))));
        if (postgres)
        {
            await ReadAsync($"""
                SELECT {Columns} FROM stories s
                CROSS JOIN LATERAL unnest(string_to_array(coalesce(s.langs, ''), ',')) AS l(language)
                CROSS JOIN LATERAL (SELECT * FROM story_members x WHERE x.story_id = s.id AND x.language = l.language ORDER BY x.ord DESC LIMIT @n) m
                WHERE s.id IN (SELECT CAST(value AS INTEGER) FROM {Values("@ids")} v)
                """, Add, cancellationToken, ("@ids", Json(storyIds)), ("@n", perLanguage));
            return list;
        }

        var languages = new List<(int Story, string Language)>();
        await ReadAsync($"SELECT id, langs FROM stories WHERE id IN (SELECT value FROM json_each(@ids))", r =>
        {
            foreach (var language in SplitLanguages(r.IsDBNull(1) ? "" : r.GetString(1)))
            {
                languages.Add((r.GetInt32(0), language));
            }
        }, cancellationToken, ("@ids", Json(storyIds)));
        await using var command = Command($"SELECT {Columns} FROM story_members m WHERE m.story_id = @s AND m.language = @l ORDER BY m.ord DESC LIMIT @n", ("@s", 0), ("@l", ""), ("@n", perLanguage));
        foreach (var (story, language) in languages)
        {
            command.Parameters["@s"].Value = story;
            command.Parameters["@l"].Value = language;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                Add(reader);
            }
        }

        return list;
    }

    public async Task<IReadOnlyList<StoredCentroid>> CentroidsAsync(IReadOnlyCollection<int> storyIds, CancellationToken cancellationToken)
    {
        var list = new List<StoredCentroid>();
        await ReadAsync($"SELECT story_id, language, count, sums FROM story_centroids WHERE story_id IN (SELECT CAST(value AS INTEGER) FROM {Values("@ids")} v)",
            r => list.Add(new StoredCentroid(r.GetInt32(0), r.GetString(1), r.GetInt32(2), ParseSums(r.GetString(3)))), cancellationToken, ("@ids", Json(storyIds)));
        return list;
    }

    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        await ExecuteAsync("""
            DELETE FROM story_articles; DELETE FROM stories; DELETE FROM story_features; DELETE FROM story_postings;
            DELETE FROM story_merges; DELETE FROM story_members; DELETE FROM story_centroids; DELETE FROM story_sketches;
            DELETE FROM story_bands; DELETE FROM story_state;
            INSERT INTO story_pending(article_id) SELECT id FROM articles WHERE true ON CONFLICT DO NOTHING;
            """, cancellationToken);
    }

    public async Task ApplyAsync(StoryStateDelta delta, IReadOnlyList<StoryAssignment> assignments, StoryOptions options, CancellationToken cancellationToken)
    {
        foreach (var (name, value) in new[] { ("articles", delta.ArticleCount), ("next_feature", delta.NextFeatureId), ("next_story", (long)delta.NextStoryId) })
        {
            await SetAsync(name, value.ToString(CultureInfo.InvariantCulture), cancellationToken);
        }

        await ExecuteAsync($"""
            INSERT INTO story_features(id, key, kind, df)
            SELECT CAST(value ->> 0 AS BIGINT), value ->> 1, CAST(value ->> 2 AS INTEGER), CAST(value ->> 3 AS INTEGER) FROM {Rows("@rows")} WHERE true
            ON CONFLICT (id) DO UPDATE SET df = excluded.df
            """, cancellationToken, ("@rows", Json(delta.Features.Select(f => new object[] { f.Id, f.Key, (int)f.Kind, f.Df }))));

        // Surviving stories first: the links and the merges below point at them.
        await ExecuteAsync($"""
            INSERT INTO stories(id, article_count, languages, title, langs, time_from, time_to)
            SELECT CAST(value ->> 0 AS INTEGER), 0, '', value ->> 1, value ->> 2, CAST(value ->> 3 AS BIGINT), CAST(value ->> 4 AS BIGINT) FROM {Rows("@rows")} WHERE true
            ON CONFLICT (id) DO UPDATE SET title = excluded.title, langs = excluded.langs, time_from = excluded.time_from, time_to = excluded.time_to
            """, cancellationToken, ("@rows", Json(delta.Stories.Select(s => new object?[] { s.Id, s.Title, string.Join(',', s.Languages), s.From?.Ticks, s.To?.Ticks }))));

        foreach (var (from, into) in delta.Merges)
        {
            await ExecuteAsync("""
                UPDATE story_merges SET into_id = @into WHERE into_id = @from;
                INSERT INTO story_merges(story_id, into_id) VALUES (@from, @into) ON CONFLICT (story_id) DO UPDATE SET into_id = excluded.into_id;
                UPDATE story_members SET story_id = @into WHERE story_id = @from;
                UPDATE story_sketches SET story_id = @into WHERE story_id = @from;
                UPDATE story_articles SET story_id = @into WHERE story_id = @from;
                DELETE FROM story_centroids WHERE story_id = @from;
                DELETE FROM stories WHERE id = @from;
                """, cancellationToken, ("@from", from), ("@into", into));
        }

        // One row per (feature, story): within a batch a pair can be touched twice; the later touch wins, as it would in the table.
        var postings = delta.Postings.GroupBy(p => (p.FeatureId, p.StoryId)).Select(g => g.MaxBy(p => p.Touch)!);
        await ExecuteAsync($"""
            INSERT INTO story_postings(feature_id, story_id, touch)
            SELECT CAST(value ->> 0 AS BIGINT), CAST(value ->> 1 AS INTEGER), CAST(value ->> 2 AS BIGINT) FROM {Rows("@rows")} WHERE true
            ON CONFLICT (feature_id, story_id) DO UPDATE SET touch = CASE WHEN excluded.touch > story_postings.touch THEN excluded.touch ELSE story_postings.touch END
            """, cancellationToken, ("@rows", Json(postings.Select(p => new object[] { p.FeatureId, p.StoryId, p.Touch }))));

        await ExecuteAsync($"""
            INSERT INTO story_members(article_id, story_id, language, ord, time_start, time_end, features)
            SELECT CAST(value ->> 0 AS BIGINT), CAST(value ->> 1 AS INTEGER), value ->> 2, CAST(value ->> 3 AS BIGINT), CAST(value ->> 4 AS BIGINT), CAST(value ->> 5 AS BIGINT), value ->> 6
            FROM {Rows("@rows")} WHERE true
            ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, language = excluded.language, ord = excluded.ord,
                time_start = excluded.time_start, time_end = excluded.time_end, features = excluded.features
            """, cancellationToken, ("@rows", Json(delta.Members.Select(m => new object?[] { m.ArticleId, m.StoryId, m.Language, m.Order, m.TimeStart?.Ticks, m.TimeEnd?.Ticks, FormatFeatures(m.Features) }))));

        await ExecuteAsync($"""
            INSERT INTO story_centroids(story_id, language, count, sums)
            SELECT CAST(value ->> 0 AS INTEGER), value ->> 1, CAST(value ->> 2 AS INTEGER), value ->> 3 FROM {Rows("@rows")} WHERE true
            ON CONFLICT (story_id, language) DO UPDATE SET count = excluded.count, sums = excluded.sums
            """, cancellationToken, ("@rows", Json(delta.Centroids.Select(c => new object[] { c.StoryId, c.Language, c.Count, FormatSums(c.Sums) }))));

        await ExecuteAsync($"""
            INSERT INTO story_sketches(article_id, story_id, minhash)
            SELECT CAST(value ->> 0 AS BIGINT), CAST(value ->> 1 AS INTEGER), value ->> 2 FROM {Rows("@rows")} WHERE true
            ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, minhash = excluded.minhash
            """, cancellationToken, ("@rows", Json(delta.Sketches.Select(k => new object[] { k.ArticleId, k.StoryId, FormatSketch(k.MinHash) }))));
        await ExecuteAsync($"""
            INSERT INTO story_bands(band, article_id)
            SELECT CAST(value ->> 0 AS BIGINT), CAST(value ->> 1 AS BIGINT) FROM {Rows("@rows")}
            """, cancellationToken, ("@rows", Json(delta.Sketches.SelectMany(k => NearDuplicateIndex.BandKeys(k.MinHash, options).Distinct().Select(b => new object[] { b, k.ArticleId })))));

        var crossLingual = postgres ? "CAST(value ->> 6 AS BOOLEAN)" : "CAST(value ->> 6 AS INTEGER)";
        var evidence = postgres ? "CAST(value ->> 7 AS jsonb)" : "value ->> 7";
        await ExecuteAsync($"""
            INSERT INTO story_articles(article_id, story_id, link, linked_to, duplicate_of, score, cross_lingual, evidence)
            SELECT CAST(value ->> 0 AS BIGINT), CAST(value ->> 1 AS INTEGER), value ->> 2, CAST(value ->> 3 AS BIGINT), CAST(value ->> 4 AS BIGINT),
                   CAST(value ->> 5 AS DOUBLE PRECISION), {crossLingual}, {evidence}
            FROM {Rows("@rows")} WHERE true
            ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, link = excluded.link, linked_to = excluded.linked_to,
                duplicate_of = excluded.duplicate_of, score = excluded.score, cross_lingual = excluded.cross_lingual, evidence = excluded.evidence
            """, cancellationToken, ("@rows", Json(assignments.Select(a => new object?[]
            {
                a.ArticleId, a.StoryId, a.Link, a.LinkedTo, a.DuplicateOf, a.Score, postgres ? a.CrossLingual ? "true" : "false" : a.CrossLingual ? "1" : "0", a.EvidenceJson,
            }))));
        await ExecuteAsync($"DELETE FROM story_pending WHERE article_id IN (SELECT CAST(value AS BIGINT) FROM {Values("@ids")} v)",
            cancellationToken, ("@ids", Json(assignments.Select(a => a.ArticleId))));

        // Each clustered article is filed under its story (term kind 'story', labelled with the story's title): the
        // story: search filter and the workbench read it. Articles of merged stories are refiled under the survivor.
        var stories = delta.Stories.ToDictionary(s => s.Id);
        await ExecuteAsync($"DELETE FROM article_terms WHERE kind = '{ArticleTerms.Story}' AND article_id IN (SELECT CAST(value AS BIGINT) FROM {Values("@ids")} v)",
            cancellationToken, ("@ids", Json(assignments.Select(a => a.ArticleId))));
        await ExecuteAsync($"""
            INSERT INTO article_terms(article_id, kind, value, label, folded)
            SELECT CAST(value ->> 0 AS BIGINT), '{ArticleTerms.Story}', value ->> 1, value ->> 2, value ->> 3 FROM {Rows("@rows")}
            """, cancellationToken, ("@rows", Json(assignments.Where(a => stories.ContainsKey(a.StoryId)).Select(a => new object[]
            {
                a.ArticleId, a.StoryId.ToString(CultureInfo.InvariantCulture), stories[a.StoryId].Title, TextFolder.Fold(stories[a.StoryId].Title),
            }))));
        var mergedInto = delta.Merges.ToDictionary(m => m.From, m => m.Into);
        foreach (var (from, _) in delta.Merges)
        {
            var root = from;
            while (mergedInto.TryGetValue(root, out var next))
            {
                root = next;
            }

            var title = stories.TryGetValue(root, out var survivor) ? survivor.Title : "";
            await ExecuteAsync($"UPDATE article_terms SET value = @root, label = @label, folded = @folded WHERE kind = '{ArticleTerms.Story}' AND value = @from",
                cancellationToken, ("@root", root.ToString(CultureInfo.InvariantCulture)), ("@label", title), ("@folded", TextFolder.Fold(title)), ("@from", from.ToString(CultureInfo.InvariantCulture)));
        }

        // The summary rows the listings read, for the stories this batch touched.
        var languages = postgres
            ? "SELECT string_agg(DISTINCT a.language, ',' ORDER BY a.language) FROM story_articles s JOIN articles a ON a.id = s.article_id WHERE s.story_id = stories.id"
            : "SELECT group_concat(language, ',') FROM (SELECT DISTINCT a.language FROM story_articles s JOIN articles a ON a.id = s.article_id WHERE s.story_id = stories.id ORDER BY a.language)";
        await ExecuteAsync($"""
            UPDATE stories SET
                article_count = (SELECT count(*) FROM story_articles s WHERE s.story_id = stories.id),
                languages = coalesce(({languages}), ''),
                first_published = (SELECT min(a.published_start) FROM story_articles s JOIN articles a ON a.id = s.article_id WHERE s.story_id = stories.id),
                last_published = (SELECT max(a.published_start) FROM story_articles s JOIN articles a ON a.id = s.article_id WHERE s.story_id = stories.id)
            WHERE id IN (SELECT CAST(value AS INTEGER) FROM {Values("@ids")} v)
            """, cancellationToken, ("@ids", Json(delta.Stories.Select(s => s.Id))));
    }

    private async Task<IReadOnlyList<StoredFeature>> FeaturesAsync(string where, (string, object) parameter, CancellationToken cancellationToken)
    {
        var list = new List<StoredFeature>();
        await ReadAsync($"SELECT id, key, kind, df FROM story_features WHERE {where}",
            r => list.Add(new StoredFeature(r.GetInt64(0), r.GetString(1), (FeatureKind)r.GetInt32(2), r.GetInt32(3))), cancellationToken, parameter);
        return list;
    }

    private DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private async Task ReadAsync(string sql, Action<DbDataReader> row, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            row(reader);
        }
    }

    private static string Json<T>(IEnumerable<T> values) => JsonSerializer.Serialize(values);

    private static DateTime? Time(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : new DateTime(reader.GetInt64(ordinal), DateTimeKind.Utc);

    private static IReadOnlyList<string> SplitLanguages(string languages) =>
        languages.Split(',', StringSplitOptions.RemoveEmptyEntries);

    internal static string FormatFeatures(IReadOnlyList<(long Feature, float Weight)> features)
    {
        var text = new StringBuilder(features.Count * 12);
        foreach (var (id, weight) in features)
        {
            text.Append(text.Length == 0 ? "" : " ").Append(id.ToString(CultureInfo.InvariantCulture)).Append(':').Append(weight.ToString("R", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    internal static List<(long Feature, float Weight)> ParseFeatures(string text) =>
        Pairs(text).Select(p => (p.Id, float.Parse(p.Value, CultureInfo.InvariantCulture))).ToList();

    private static string FormatSums(IReadOnlyList<(long Feature, double Sum)> sums) =>
        string.Join(' ', sums.Select(s => s.Feature.ToString(CultureInfo.InvariantCulture) + ":" + s.Sum.ToString("R", CultureInfo.InvariantCulture)));

    private static List<(long Feature, double Sum)> ParseSums(string text) =>
        Pairs(text).Select(p => (p.Id, double.Parse(p.Value, CultureInfo.InvariantCulture))).ToList();

    private static IEnumerable<(long Id, string Value)> Pairs(string text)
    {
        foreach (var pair in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = pair.IndexOf(':');
            yield return (long.Parse(pair.AsSpan(0, colon), CultureInfo.InvariantCulture), pair[(colon + 1)..]);
        }
    }

    internal static string FormatSketch(ulong[] sketch) => string.Concat(sketch.Select(v => v.ToString("x16", CultureInfo.InvariantCulture)));

    internal static ulong[] ParseSketch(string text) =>
        Enumerable.Range(0, text.Length / 16).Select(i => ulong.Parse(text.AsSpan(i * 16, 16), NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
}
