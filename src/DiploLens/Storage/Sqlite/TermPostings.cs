using Microsoft.Data.Sqlite;

namespace DiploLens.Storage.Sqlite;

/// <summary>
/// One index word's postings as FTS5 holds them, decoded once into arrays: the articles that contain it (ascending
/// rowid) and, per article, its positions as <c>column &lt;&lt; 28 | offset</c> (ascending, so column-major like FTS5's
/// own position lists). Read through FTS5's <c>fts5vocab</c> instance table, so the words and positions are exactly
/// the index's: nothing is tokenized twice.
/// </summary>
internal sealed class TermPostings
{
    /// <summary>Offsets at or above this do not fit beside the column number; such a word is left to FTS5.</summary>
    public const int MaxOffset = 1 << 28;

    private TermPostings(long[] docs, int[] starts, int[] positions)
    {
        Docs = docs;
        Starts = starts;
        Positions = positions;
    }

    public static TermPostings Empty { get; } = new([], [0], []);

    /// <summary>The articles containing the word in any column, ascending.</summary>
    public long[] Docs { get; }

    /// <summary><c>Positions[Starts[i]..Starts[i + 1]]</c> are the word's positions in <c>Docs[i]</c>.</summary>
    public int[] Starts { get; }

    public int[] Positions { get; }

    /// <summary>How many positions (index instances) the postings hold: the cache's measure of size.</summary>
    public int Size => Positions.Length;

    public static int Pack(int column, int offset) => (column << 28) | offset;

    public static int ColumnOf(int position) => position >>> 28;

    /// <summary>Whether the word is at <paramref name="position"/> in the article at index <paramref name="docIndex"/>.</summary>
    public bool HasPosition(int docIndex, int position) =>
        Array.BinarySearch(Positions, Starts[docIndex], Starts[docIndex + 1] - Starts[docIndex], position) >= 0;

    /// <summary>
    /// Reads one word's postings from the <c>temp.articles_fts_instances</c> fts5vocab table (created on the connection
    /// on first use). Returns null when an offset is too large to pack or the instances come out of order (the caller
    /// then leaves the query to FTS5).
    /// </summary>
    public static async Task<TermPostings?> LoadAsync(SqliteConnection connection, string term, CancellationToken cancellationToken)
    {
        await using (var create = connection.CreateCommand())
        {
            // Per connection (temp schema); pooled connections keep it.
            create.CommandText = "CREATE VIRTUAL TABLE IF NOT EXISTS temp.articles_fts_instances USING fts5vocab(main, articles_fts, instance)";
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var command = connection.CreateCommand();

        // The column comes back by name; numbering it in SQL avoids a string per row.
        command.CommandText = """
            SELECT doc, CASE col WHEN 'title' THEN 0 WHEN 'body' THEN 1 WHEN 'title_exact' THEN 2 ELSE 3 END, offset
            FROM temp.articles_fts_instances WHERE term = $term
            """;
        command.Parameters.AddWithValue("$term", term);
        var docs = new List<long>();
        var starts = new List<int>();
        var positions = new List<int>();
        var sorted = true;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var doc = reader.GetInt64(0);
                var offset = reader.GetInt32(2);
                if (offset < 0 || offset >= MaxOffset)
                {
                    return null;
                }

                if (docs.Count == 0 || docs[^1] != doc)
                {
                    sorted &= docs.Count == 0 || docs[^1] < doc;
                    docs.Add(doc);
                    starts.Add(positions.Count);
                }

                var position = Pack(reader.GetInt32(1), offset);
                sorted &= positions.Count == starts[^1] || positions[^1] < position;
                positions.Add(position);
            }
        }

        // FTS5 lists instances by article, column and offset; should a version not, the word is left to FTS5.
        starts.Add(positions.Count);
        return sorted ? new TermPostings([.. docs], [.. starts], [.. positions]) : null;
    }
}
