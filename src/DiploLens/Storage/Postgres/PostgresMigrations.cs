namespace DiploLens.Storage.Postgres;

/// <summary>The PostgreSQL schema as numbered steps recorded in <c>schema_migrations</c>; never edit a released step.</summary>
internal static class PostgresMigrations
{
    public static IReadOnlyList<(int Version, string Description, string Sql)> Steps { get; } =
    [
        (1, "articles and their full-text index", """
            CREATE TABLE articles (
                id              BIGSERIAL PRIMARY KEY,
                source_key      TEXT UNIQUE,
                source          TEXT NOT NULL,
                url             TEXT,
                content_hash    TEXT NOT NULL,
                pipeline        TEXT NOT NULL,
                title           TEXT,
                language        TEXT NOT NULL,
                published       TEXT,
                published_start TIMESTAMP,
                text_length     INTEGER NOT NULL,
                removed_count   INTEGER NOT NULL,
                document        JSONB NOT NULL,
                folded_title    TEXT NOT NULL,
                folded_body     TEXT NOT NULL,
                -- The application folds (no diacritics, đ→d, lower case), so the 'simple' configuration only splits words:
                -- the index holds exactly what queries are folded to, as in the SQLite engine.
                search          TSVECTOR GENERATED ALWAYS AS (
                                    setweight(to_tsvector('simple', folded_title), 'A') ||
                                    setweight(to_tsvector('simple', folded_body), 'B')) STORED,
                ingested_at     TIMESTAMPTZ NOT NULL,
                updated_at      TIMESTAMPTZ NOT NULL
            );
            CREATE INDEX articles_content_hash ON articles(content_hash);
            CREATE INDEX articles_language ON articles(language, published_start);
            CREATE INDEX articles_published ON articles(published_start);
            CREATE INDEX articles_search ON articles USING GIN (search);
            """),
        (2, "the ingest queue shared by workers", """
            CREATE TABLE ingest_queue (
                id          BIGSERIAL PRIMARY KEY,
                source      TEXT NOT NULL,
                article     JSONB NOT NULL,
                state       TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed')),
                attempts    INTEGER NOT NULL DEFAULT 0,
                article_id  BIGINT,
                outcome     TEXT,
                error       TEXT,
                worker      TEXT,
                enqueued_at TIMESTAMPTZ NOT NULL,
                done_at     TIMESTAMPTZ
            );
            -- Workers take the oldest pending rows; the partial index keeps that cheap however long the history grows.
            CREATE INDEX ingest_queue_pending ON ingest_queue(id) WHERE state = 'pending';
            """),
        (3, "search: exact-diacritic vector; article terms for filters and facets", """
            -- The original text (lower-cased by the 'simple' configuration, diacritics kept) beside the folded vector:
            -- matching uses the folded vector, ranking adds the exact one, so exact spellings rank higher (as in SQLite).
            ALTER TABLE articles ADD COLUMN search_exact TSVECTOR GENERATED ALWAYS AS (
                setweight(to_tsvector('simple', coalesce(title, '')), 'A') ||
                setweight(to_tsvector('simple', coalesce(document->>'text', '')), 'B')) STORED;
            CREATE TABLE article_terms (
                article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                kind       TEXT NOT NULL,
                value      TEXT NOT NULL,
                label      TEXT NOT NULL,
                folded     TEXT NOT NULL,
                PRIMARY KEY (article_id, kind, value)
            );
            CREATE INDEX article_terms_value ON article_terms(kind, value);
            CREATE INDEX article_terms_folded ON article_terms(kind, folded);
            """),
        (4, "stories: each article's story, link, canonical copy and evidence", """
            CREATE TABLE stories (
                id              INTEGER PRIMARY KEY,
                article_count   INTEGER NOT NULL,
                languages       TEXT NOT NULL,
                first_published TIMESTAMP,
                last_published  TIMESTAMP
            );
            CREATE TABLE story_articles (
                article_id    BIGINT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                story_id      INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
                link          TEXT NOT NULL CHECK (link IN ('new', 'joined', 'duplicate')),
                linked_to     BIGINT,
                duplicate_of  BIGINT,
                score         DOUBLE PRECISION NOT NULL,
                cross_lingual BOOLEAN NOT NULL,
                evidence      JSONB NOT NULL
            );
            CREATE INDEX story_articles_story ON story_articles(story_id);
            CREATE INDEX story_articles_duplicate ON story_articles(duplicate_of);
            """),
        (5, "search: a GIN index over the folded title alone", """
            -- When a query matches more articles than are scored, title matches are scored first; this index finds
            -- them without reading the full-text vectors (see SearchAssembly and Ranking.RankedCandidates).
            CREATE INDEX articles_search_title ON articles USING GIN (to_tsvector('simple', folded_title));
            """),
    ];
}
