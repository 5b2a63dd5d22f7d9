-- The catalog: playlists, videos, and the history of what each import saw.
-- Times are UTC instants written as 'YYYY-MM-DDTHH:MM:SSZ', so text order is time order.

CREATE TABLE playlist (
    id            TEXT PRIMARY KEY,
    title         TEXT,
    channel       TEXT,
    channel_id    TEXT,
    -- the title convention the user chose for this playlist; null: detect it from the titles
    title_pattern TEXT,
    -- whether refresh --all fetches it again, and when a fetch last succeeded
    tracked       INTEGER NOT NULL DEFAULT 1 CHECK (tracked IN (0, 1)),
    refreshed_at  TEXT,
    created_at    TEXT NOT NULL
);

CREATE TABLE video (
    id               TEXT PRIMARY KEY,
    -- the newest title YouTube showed while the video was available
    title            TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'available'
                     CHECK (status IN ('available', 'private', 'deleted', 'unavailable')),
    channel          TEXT,
    channel_id       TEXT,
    duration_seconds INTEGER,
    published_at     TEXT,
    -- the talk parsed from the title, and the pattern that parsed it
    track            TEXT,
    talk_title       TEXT,
    truncated        INTEGER NOT NULL DEFAULT 0 CHECK (truncated IN (0, 1)),
    title_pattern    TEXT,
    -- what other sources (pyvideo) add: the full talk title, when the recording was made, a description
    full_title       TEXT,
    recorded_on      TEXT,
    description      TEXT,
    -- captured_at of the oldest and of the newest capture that showed the video
    first_seen_at    TEXT NOT NULL,
    last_seen_at     TEXT NOT NULL
);

-- Speakers in order, as the title names them ('title') and as pyvideo names them ('pyvideo').
CREATE TABLE video_speaker (
    video_id TEXT    NOT NULL REFERENCES video (id) ON DELETE CASCADE,
    source   TEXT    NOT NULL CHECK (source IN ('title', 'pyvideo')),
    ordinal  INTEGER NOT NULL,
    name     TEXT    NOT NULL,
    PRIMARY KEY (video_id, source, ordinal)
);
CREATE INDEX video_speaker_name ON video_speaker (name);

-- One import of what a source showed at one moment: of a playlist, or of single videos (a
-- videos.list response), when playlist_id is null.
CREATE TABLE capture (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    playlist_id  TEXT    REFERENCES playlist (id),
    captured_at  TEXT    NOT NULL,
    source       TEXT    NOT NULL,
    complete     INTEGER NOT NULL CHECK (complete IN (0, 1)),
    imported_at  TEXT    NOT NULL
);
CREATE INDEX capture_playlist ON capture (playlist_id, captured_at);

-- Each imported file's content, by digest, so the same content is never imported twice.
CREATE TABLE imported_source (
    digest      TEXT    PRIMARY KEY,
    name        TEXT    NOT NULL,
    format      TEXT    NOT NULL,
    capture_id  INTEGER REFERENCES capture (id),
    imported_at TEXT    NOT NULL
);

-- The playlist's positions as a capture saw them.
CREATE TABLE capture_entry (
    capture_id INTEGER NOT NULL REFERENCES capture (id),
    position   INTEGER NOT NULL,
    video_id   TEXT    NOT NULL REFERENCES video (id),
    PRIMARY KEY (capture_id, position)
);
CREATE INDEX capture_entry_video ON capture_entry (video_id);

-- What a capture saw of each video: its title and status, and its counts with their precision.
-- views_unit is 1 for a count written out in full, else the rounding step (100 for "3.6K views");
-- views_exact says whether the count was the exact count at the capture (not so for a post's).
-- age_text is how old the page said the video was ("2 weeks ago"), which dates an upload roughly.
CREATE TABLE snapshot (
    capture_id  INTEGER NOT NULL REFERENCES capture (id),
    video_id    TEXT    NOT NULL REFERENCES video (id),
    title       TEXT    NOT NULL,
    status      TEXT    NOT NULL CHECK (status IN ('available', 'private', 'deleted', 'unavailable')),
    views       INTEGER,
    views_text  TEXT,
    views_unit  INTEGER,
    views_exact INTEGER CHECK (views_exact IN (0, 1)),
    likes       INTEGER,
    age_text    TEXT,
    PRIMARY KEY (capture_id, video_id),
    CHECK ((views IS NULL) = (views_unit IS NULL) AND (views IS NULL) = (views_exact IS NULL))
);
CREATE INDEX snapshot_video ON snapshot (video_id);

-- The playlist as its newest capture shows it; history stays in capture_entry and snapshot.
CREATE TABLE playlist_entry (
    playlist_id TEXT    NOT NULL REFERENCES playlist (id),
    position    INTEGER NOT NULL,
    video_id    TEXT    NOT NULL REFERENCES video (id),
    link        TEXT,
    capture_id  INTEGER NOT NULL REFERENCES capture (id),
    PRIMARY KEY (playlist_id, position)
);
CREATE INDEX playlist_entry_video ON playlist_entry (video_id);
