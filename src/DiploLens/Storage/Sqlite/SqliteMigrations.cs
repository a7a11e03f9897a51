namespace DiploLens.Storage.Sqlite;

/// <summary>
/// The schema, as numbered steps applied in order and recorded in <c>schema_migrations</c>. A step is never edited
/// once released: change the schema by adding a step.
/// </summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<(int Version, string Description, string Sql)> Steps { get; } =
    [
        (1, "articles and their full-text index", """
            CREATE TABLE articles (
                id              INTEGER PRIMARY KEY,
                source_key      TEXT UNIQUE,
                source          TEXT NOT NULL,
                url             TEXT,
                content_hash    TEXT NOT NULL,
                pipeline        TEXT NOT NULL,
                title           TEXT,
                language        TEXT NOT NULL,
                published       TEXT,
                published_start TEXT,
                text_length     INTEGER NOT NULL,
                removed_count   INTEGER NOT NULL,
                document        TEXT NOT NULL,
                ingested_at     TEXT NOT NULL,
                updated_at      TEXT NOT NULL
            );
            CREATE INDEX articles_content_hash ON articles(content_hash);
            CREATE INDEX articles_language ON articles(language, published_start);
            CREATE INDEX articles_published ON articles(published_start);
            -- Title and body are stored folded (no diacritics, đ→d, lower case) by the application, so the
            -- tokenizer must not fold again: what the index holds is exactly what queries are folded to.
            CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 0');
            """),
    ];
}
