using DiploLens.Storage.Postgres;
using DiploLens.Storage.Sqlite;

namespace DiploLens.Storage;

/// <summary>Opens the engine a <c>--db</c> value names: <c>postgres://…</c> (or an Npgsql connection string) → PostgreSQL, anything else → a SQLite file.</summary>
public static class NewsStores
{
    public static async Task<INewsStore> OpenAsync(string db, TimeProvider? clock = null, CancellationToken cancellationToken = default) =>
        PostgresConnectionString.IsPostgres(db)
            ? await PostgresNewsStore.OpenAsync(db, clock, cancellationToken)
            : await SqliteNewsStore.OpenAsync(db, clock, cancellationToken);
}
