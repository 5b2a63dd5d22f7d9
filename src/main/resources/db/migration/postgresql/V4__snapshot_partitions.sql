-- Snapshots partitioned by the month they were captured in, so that history can grow to billions
-- of rows: a month's snapshots are one table (scanned, indexed, vacuumed, dropped or moved on its
-- own), and the partitions are made as captures of new months arrive (Partitions.java). Each
-- snapshot carries its capture's captured_at, the partition key, which is PostgreSQL's alone: a
-- backup, and a copy to SQLite, leave it out.

ALTER TABLE snapshot RENAME TO snapshot_unpartitioned;

CREATE TABLE snapshot (
    capture_id       BIGINT NOT NULL REFERENCES capture (id),
    video_id         TEXT COLLATE "C" NOT NULL REFERENCES video (id),
    title            TEXT COLLATE "C" NOT NULL,
    status           TEXT COLLATE "C" NOT NULL
                     CHECK (status IN ('available', 'private', 'deleted', 'unavailable', 'members-only')),
    views            BIGINT,
    views_text       TEXT COLLATE "C",
    views_unit       BIGINT,
    views_exact      INTEGER CHECK (views_exact IN (0, 1)),
    likes            BIGINT,
    age_text         TEXT COLLATE "C",
    channel          TEXT COLLATE "C",
    channel_id       TEXT COLLATE "C",
    duration_seconds BIGINT,
    published_at     TEXT COLLATE "C",
    age_at_least     BIGINT,
    age_less_than    BIGINT,
    captured_at      TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (capture_id, video_id, captured_at),
    CHECK ((views IS NULL) = (views_unit IS NULL) AND (views IS NULL) = (views_exact IS NULL))
) PARTITION BY RANGE (captured_at);

DO $$
DECLARE
    month date;
BEGIN
    FOR month IN SELECT DISTINCT date_trunc('month', CAST(captured_at AS timestamptz) AT TIME ZONE 'UTC')::date FROM capture
    LOOP
        EXECUTE format('CREATE TABLE %I PARTITION OF snapshot FOR VALUES FROM (%L) TO (%L)',
            'snapshot_' || to_char(month, 'YYYY_MM'), to_char(month, 'YYYY-MM') || '-01T00:00:00Z',
            to_char(month + interval '1 month', 'YYYY-MM') || '-01T00:00:00Z');
    END LOOP;
END $$;

INSERT INTO snapshot SELECT s.*, c.captured_at FROM snapshot_unpartitioned s JOIN capture c ON c.id = s.capture_id;
DROP TABLE snapshot_unpartitioned;

CREATE INDEX snapshot_history ON snapshot (video_id, capture_id)
    INCLUDE (status, views, views_unit, views_exact, views_text, age_text);
CREATE INDEX snapshot_age ON snapshot (video_id, capture_id) INCLUDE (age_at_least, age_less_than)
    WHERE age_at_least IS NOT NULL;
