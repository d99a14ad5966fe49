-- akhbar SQLite store, schema version 2.
-- `articles.rowid` is the dense integer key other tables (search index, dedup, stories) use;
-- `articles.id` is the stable public id.
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    rowid           INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    outlet          TEXT,
    url             TEXT,
    input           TEXT NOT NULL,
    headline        TEXT,
    published       TEXT,             -- ISO 8601 as parsed (date or timestamp)
    day             TEXT,             -- YYYY-MM-DD of published, for filters and grouping
    source          TEXT,
    byline          TEXT,
    body            TEXT NOT NULL,    -- paragraphs joined by '\n'
    tags            TEXT NOT NULL,    -- JSON array
    page            TEXT NOT NULL,    -- the full akhbar.page/1 JSON
    raw_hash        TEXT NOT NULL,
    ingested_at     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_outlet_day ON articles (outlet, day);
CREATE INDEX IF NOT EXISTS articles_day ON articles (day);
-- An article's duplicate group and story: the id of the group's / story's first article, its
-- own id while it is alone. Kept apart from the wide article row (it carries the whole page),
-- so that dedup and stories rewrite a few bytes per article, not kilobytes.
CREATE TABLE IF NOT EXISTS article_groups (
    article         INTEGER PRIMARY KEY REFERENCES articles (rowid),
    duplicate_group TEXT NOT NULL,
    story           TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS article_groups_group ON article_groups (duplicate_group);
CREATE INDEX IF NOT EXISTS article_groups_story ON article_groups (story);
CREATE TABLE IF NOT EXISTS article_tags (
    article INTEGER NOT NULL REFERENCES articles (rowid),
    tag     TEXT NOT NULL,
    PRIMARY KEY (article, tag)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS article_tags_tag ON article_tags (tag);
CREATE TABLE IF NOT EXISTS rejects (
    rowid   INTEGER PRIMARY KEY,
    input   TEXT NOT NULL,
    record  TEXT NOT NULL DEFAULT '',
    reason  TEXT NOT NULL,
    detail  TEXT NOT NULL DEFAULT '',
    raw     BLOB,
    at      TEXT NOT NULL,
    UNIQUE (input, record, reason)
);
-- Inputs fully ingested (file bytes' sha256), marked in the same transaction as their last
-- batch: a rerun skips them without reading; a half-ingested input is read again.
CREATE TABLE IF NOT EXISTS inputs (
    hash     TEXT PRIMARY KEY,
    input    TEXT NOT NULL,
    records  INTEGER NOT NULL,
    rejects  INTEGER NOT NULL,
    at       TEXT NOT NULL
);
