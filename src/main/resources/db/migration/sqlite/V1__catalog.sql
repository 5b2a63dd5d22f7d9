-- The catalog: playlists, videos, and the history of what each import saw.
-- Times are UTC instants written as 'YYYY-MM-DDTHH:MM:SSZ', so text order is time order.

CREATE TABLE playlist (
    id           TEXT PRIMARY KEY,
    title        TEXT,
    channel      TEXT,
    channel_id   TEXT,
    created_at   TEXT NOT NULL
);

CREATE TABLE video (
    id               TEXT PRIMARY KEY,
    title            TEXT NOT NULL,
    channel          TEXT,
    channel_id       TEXT,
    duration_seconds INTEGER,
    track            TEXT,
    talk_title       TEXT,
    truncated        INTEGER NOT NULL DEFAULT 0 CHECK (truncated IN (0, 1)),
    -- captured_at of the oldest and of the newest capture that showed the video; the title
    -- and the fields above come from the newest.
    first_seen_at    TEXT NOT NULL,
    last_seen_at     TEXT NOT NULL
);

-- Speakers in the order the title names them.
CREATE TABLE video_speaker (
    video_id TEXT    NOT NULL REFERENCES video (id) ON DELETE CASCADE,
    ordinal  INTEGER NOT NULL,
    name     TEXT    NOT NULL,
    PRIMARY KEY (video_id, ordinal)
);
CREATE INDEX video_speaker_name ON video_speaker (name);

-- One import of one playlist: the files (or fetch) it came from, and when the data was captured.
CREATE TABLE capture (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    playlist_id  TEXT    NOT NULL REFERENCES playlist (id),
    captured_at  TEXT    NOT NULL,
    source       TEXT    NOT NULL,
    complete     INTEGER NOT NULL CHECK (complete IN (0, 1)),
    imported_at  TEXT    NOT NULL
);
CREATE INDEX capture_playlist ON capture (playlist_id, captured_at);

-- Each source file's content is imported once: its digest is remembered.
CREATE TABLE capture_source (
    digest      TEXT    PRIMARY KEY,
    capture_id  INTEGER NOT NULL REFERENCES capture (id),
    name        TEXT    NOT NULL
);

-- What a capture saw of each video: position, title, and the view count with its precision.
-- views_unit is 1 for an exact count, else the rounding step (100 for "3.6K views").
CREATE TABLE snapshot (
    capture_id  INTEGER NOT NULL REFERENCES capture (id),
    position    INTEGER NOT NULL,
    video_id    TEXT    NOT NULL REFERENCES video (id),
    title       TEXT    NOT NULL,
    views       INTEGER,
    views_text  TEXT,
    views_unit  INTEGER,
    PRIMARY KEY (capture_id, position),
    CHECK ((views IS NULL) = (views_unit IS NULL))
);
CREATE INDEX snapshot_video ON snapshot (video_id);

-- The playlist as its newest capture shows it; history stays in snapshot.
CREATE TABLE playlist_entry (
    playlist_id TEXT    NOT NULL REFERENCES playlist (id),
    position    INTEGER NOT NULL,
    video_id    TEXT    NOT NULL REFERENCES video (id),
    link        TEXT,
    capture_id  INTEGER NOT NULL REFERENCES capture (id),
    PRIMARY KEY (playlist_id, position)
);
CREATE INDEX playlist_entry_video ON playlist_entry (video_id);
