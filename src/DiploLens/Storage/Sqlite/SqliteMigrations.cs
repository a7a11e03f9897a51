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
        (2, "search: exact-diacritic columns in the full-text index; article terms for filters and facets", """
            -- The index gains the original text (lower-cased by the tokenizer, diacritics kept) beside the folded text:
            -- folded columns give diacritic-insensitive recall, exact columns let BM25 rank exact spellings higher, and
            -- the stored original body gives snippets without reading the document JSON. diplolens_fold and
            -- diplolens_site are application functions registered on the connection (TextFolder.Fold, ArticleTerms.SiteOf).
            DROP TABLE articles_fts;
            CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, title_exact, body_exact, tokenize = 'unicode61 remove_diacritics 0');
            INSERT INTO articles_fts(rowid, title, body, title_exact, body_exact)
                SELECT id, diplolens_fold(coalesce(title, '')), diplolens_fold(json_extract(document, '$.text')), coalesce(title, ''), json_extract(document, '$.text')
                FROM articles;
            -- What an article is filed under, by kind (source, topic, entity, story…), from whatever layers exist.
            CREATE TABLE article_terms (
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                kind       TEXT NOT NULL,
                value      TEXT NOT NULL,
                label      TEXT NOT NULL,
                folded     TEXT NOT NULL,
                PRIMARY KEY (article_id, kind, value)
            ) WITHOUT ROWID;
            CREATE INDEX article_terms_value ON article_terms(kind, value);
            CREATE INDEX article_terms_folded ON article_terms(kind, folded);
            INSERT INTO article_terms(article_id, kind, value, label, folded)
                SELECT id, 'source', diplolens_site(source, url), diplolens_site(source, url), diplolens_site(source, url) FROM articles;
            """),
    ];
}
