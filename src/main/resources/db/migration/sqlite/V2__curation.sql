-- The personal layer: ratings, notes, the watch queue, the watched diary; imported posts; search.

-- A rating in half stars (0 to 10 for 0 to 5 stars). rated_order keeps the order of first rating.
CREATE TABLE rating (
    video_id    TEXT    PRIMARY KEY REFERENCES video (id),
    half_stars  INTEGER NOT NULL CHECK (half_stars BETWEEN 0 AND 10),
    rated_order INTEGER NOT NULL,
    rated_at    TEXT    NOT NULL
);

-- Notes in Markdown, numbered per video by ordinal (1, 2, ...).
CREATE TABLE note (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    video_id   TEXT    NOT NULL REFERENCES video (id),
    ordinal    INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    UNIQUE (video_id, ordinal)
);

-- The watch queue, in order (position 1 first).
CREATE TABLE queue_entry (
    video_id TEXT    PRIMARY KEY REFERENCES video (id),
    position INTEGER NOT NULL,
    added_at TEXT    NOT NULL
);

-- The watched diary: a talk may be watched more than once.
CREATE TABLE watched (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    video_id   TEXT    NOT NULL REFERENCES video (id),
    watched_on TEXT    NOT NULL,
    source     TEXT    NOT NULL,
    UNIQUE (video_id, watched_on, source)
);

-- A recap post imported for a playlist: its front matter and its blocks in order. Blocks talkwatch
-- writes itself ('intro', 'notes', 'queue', 'popular') are regenerated on publish; 'text' blocks
-- (the author's own paragraphs, other sections, code) are written back as they were.
CREATE TABLE post (
    playlist_id   TEXT    PRIMARY KEY REFERENCES playlist (id),
    title         TEXT,
    date          TEXT,
    tags          TEXT,
    front_matter  TEXT,
    author        TEXT,
    event         TEXT,
    final_newline INTEGER NOT NULL CHECK (final_newline IN (0, 1)),
    imported_at   TEXT    NOT NULL
);

CREATE TABLE post_block (
    playlist_id TEXT    NOT NULL REFERENCES post (playlist_id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('intro', 'notes', 'queue', 'popular', 'trending', 'new', 'text')),
    heading     TEXT,
    text        TEXT,
    cutoff      INTEGER,
    tracks      TEXT,
    PRIMARY KEY (playlist_id, ordinal)
);

-- Each post talkwatch wrote, by its date, so "New since the last post" knows when that was.
CREATE TABLE publication (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    playlist_id  TEXT    NOT NULL REFERENCES playlist (id),
    post_date    TEXT    NOT NULL,
    published_at TEXT    NOT NULL,
    UNIQUE (playlist_id, post_date)
);

-- Full-text search over each video's title, speakers and notes (kept by talkwatch, not by triggers).
CREATE VIRTUAL TABLE search_index USING fts5(video_id UNINDEXED, title, speakers, notes, tokenize = 'unicode61 remove_diacritics 2');
