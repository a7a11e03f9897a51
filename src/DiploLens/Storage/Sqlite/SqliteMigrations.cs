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
        (4, "story state: what incremental clustering keeps between batches (features, postings, members, centroids, sketches), the articles pending, and triggers that mark the state stale when a clustered article changes", """
            -- Clustering state (StoryIndexer): each batch of new articles reads only the rows it needs.
            CREATE TABLE story_state (name TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE story_pending (article_id INTEGER PRIMARY KEY);
            CREATE TABLE story_features (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, kind INTEGER NOT NULL, df INTEGER NOT NULL);
            CREATE TABLE story_postings (
                feature_id INTEGER NOT NULL,
                story_id   INTEGER NOT NULL,
                touch      INTEGER NOT NULL,
                PRIMARY KEY (feature_id, story_id)
            );
            CREATE INDEX story_postings_recent ON story_postings(feature_id, touch);
            CREATE TABLE story_merges (story_id INTEGER PRIMARY KEY, into_id INTEGER NOT NULL);
            CREATE INDEX story_merges_into ON story_merges(into_id);
            CREATE TABLE story_members (
                article_id INTEGER PRIMARY KEY,
                story_id   INTEGER NOT NULL,
                language   TEXT NOT NULL,
                ord        INTEGER NOT NULL,
                time_start INTEGER,
                time_end   INTEGER,
                features   TEXT NOT NULL
            );
            CREATE INDEX story_members_recent ON story_members(story_id, language, ord);
            CREATE TABLE story_centroids (
                story_id INTEGER NOT NULL,
                language TEXT NOT NULL,
                count    INTEGER NOT NULL,
                sums     TEXT NOT NULL,
                PRIMARY KEY (story_id, language)
            );
            CREATE TABLE story_sketches (article_id INTEGER PRIMARY KEY, story_id INTEGER NOT NULL, minhash TEXT NOT NULL);
            CREATE INDEX story_sketches_story ON story_sketches(story_id);
            CREATE TABLE story_bands (band INTEGER NOT NULL, article_id INTEGER NOT NULL);
            CREATE INDEX story_bands_band ON story_bands(band);
            ALTER TABLE stories ADD COLUMN title TEXT;
            ALTER TABLE stories ADD COLUMN langs TEXT;
            ALTER TABLE stories ADD COLUMN time_from INTEGER;
            ALTER TABLE stories ADD COLUMN time_to INTEGER;
            INSERT INTO story_pending(article_id) SELECT id FROM articles;
            -- Stories stored before the state existed are rebuilt by the next update.
            INSERT INTO story_state(name, value) SELECT 'stale', '1' WHERE EXISTS (SELECT 1 FROM stories);

            CREATE TRIGGER articles_story_pending AFTER INSERT ON articles
            BEGIN
                INSERT OR IGNORE INTO story_pending(article_id) VALUES (new.id);
            END;
            -- A changed article's old features cannot be taken back out of the state: the next update rebuilds it.
            CREATE TRIGGER articles_story_changed AFTER UPDATE OF content_hash, pipeline ON articles
            WHEN old.content_hash <> new.content_hash OR old.pipeline <> new.pipeline
            BEGIN
                INSERT INTO story_state(name, value) VALUES ('stale', '1') ON CONFLICT(name) DO UPDATE SET value = '1';
            END;
            CREATE TRIGGER articles_story_deleted AFTER DELETE ON articles
            BEGIN
                DELETE FROM story_pending WHERE article_id = old.id;
                INSERT INTO story_state(name, value) VALUES ('stale', '1') ON CONFLICT(name) DO UPDATE SET value = '1';
            END;
            """),
    ];
}
