-- Imports give the same catalog in any order: the playlist's current entries are derived from all
-- its captures (only a complete capture can say a video left), facts and viewings of videos not
-- in the catalog yet wait for them, and a post's ratings keep their order whatever came first.

-- The link each capture gave each entry, so the current entries can be derived from the captures.
ALTER TABLE capture_entry ADD COLUMN link TEXT;
UPDATE capture_entry SET link = (
    SELECT e.link FROM playlist_entry e
    WHERE e.capture_id = capture_entry.capture_id AND e.position = capture_entry.position
      AND e.video_id = capture_entry.video_id);

-- What a capture held (its sources' digests), to order two captures of the same moment by content,
-- not by which was imported first.
ALTER TABLE capture ADD COLUMN digest TEXT;
UPDATE capture SET digest = (
    SELECT group_concat(digest, '+') FROM (
        SELECT s.digest FROM imported_source s WHERE s.capture_id = capture.id ORDER BY s.digest));

-- The playlist now: every video its newest complete capture holds, and every video a capture since
-- then saw, each where the newest capture that saw it put it. Captures taken at different times
-- may put two videos at one position.
CREATE TABLE playlist_entry_new (
    playlist_id TEXT    NOT NULL REFERENCES playlist (id),
    position    INTEGER NOT NULL,
    video_id    TEXT    NOT NULL REFERENCES video (id),
    link        TEXT,
    capture_id  INTEGER NOT NULL REFERENCES capture (id),
    PRIMARY KEY (playlist_id, position, video_id)
);
INSERT INTO playlist_entry_new (playlist_id, position, video_id, link, capture_id)
    SELECT playlist_id, position, video_id, link, capture_id FROM playlist_entry;
DROP TABLE playlist_entry;
ALTER TABLE playlist_entry_new RENAME TO playlist_entry;
CREATE INDEX playlist_entry_video ON playlist_entry (video_id);

-- What a talk catalogue (pyvideo) says of a video the catalog does not have yet; applied, and
-- removed from here, when the video arrives. speakers is a JSON array.
CREATE TABLE pending_fact (
    video_id         TEXT PRIMARY KEY,
    full_title       TEXT,
    speakers         TEXT NOT NULL,
    recorded_on      TEXT,
    description      TEXT,
    duration_seconds INTEGER,
    origin           TEXT NOT NULL
);

-- Viewings (a watch history) of videos the catalog does not have yet, likewise.
CREATE TABLE pending_viewing (
    video_id   TEXT NOT NULL,
    watched_on TEXT NOT NULL,
    source     TEXT NOT NULL,
    PRIMARY KEY (video_id, watched_on, source)
);

-- When a video was first rated: ratings are in the order of first rating, by this time, then by
-- rated_order (the order within one post, or of ratings given the same moment).
ALTER TABLE rating ADD COLUMN first_rated_at TEXT;
UPDATE rating SET first_rated_at = rated_at;

-- What each capture showed of a video besides its title and counts, so the video's channel,
-- duration and publish time are those of its newest capture that gave them, in any import order.
ALTER TABLE snapshot ADD COLUMN channel TEXT;
ALTER TABLE snapshot ADD COLUMN channel_id TEXT;
ALTER TABLE snapshot ADD COLUMN duration_seconds INTEGER;
ALTER TABLE snapshot ADD COLUMN published_at TEXT;
