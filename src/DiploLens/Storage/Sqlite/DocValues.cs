using System.Globalization;
using Microsoft.Data.Sqlite;

namespace DiploLens.Storage.Sqlite;

/// <summary>
/// The per-article values search filters, ranks and facets on (language, publication start, site, source, URL), held
/// in memory like Lucene's doc values: reading them from the articles table costs a b-tree lookup per match, which
/// dominated searches matching thousands of articles. Reloaded when the database changed (PRAGMA data_version on a
/// connection of its own sees commits from any connection or process). About 100 bytes an article.
/// </summary>
internal sealed class DocValues
{
    private const string DateFormat = "yyyy-MM-dd'T'HH:mm";

    private readonly ArticleValues?[]? denseEntries;
    private readonly int[]?[]? denseTerms;

    private DocValues(Dictionary<long, ArticleValues> entries, Dictionary<long, int[]> terms, Term[] termTable, long version)
    {
        Entries = entries;
        Terms = terms;
        TermTable = termTable;
        Version = version;

        // Article ids are SQLite rowids, dense unless many articles were deleted: then an array indexed by id answers
        // the per-match lookups of a search over thousands of matches without hashing.
        var maxId = entries.Count == 0 ? 0 : entries.Keys.Max();
        if (maxId < (4L * entries.Count) + 4096)
        {
            denseEntries = new ArticleValues?[maxId + 1];
            denseTerms = new int[]?[maxId + 1];
            foreach (var (id, entry) in entries)
            {
                denseEntries[id] = entry;
            }

            foreach (var (id, filed) in terms)
            {
                if (id <= maxId)
                {
                    denseTerms[id] = filed;
                }
            }
        }
    }

    /// <summary>A topic or entity an article is filed under; strings are shared between articles, and <see cref="Kind"/> is one instance per kind.</summary>
    public sealed record Term(string Kind, string Value, string Label);

    public IReadOnlyDictionary<long, ArticleValues> Entries { get; }

    /// <summary>
    /// Each article's topic and entity terms as indices into <see cref="TermTable"/>, for the topic and entity facets:
    /// counting them here, into an array indexed by term, instead of reading article_terms per query keeps faceted
    /// searches fast once every article is filed under its layers.
    /// </summary>
    public IReadOnlyDictionary<long, int[]> Terms { get; }

    /// <summary>Every distinct topic and entity term, once.</summary>
    public IReadOnlyList<Term> TermTable { get; }

    /// <summary>
    /// How many articles contain each folded word (any column), cached for this version of the store: it bounds a
    /// query's matches before matching (<c>SqliteSearch</c>), and reading it from the index scans the word's whole doclist.
    /// </summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, long> WordRows { get; } = new(StringComparer.Ordinal);

    /// <summary>The full-text postings searches of this version have read, and what scores them (<see cref="PostingsIndex"/>).</summary>
    public PostingsIndex Postings { get; } = new();

    /// <summary>Whether any article has topic or entity terms; when none has, those facets are empty.</summary>
    public bool HasLayerTerms => Terms.Count > 0;

    public long Version { get; }

    /// <summary>An article's values, when it existed as these values were loaded.</summary>
    public bool TryGet(long id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ArticleValues? values)
    {
        if (denseEntries is not null)
        {
            values = id >= 0 && id < denseEntries.Length ? denseEntries[id] : null;
            return values is not null;
        }

        return Entries.TryGetValue(id, out values);
    }

    /// <summary>An article's topic and entity terms (indices into <see cref="TermTable"/>), or null when it has none.</summary>
    public int[]? TermsOf(long id) =>
        denseTerms is not null
            ? (id >= 0 && id < denseTerms.Length ? denseTerms[id] : null)
            : Terms.GetValueOrDefault(id);

    public static async Task<long> VersionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA data_version";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public static async Task<DocValues> LoadAsync(SqliteConnection connection, long version, CancellationToken cancellationToken)
    {
        var entries = new Dictionary<long, ArticleValues>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                SELECT a.id, a.language, a.published_start, a.source, a.url, t.value
                FROM articles a LEFT JOIN article_terms t ON t.article_id = a.id AND t.kind = '{ArticleTerms.Source}'
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var languages = new Dictionary<string, string>(StringComparer.Ordinal);
            var sites = new Dictionary<string, string>(StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken))
            {
                var source = reader.GetString(3);
                var url = reader.IsDBNull(4) ? null : reader.GetString(4);
                var site = reader.IsDBNull(5) ? ArticleTerms.SiteOf(source, url) : reader.GetString(5);
                entries[reader.GetInt64(0)] = new ArticleValues(
                    Intern(languages, reader.GetString(1)),
                    reader.IsDBNull(2) ? null : DateTime.ParseExact(reader.GetString(2), DateFormat, CultureInfo.InvariantCulture),
                    Intern(sites, site),
                    source.ToLowerInvariant(),
                    url?.ToLowerInvariant());
            }
        }

        var filed = new Dictionary<long, List<int>>();
        var table = new List<Term>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT article_id, kind, value, label FROM article_terms WHERE kind IN ('{ArticleTerms.Topic}', '{ArticleTerms.Entity}')";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var pool = new Dictionary<(string, string), int>();
            var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken))
            {
                // Kinds are interned: facet counting splits terms by kind comparing references.
                var key = (Intern(kinds, reader.GetString(1)), reader.GetString(2));
                if (!pool.TryGetValue(key, out var index))
                {
                    pool[key] = index = table.Count;
                    table.Add(new Term(key.Item1, key.Item2, reader.GetString(3)));
                }

                var id = reader.GetInt64(0);
                if (!filed.TryGetValue(id, out var list))
                {
                    filed[id] = list = [];
                }

                list.Add(index);
            }
        }

        return new DocValues(entries, filed.ToDictionary(f => f.Key, f => f.Value.ToArray()), [.. table], version);
    }

    private static string Intern(Dictionary<string, string> pool, string value)
    {
        if (!pool.TryGetValue(value, out var interned))
        {
            pool[value] = interned = value;
        }

        return interned;
    }
}
