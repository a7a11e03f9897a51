using System.Data.Common;
using DiploLens.Documents;

namespace DiploLens.Storage;

/// <summary>One row of a listing.</summary>
public sealed record ArticleSummary(long Id, string Source, string? Url, string? Title, string Language, PartialDate? Published, int Length, int RemovedCount)
{
    /// <summary>The columns every engine selects for a listing, in the order <see cref="ReadAllAsync"/> reads them.</summary>
    internal const string Columns = "id, source, url, title, language, published, text_length, removed_count";

    internal static async Task<IReadOnlyList<ArticleSummary>> ReadAllAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var rows = new List<ArticleSummary>();
        while (await reader.ReadAsync(cancellationToken))
        {
            PartialDate.TryParseIso(reader.IsDBNull(5) ? null : reader.GetString(5), out var published);
            rows.Add(new ArticleSummary(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4),
                published,
                reader.GetInt32(6),
                reader.GetInt32(7)));
        }

        return rows;
    }
}
