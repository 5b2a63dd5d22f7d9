-- Curation belongs to a user: ratings, notes, the queue, the diary, an imported post's layout and
-- the posts written are each user's own; the catalog and its history are everyone's. What was here
-- before is the catalog's own user's, named '' (the user a command is run as when it names none).
-- SQLite changes no key of a table in place, so each table is made again, its rows copied.

CREATE TABLE rating_new (
    video_id       TEXT    NOT NULL REFERENCES video (id),
    half_stars     INTEGER NOT NULL CHECK (half_stars BETWEEN 0 AND 10),
    rated_order    INTEGER NOT NULL,
    rated_at       TEXT    NOT NULL,
    first_rated_at TEXT,
    user_name      TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (user_name, video_id)
);
INSERT INTO rating_new (video_id, half_stars, rated_order, rated_at, first_rated_at)
    SELECT video_id, half_stars, rated_order, rated_at, first_rated_at FROM rating;
DROP TABLE rating;
ALTER TABLE rating_new RENAME TO rating;

CREATE TABLE note_new (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    video_id   TEXT    NOT NULL REFERENCES video (id),
    ordinal    INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    user_name  TEXT    NOT NULL DEFAULT '',
    UNIQUE (user_name, video_id, ordinal)
);
INSERT INTO note_new (id, video_id, ordinal, text, created_at, updated_at)
    SELECT id, video_id, ordinal, text, created_at, updated_at FROM note;
DROP TABLE note;
ALTER TABLE note_new RENAME TO note;
CREATE INDEX note_video ON note (video_id);

CREATE TABLE queue_entry_new (
    video_id  TEXT    NOT NULL REFERENCES video (id),
    position  INTEGER NOT NULL,
    added_at  TEXT    NOT NULL,
    user_name TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (user_name, video_id)
);
INSERT INTO queue_entry_new (video_id, position, added_at) SELECT video_id, position, added_at FROM queue_entry;
DROP TABLE queue_entry;
ALTER TABLE queue_entry_new RENAME TO queue_entry;

CREATE TABLE watched_new (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    video_id   TEXT    NOT NULL REFERENCES video (id),
    watched_on TEXT    NOT NULL,
    source     TEXT    NOT NULL,
    user_name  TEXT    NOT NULL DEFAULT '',
    UNIQUE (user_name, video_id, watched_on, source)
);
INSERT INTO watched_new (id, video_id, watched_on, source) SELECT id, video_id, watched_on, source FROM watched;
DROP TABLE watched;
ALTER TABLE watched_new RENAME TO watched;

CREATE TABLE pending_viewing_new (
    video_id   TEXT NOT NULL,
    watched_on TEXT NOT NULL,
    source     TEXT NOT NULL,
    user_name  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (user_name, video_id, watched_on, source)
);
INSERT INTO pending_viewing_new (video_id, watched_on, source) SELECT video_id, watched_on, source FROM pending_viewing;
DROP TABLE pending_viewing;
ALTER TABLE pending_viewing_new RENAME TO pending_viewing;

CREATE TABLE post_new (
    playlist_id   TEXT    NOT NULL REFERENCES playlist (id),
    title         TEXT,
    date          TEXT,
    tags          TEXT,
    front_matter  TEXT,
    author        TEXT,
    event         TEXT,
    final_newline INTEGER NOT NULL CHECK (final_newline IN (0, 1)),
    imported_at   TEXT    NOT NULL,
    user_name     TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (user_name, playlist_id)
);
CREATE TABLE post_block_new (
    playlist_id TEXT    NOT NULL,
    ordinal     INTEGER NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('intro', 'notes', 'queue', 'popular', 'trending', 'new', 'text')),
    heading     TEXT,
    text        TEXT,
    cutoff      INTEGER,
    tracks      TEXT,
    user_name   TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (user_name, playlist_id, ordinal),
    FOREIGN KEY (user_name, playlist_id) REFERENCES post_new (user_name, playlist_id) ON DELETE CASCADE
);
INSERT INTO post_new (playlist_id, title, date, tags, front_matter, author, event, final_newline, imported_at)
    SELECT playlist_id, title, date, tags, front_matter, author, event, final_newline, imported_at FROM post;
INSERT INTO post_block_new (playlist_id, ordinal, kind, heading, text, cutoff, tracks)
    SELECT playlist_id, ordinal, kind, heading, text, cutoff, tracks FROM post_block;
DROP TABLE post_block;
DROP TABLE post;
ALTER TABLE post_new RENAME TO post;
ALTER TABLE post_block_new RENAME TO post_block;

CREATE TABLE publication_new (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    playlist_id  TEXT    NOT NULL REFERENCES playlist (id),
    post_date    TEXT    NOT NULL,
    published_at TEXT    NOT NULL,
    user_name    TEXT    NOT NULL DEFAULT '',
    UNIQUE (user_name, playlist_id, post_date)
);
INSERT INTO publication_new (id, playlist_id, post_date, published_at)
    SELECT id, playlist_id, post_date, published_at FROM publication;
DROP TABLE publication;
ALTER TABLE publication_new RENAME TO publication;
