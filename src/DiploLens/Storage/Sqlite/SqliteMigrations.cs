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
        // Step 2 is the search branch's (exact-diacritic index columns, article_terms); stories take 3 so the two merge.
        (3, "stories: each article's story, link, canonical copy and evidence", """
            CREATE TABLE stories (
                id              INTEGER PRIMARY KEY,
                article_count   INTEGER NOT NULL,
                languages       TEXT NOT NULL,
                first_published TEXT,
                last_published  TEXT
            );
            CREATE TABLE story_articles (
                article_id    INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                story_id      INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
                link          TEXT NOT NULL CHECK (link IN ('new', 'joined', 'duplicate')),
                linked_to     INTEGER,
                duplicate_of  INTEGER,
                score         REAL NOT NULL,
                cross_lingual INTEGER NOT NULL,
                evidence      TEXT NOT NULL
            );
            CREATE INDEX story_articles_story ON story_articles(story_id);
            CREATE INDEX story_articles_duplicate ON story_articles(duplicate_of);
            """),
    ];
}
