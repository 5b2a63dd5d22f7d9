-- A playlist's history (trend, the trending section of a post, the web app's trend column) reads
-- every snapshot of every video in it, by video: 150,000 rows for 5,000 videos x 30 captures. The
-- snapshots lie in capture order, so reading them by video was a jump per row (0.42 s in SQLite);
-- this index holds what a history reads, by video (0.11 s).
CREATE INDEX snapshot_history ON snapshot (video_id, capture_id, status, views, views_unit, views_exact, views_text, age_text);
