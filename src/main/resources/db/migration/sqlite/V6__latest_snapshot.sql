-- Each video's newest snapshot with a count, kept on the video so that a listing joins one snapshot
-- per video instead of ranking all of them (a 5,000-video catalog with 30 captures has 150,000).
-- It is derived from the snapshots and set again after every import (CatalogWriter.refreshVideoStates);
-- no foreign key, so that a backup restores its tables in any order.
ALTER TABLE video ADD COLUMN latest_capture_id INTEGER;

UPDATE video SET latest_capture_id = (
    SELECT s.capture_id FROM snapshot s JOIN capture c ON c.id = s.capture_id
    WHERE s.video_id = video.id AND s.views IS NOT NULL
    ORDER BY c.captured_at DESC, c.complete DESC, c.digest DESC, c.id DESC
    LIMIT 1);
