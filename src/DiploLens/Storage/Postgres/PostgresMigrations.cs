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
        (5, "story state: what incremental clustering keeps between batches (features, postings, members, centroids, sketches), the articles pending, and triggers that mark the state stale when a clustered article changes", """
            -- Clustering state (StoryIndexer): each batch of new articles reads only the rows it needs.
            CREATE TABLE story_state (name TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE story_pending (article_id BIGINT PRIMARY KEY);
            CREATE TABLE story_features (id BIGINT PRIMARY KEY, key TEXT NOT NULL UNIQUE, kind INTEGER NOT NULL, df INTEGER NOT NULL);
            CREATE TABLE story_postings (
                feature_id BIGINT NOT NULL,
                story_id   INTEGER NOT NULL,
                touch      BIGINT NOT NULL,
                PRIMARY KEY (feature_id, story_id)
            );
            CREATE INDEX story_postings_recent ON story_postings(feature_id, touch);
            CREATE TABLE story_merges (story_id INTEGER PRIMARY KEY, into_id INTEGER NOT NULL);
            CREATE INDEX story_merges_into ON story_merges(into_id);
            CREATE TABLE story_members (
                article_id BIGINT PRIMARY KEY,
                story_id   INTEGER NOT NULL,
                language   TEXT NOT NULL,
                ord        BIGINT NOT NULL,
                time_start BIGINT,
                time_end   BIGINT,
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
            CREATE TABLE story_sketches (article_id BIGINT PRIMARY KEY, story_id INTEGER NOT NULL, minhash TEXT NOT NULL);
            CREATE INDEX story_sketches_story ON story_sketches(story_id);
            CREATE TABLE story_bands (band BIGINT NOT NULL, article_id BIGINT NOT NULL);
            CREATE INDEX story_bands_band ON story_bands(band);
            ALTER TABLE stories ADD COLUMN title TEXT;
            ALTER TABLE stories ADD COLUMN langs TEXT;
            ALTER TABLE stories ADD COLUMN time_from BIGINT;
            ALTER TABLE stories ADD COLUMN time_to BIGINT;
            INSERT INTO story_pending(article_id) SELECT id FROM articles;
            -- Stories stored before the state existed are rebuilt by the next update.
            INSERT INTO story_state(name, value) SELECT 'stale', '1' WHERE EXISTS (SELECT 1 FROM stories);

            CREATE FUNCTION diplolens_story_pending() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO story_pending(article_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
                RETURN NULL;
            END $$;
            CREATE TRIGGER articles_story_pending AFTER INSERT ON articles FOR EACH ROW EXECUTE FUNCTION diplolens_story_pending();
            -- A changed article's old features cannot be taken back out of the state: the next update rebuilds it.
            CREATE FUNCTION diplolens_story_stale() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    DELETE FROM story_pending WHERE article_id = OLD.id;
                END IF;
                INSERT INTO story_state(name, value) VALUES ('stale', '1') ON CONFLICT (name) DO UPDATE SET value = '1';
                RETURN NULL;
            END $$;
            CREATE TRIGGER articles_story_changed AFTER UPDATE OF content_hash, pipeline ON articles FOR EACH ROW
                WHEN (OLD.content_hash <> NEW.content_hash OR OLD.pipeline <> NEW.pipeline) EXECUTE FUNCTION diplolens_story_stale();
            CREATE TRIGGER articles_story_deleted AFTER DELETE ON articles FOR EACH ROW EXECUTE FUNCTION diplolens_story_stale();
            """),
        (6, "search: a GIN index over the folded title alone", """
            -- When a query matches more articles than are scored, title matches are scored first; this index finds
            -- them without reading the full-text vectors (see SearchAssembly and Ranking.RankedCandidates).
            CREATE INDEX articles_search_title ON articles USING GIN (to_tsvector('simple', folded_title));
            """),
    ];
}
